package io.idgraph.cli;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvWriter;
import io.idgraph.enrich.ColumnBinding;
import io.idgraph.enrich.EnrichOptions;
import io.idgraph.enrich.EnrichPlan;
import io.idgraph.enrich.EnrichSummary;
import io.idgraph.enrich.LookupColumn;
import io.idgraph.enrich.RowEnricher;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.store.IdentityStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph enrich}: row-preserving batch enrichment of a CSV file. */
@Command(name = "enrich")
final class EnrichCommand extends DataDirCommand {
  @Parameters(
      index = "0",
      paramLabel = "IN.csv",
      description = "The CSV to enrich (header line first).")
  Path in;

  @Option(names = "--out", required = true, paramLabel = "OUT.csv")
  Path out;

  @Option(names = "--email-column", paramLabel = "C")
  List<String> emailColumns = new ArrayList<>();

  @Option(names = "--phone-column", paramLabel = "C")
  List<String> phoneColumns = new ArrayList<>();

  @Option(names = "--address-column", split = ",", paramLabel = "C")
  List<String> addressColumns = new ArrayList<>();

  @Option(names = "--maid-column", paramLabel = "C")
  List<String> maidColumns = new ArrayList<>();

  @Option(names = "--email-hash", paramLabel = "H")
  String emailHash;

  @Option(names = "--phone-hash", paramLabel = "H")
  String phoneHash;

  @Option(names = "--maid-hash", paramLabel = "H")
  String maidHash;

  @Option(names = "--domains", required = true, split = ",", paramLabel = "D,...")
  List<String> domains;

  @Option(names = "--min-score", paramLabel = "S")
  double minScore;

  @Option(names = "--tiebreaker", split = ",", paramLabel = "T,...")
  List<String> tiebreaker = new ArrayList<>();

  @Option(names = "--no-unmatched")
  boolean noUnmatched;

  @Mixin RegionOption region;

  @Override
  public Integer call() throws IOException {
    EnrichOptions options =
        new EnrichOptions(
            lookups(),
            CliArgs.domains(domains),
            minScore,
            tiebreaker.stream().map(CliArgs::idType).toList(),
            !noUnmatched,
            EnrichOptions.DEFAULT_BLOCK_SIZE,
            region.value());
    if (!Files.isReadable(in) || Files.isDirectory(in)) {
      throw IdgraphException.invalid("cannot read " + in + ": no such file");
    }
    if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw IdgraphException.invalid("--out must differ from the input file");
    }
    Path dir = out.toAbsolutePath().getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw IdgraphException.invalid("cannot write " + out + ": its directory does not exist");
    }
    Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
    try (IdentityStore store = data.openPrivacyFilteredReader();
        InputStream input = Files.newInputStream(in);
        CsvReader reader = new CsvReader(input)) {
      RowEnricher enricher = new RowEnricher(store, new IdentifierNormalizer());
      EnrichPlan plan = enricher.plan(reader, options);
      printColumns(plan);
      EnrichSummary summary;
      try (OutputStream os = Files.newOutputStream(tmp);
          CsvWriter writer = new CsvWriter(os)) {
        ProgressBar bar =
            new ProgressBar("enrich " + in.getFileName(), ProgressBar.totalBytesOf(in));
        summary =
            enricher.run(
                plan, writer, (bytes, rows) -> bar.update(bytes, ProgressBar.count(rows, "rows")));
        bar.finish(ProgressBar.count(summary.rows(), "rows"));
      } catch (IOException e) {
        Files.deleteIfExists(tmp);
        throw new IdgraphException(ErrorCode.IO, "cannot write " + tmp + ": " + e.getMessage(), e);
      } catch (RuntimeException e) {
        Files.deleteIfExists(tmp);
        throw e;
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      CliAudit.record(
          data,
          "enrich",
          Map.of(
              "rows", CliAudit.clamp(summary.rows()), "matched", CliAudit.clamp(summary.matched())),
          null);
      printSummary(summary);
    } catch (UncheckedIOException e) {
      throw new IdgraphException(
          ErrorCode.IO, "cannot enrich " + in + ": " + e.getCause().getMessage(), e);
    }
    return 0;
  }

  private List<LookupColumn> lookups() {
    List<LookupColumn> out = new ArrayList<>();
    HashType email = emailHash == null ? null : CliArgs.hashType(emailHash);
    HashType phone = phoneHash == null ? null : CliArgs.hashType(phoneHash);
    HashType maid = maidHash == null ? null : CliArgs.hashType(maidHash);
    emailColumns.forEach(c -> out.add(new LookupColumn(IdType.EMAIL, List.of(c), email)));
    phoneColumns.forEach(c -> out.add(new LookupColumn(IdType.PHONE, List.of(c), phone)));
    if (!addressColumns.isEmpty()) {
      out.add(new LookupColumn(IdType.ADDRESS, addressColumns, HashType.PLAINTEXT));
    }
    maidColumns.forEach(c -> out.add(new LookupColumn(IdType.MAID, List.of(c), maid)));
    return out;
  }

  private static void printColumns(EnrichPlan plan) {
    System.err.println(
        plan.guessed()
            ? "identifier columns (guessed; name them with --email-column etc.):"
            : "identifier columns:");
    for (ColumnBinding b : plan.bindings()) {
      System.err.println("  " + b.describe());
    }
  }

  private void printSummary(EnrichSummary s) {
    System.out.printf(
        Locale.ROOT,
        "enriched %s: %,d rows, %,d matched (%.1f%%), %,d unmatched%s; %,d invalid identifier"
            + " values, %,d rows with a field count unlike the header, %,d blank lines skipped;"
            + " %.1f s (%,.0f rows/s)%n",
        in,
        s.rows(),
        s.matched(),
        s.matchRate() * 100,
        s.rows() - s.matched(),
        noUnmatched ? " (left out)" : "",
        s.invalidValues(),
        s.raggedRows(),
        s.blankLines(),
        s.elapsed().toMillis() / 1000.0,
        s.rowsPerSecond());
    System.out.println("wrote " + out + ": " + ProgressBar.count(s.written(), "rows"));
  }
}
