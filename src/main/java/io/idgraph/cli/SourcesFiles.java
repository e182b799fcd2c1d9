package io.idgraph.cli;

import io.idgraph.generate.SourcesGenerator;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** {@code idgraph generate --sources DIR}: synthetic CRM, shop and list exports with the truth. */
record SourcesFiles(Path dir, long persons, long seed) {
  static final long MAX_PERSONS = 100_000_000L;

  int write() {
    if (persons < 1 || persons > MAX_PERSONS) {
      throw IdgraphException.invalid(
          "--persons must be from 1 to " + MAX_PERSONS + " with --sources, got " + persons);
    }
    ProgressBar bar = new ProgressBar("generate sources", persons);
    SourcesGenerator.Summary s;
    try {
      s =
          new SourcesGenerator(seed)
              .write(dir, persons, done -> bar.update(done, ProgressBar.count(done, "persons")));
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot write " + dir + ": " + e.getMessage(), e);
    }
    bar.finish(ProgressBar.count(s.persons(), "persons"));
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %,d persons as %,d crm records (crm.csv), %,d shop orders (shop.csv), %,d list"
            + " subscribers (list.csv); truth.csv says which records are one person%n",
        dir,
        s.persons(),
        s.crm(),
        s.shop(),
        s.list());
    return 0;
  }
}
