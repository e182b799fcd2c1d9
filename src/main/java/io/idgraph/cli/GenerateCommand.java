package io.idgraph.cli;

import io.idgraph.generate.GenerateSummary;
import io.idgraph.generate.GraphGenerator;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code idgraph generate}: writes a realistic synthetic graph file. */
@Command(name = "generate")
final class GenerateCommand implements Callable<Integer> {
  static final long MAX_PERSONS = 1_000_000_000L;

  @Option(names = "--persons", paramLabel = "N")
  Long persons;

  @Option(names = "--sources", paramLabel = "DIR")
  Path sources;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
  long seed;

  @Option(names = "--out", paramLabel = "FILE")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (sources != null) {
      return new SourcesFiles(sources, persons == null ? 10_000 : persons, seed).write();
    }
    if (persons == null) {
      throw IdgraphException.invalid("--persons is required (or --sources DIR)");
    }
    if (persons < 1 || persons > MAX_PERSONS) {
      throw IdgraphException.invalid("--persons must be from 1 to 1000000000, got " + persons);
    }
    if (out == null) {
      Writer stdout =
          new BufferedWriter(
              new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
      new GraphGenerator(seed).write(persons, stdout, done -> {});
      stdout.flush();
      return 0;
    }
    return writeFile();
  }

  private int writeFile() throws IOException {
    Path target = out.toAbsolutePath();
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    ProgressBar bar = new ProgressBar("generate", persons);
    GenerateSummary s;
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
      s =
          new GraphGenerator(seed)
              .write(persons, w, done -> bar.update(done, ProgressBar.count(done, "persons")));
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw new IdgraphException(ErrorCode.IO, "cannot write " + out + ": " + e.getMessage(), e);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    bar.finish(ProgressBar.count(s.persons(), "persons"));
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %,d persons in %,d households; %,d emails, %,d phones, %,d addresses, %,d maids;"
            + " %,d sparse persons; %,.1f MB%n",
        out,
        s.persons(),
        s.households(),
        s.emails(),
        s.phones(),
        s.addresses(),
        s.maids(),
        s.sparsePersons(),
        s.chars() / 1e6);
    return 0;
  }
}
