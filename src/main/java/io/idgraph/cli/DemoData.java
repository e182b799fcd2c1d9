package io.idgraph.cli;

import io.idgraph.files.DataDir;
import io.idgraph.generate.GraphGenerator;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.load.GraphLoader;
import io.idgraph.load.LoadSummary;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreUri;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo's data step, kept apart so the generator and loader calls sit in one place: generate
 * {@code persons} synthetic persons into a file under the data dir, load it, delete the file.
 */
final class DemoData {
  private DemoData() {}

  static void generateAndLoad(DataDir dir, StoreUri where, long persons, long seed) {
    Path file = dir.root().resolve("demo-graph.jsonl");
    try {
      Files.createDirectories(dir.root());
      ProgressBar generating = new ProgressBar("generate", persons);
      try (Writer out =
          new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
        new GraphGenerator(seed)
            .write(
                persons, out, done -> generating.update(done, ProgressBar.count(done, "persons")));
      }
      generating.finish(ProgressBar.count(persons, "persons"));
      ProgressBar loading = new ProgressBar("load", Files.size(file));
      try (PrivacyState privacy = PrivacyState.open(dir, where);
          IdentityStore store = IdentityStores.openWritable(where, dir.graph())) {
        LoadSummary summary =
            new GraphLoader(store, new IdentifierNormalizer(), privacy.suppressionCheck())
                .load(
                    file,
                    dir.rejects().resolve("demo-graph.jsonl"),
                    (bytes, n) -> loading.update(bytes, ProgressBar.count(n, "persons")));
        loading.finish(ProgressBar.count(summary.persons(), "persons"));
      }
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new IdgraphException(
          ErrorCode.IO,
          "cannot generate the demo graph in " + dir.root() + ": " + e.getMessage(),
          e);
    }
  }
}
