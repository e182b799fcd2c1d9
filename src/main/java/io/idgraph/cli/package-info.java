/**
 * The command line: {@link io.idgraph.cli.Main} and one class per command. The only package that
 * knows picocli.
 */
package io.idgraph.cli;
