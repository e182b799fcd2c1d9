package io.idgraph.cli;

import io.idgraph.build.ChangeLog;
import io.idgraph.graph.IdgraphException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code idgraph changes}: the build changelog as JSONL. */
@Command(name = "changes")
final class ChangesCommand extends DataDirCommand {
  @Option(names = "--since", paramLabel = "T")
  String since;

  @Override
  public Integer call() throws IOException {
    Instant from = since == null ? Instant.EPOCH : parse(since);
    BufferedWriter out =
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    new ChangeLog(data.dataDir().build()).copySince(from, out);
    out.flush();
    return 0;
  }

  private static Instant parse(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e2) {
        throw IdgraphException.invalid(
            "--since must be a date or time such as 2025-01-15 or 2025-01-15T10:30:00Z, got '"
                + text
                + "'");
      }
    }
  }
}
