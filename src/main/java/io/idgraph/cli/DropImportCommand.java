package io.idgraph.cli;

import io.idgraph.privacy.DropImport;
import io.idgraph.privacy.DropList;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code idgraph privacy import-drop FILE}: apply a DROP deletion list (docs/privacy.md). */
@Command(
    name = "import-drop",
    description =
        "Apply a DROP consumer list (a ZIP of ID,Hash CSVs, or one CSV): delete what matches one"
            + " person, opt out what matches several, and write Id,Status (3 deleted, 4 opted out,"
            + " 5 not found). The whole file is checked before anything changes.")
final class DropImportCommand extends DataDirCommand {
  @Parameters(paramLabel = "FILE", description = "The DROP file (.zip or .csv).")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where the Id,Status result goes (default: FILE's name + .status.csv).")
  Path out;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      description = "The most bytes the lists may expand to (default: ${DEFAULT-VALUE}).")
  long maxBytes = DropList.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() {
    DropList list = DropList.read(file, maxBytes);
    Path status = out != null ? out : file.resolveSibling(file.getFileName() + ".status.csv");
    DropImport.Summary s;
    try (PrivacyRequests requests = PrivacyRequests.open(data, true)) {
      s = new DropImport(requests.service()).apply(list, status);
    }
    CliAudit.record(
        data,
        "privacy import-drop",
        Map.of("deleted", s.deleted(), "opted_out", s.optedOut(), "not_found", s.notFound()),
        null);
    System.out.println(
        "DROP list: "
            + s.deleted()
            + " deleted, "
            + s.optedOut()
            + " opted out, "
            + s.notFound()
            + " not found, "
            + s.withdrawnEntries()
            + " withdrawn entries skipped; wrote "
            + status);
    return 0;
  }
}
