/** Benchmarks run by {@code idgraph bench}: in-process engine figures with medians. */
package io.idgraph.bench;
