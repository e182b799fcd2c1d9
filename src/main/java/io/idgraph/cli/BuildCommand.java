package io.idgraph.cli;

import io.idgraph.build.BuildSummary;
import io.idgraph.build.GraphBuilder;
import io.idgraph.files.DataDir;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph build}: builds persons from source records (CSV or JSONL exports). */
@Command(name = "build")
final class BuildCommand implements Callable<Integer> {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  @Mixin DataDirOption data;

  /** One {@code --source NAME FILE...}. */
  static final class SourceArgs {
    @Option(names = "--source", required = true, paramLabel = "NAME")
    String name;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The source's files.")
    List<Path> files;
  }

  @ArgGroup(exclusive = false, multiplicity = "1..*")
  List<SourceArgs> sources;

  @Option(names = "--map", paramLabel = "COLUMN=FIELD")
  List<String> maps = new ArrayList<>();

  @Option(names = "--snapshot")
  boolean snapshot;

  @Option(names = "--rejects", paramLabel = "FILE")
  Path rejectsFile;

  @Override
  public Integer call() {
    DataDir dir = data.dataDir();
    Map<String, List<Path>> byName = new LinkedHashMap<>();
    for (SourceArgs s : sources) {
      byName.computeIfAbsent(s.name, n -> new ArrayList<>()).addAll(s.files);
    }
    List<GraphBuilder.Source> list = new ArrayList<>();
    byName.forEach((name, files) -> list.add(new GraphBuilder.Source(name, files)));
    Path rejects =
        rejectsFile != null
            ? rejectsFile
            : dir.rejects()
                .resolve(
                    "build-" + LocalDateTime.now(ZoneId.systemDefault()).format(STAMP) + ".jsonl");
    BuildSummary s;
    Bars bars = new Bars();
    try (PrivacyState privacy = PrivacyState.open(dir, data.store());
        IdentityStore store = IdentityStores.openWritable(data.store(), dir.graph())) {
      s =
          new GraphBuilder(store, dir.build(), privacy.suppressionCheck())
              .build(list, new GraphBuilder.Options(snapshot, maps, rejects), bars);
    }
    bars.finish();
    System.out.printf(
        Locale.ROOT,
        "built %,d persons from %,d records in %.1f s: %,d rows read, %,d rejected (%,d identifiers"
            + " or attributes dropped); %,d records linked to another; persons %,d added, %,d"
            + " updated, %,d merged, %,d split, %,d removed; %,d identifiers shared too widely to"
            + " link%n",
        s.persons(),
        s.records(),
        s.elapsed().toMillis() / 1000.0,
        s.read(),
        s.rejected(),
        s.rejectedItems(),
        s.linked(),
        s.added(),
        s.updated(),
        s.merged(),
        s.split(),
        s.removed(),
        s.sharedIdentifiers());
    if (s.kept() > 0 || s.dropped() > 0) {
      System.out.printf(
          Locale.ROOT,
          "%,d records of earlier builds kept, %,d removed by --snapshot%n",
          s.kept(),
          s.dropped());
    }
    if (s.rejectsFile() != null) {
      System.out.println("rejects written to " + s.rejectsFile());
    }
    return 0;
  }

  /** One progress bar per build phase. */
  private static final class Bars implements GraphBuilder.Progress {
    private ProgressBar bar;
    private String name;
    private long total;
    private long done;

    @Override
    public void phase(String phase, long phaseTotal) {
      finish();
      name = phase;
      total = phaseTotal;
      done = 0;
      bar = phaseTotal > 0 ? new ProgressBar("build: " + phase, phaseTotal) : null;
      if (bar == null) {
        System.err.println("build: " + phase + " ...");
      }
    }

    @Override
    public void update(long phaseDone) {
      done = phaseDone;
      if (bar != null) {
        bar.update(phaseDone, detail());
      }
    }

    private String detail() {
      return "read".equals(name)
          ? String.format(Locale.ROOT, "%,d MB", done / 1_000_000)
          : ProgressBar.count(done, "records");
    }

    void finish() {
      if (bar != null && total > 0) {
        bar.finish(detail());
      }
      bar = null;
    }
  }
}
