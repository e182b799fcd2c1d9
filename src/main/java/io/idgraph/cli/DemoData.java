package io.idgraph.cli;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.DataDir;

/**
 * The demo's data step, kept apart so the generator and loader calls sit in one place: generate
 * {@code persons} synthetic persons into a file under the data dir, then load it.
 */
final class DemoData {
  private DemoData() {}

  static void generateAndLoad(DataDir dir, long persons, long seed) {
    // TODO(lead): fill in once io.idgraph.generate.GraphGenerator lands, e.g.
    //   Path file = dir.root().resolve("demo-graph.jsonl");
    //   new GraphGenerator(seed).write(persons, file);
    //   try (IdentityStore store = IdentityStores.openWritable(dir.graph())) {
    //     new GraphLoader(store, new IdentifierNormalizer())
    //         .load(file, dir.rejects().resolve("demo-graph.jsonl"), (bytes, n) -> {});
    //   }
    throw new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE,
        "this build cannot generate the demo graph yet; load a graph with idgraph load FILE,"
            + " then run idgraph demo again");
  }
}
