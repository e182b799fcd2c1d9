package io.idgraph.engine;

import io.idgraph.load.GraphLoader;
import io.idgraph.load.LoadProgress;
import io.idgraph.load.LoadSummary;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads a graph file from the test resources into a fresh store, through the real loader. */
final class SeedGraph {
  private SeedGraph() {}

  static IdentityStore load(Path dir, String resource) throws IOException {
    Path file = dir.resolve("graph.jsonl");
    try (InputStream in = SeedGraph.class.getResourceAsStream("/graphs/" + resource)) {
      Files.copy(in, file);
    }
    IdentityStore store = IdentityStores.openWritable(dir.resolve("graph"));
    LoadSummary summary =
        new GraphLoader(store, new IdentifierNormalizer())
            .load(file, dir.resolve("rejects.jsonl"), LoadProgress.NONE);
    if (summary.hasRejects()) {
      throw new IllegalStateException("the seed graph has rejects: " + summary);
    }
    return store;
  }
}
