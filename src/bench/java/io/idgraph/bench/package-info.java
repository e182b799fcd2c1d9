/**
 * Benchmarks, kept out of the product jar (source root {@code src/bench/java}, run with {@code
 * bench/run}): {@link io.idgraph.bench.BenchMain} with {@code engine} (in-process store, resolve
 * and get_person figures), {@code mcp} and {@code export} (a client here, the packaged server in
 * its own process, as users call it). {@link io.idgraph.bench.Timings} is the one median/p99
 * helper.
 */
package io.idgraph.bench;
