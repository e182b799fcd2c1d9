package io.idgraph.cli;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.privacy.PrivacyRequest;
import io.idgraph.privacy.PrivacyRequestLog;
import io.idgraph.privacy.RequestKind;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code idgraph privacy delete|optout|optin|list|status}: privacy requests (docs/privacy.md). */
@Command(
    name = "privacy",
    description = "Deletion and opt-out requests, and their record (docs/privacy.md).",
    subcommands = {
      PrivacyCommand.Delete.class,
      PrivacyCommand.OptOut.class,
      PrivacyCommand.OptIn.class,
      PrivacyCommand.ListRequests.class,
      PrivacyCommand.Status.class,
      DropImportCommand.class
    })
final class PrivacyCommand extends CommandGroup {
  /** Runs one request against the store and privacy state (data dir or cluster); prints it. */
  static int apply(DataDirOption data, RequestKind kind, SelectorOptions selectors) {
    var list = selectors.selectors();
    try (PrivacyRequests requests = PrivacyRequests.open(data, kind == RequestKind.DELETE)) {
      PrivacyRequest done = requests.service().apply(kind, list, "cli");
      CliAudit.record(
          data,
          "privacy " + kind.wireName(),
          Map.of("selectors", list.size(), "persons", done.personIds().size()),
          done.requestId());
      JsonOut.line(done);
      System.err.println(
          "idgraph: "
              + kind.wireName()
              + " request "
              + done.requestId()
              + ": "
              + done.outcome()
              + ", "
              + done.personIds().size()
              + " person(s), "
              + done.withdrawnFiles()
              + " export/upload file(s) withdrawn");
      return 0;
    }
  }

  /**
   * A request about the persons the selectors name: delete, optout or optin, the subcommand named
   * for its {@link RequestKind}.
   */
  abstract static class Request implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDirOption data;
    @Mixin SelectorOptions selectors;

    @Override
    public Integer call() {
      return apply(data, RequestKind.valueOf(spec.name().toUpperCase(Locale.ROOT)), selectors);
    }
  }

  @Command(
      name = "delete",
      description =
          "Remove every person the selectors name from every index, profile and address block,"
              + " withdraw live export and upload files, and suppress their identifiers so no"
              + " later load or build brings them back.")
  static final class Delete extends Request {}

  @Command(
      name = "optout",
      description =
          "Keep the persons the selectors name, but never return them (resolve, get_person,"
              + " exports, enrichment, CLI reads) until optin.")
  static final class OptOut extends Request {}

  @Command(name = "optin", description = "Undo an opt-out (a deleted person stays deleted).")
  static final class OptIn extends Request {}

  @Command(
      name = "list",
      description =
          "Requests (JSON Lines): id, kind, manner, dates, selector forms (HMAC), outcome; kept 24"
              + " months.")
  static final class ListRequests extends DataDirCommand {
    @Option(
        names = "--since",
        paramLabel = "T",
        description = "Only requests received at or after T (ISO-8601, e.g. 2026-08-01T00:00:00Z).")
    String since;

    @Override
    public Integer call() {
      List<PrivacyRequest> requests =
          data.fromPrivacyState(
              state -> {
                PrivacyRequestLog log = state.requests();
                log.prune(
                    ZonedDateTime.now(java.time.ZoneOffset.UTC)
                        .minusMonths(PrivacyRequestLog.RETENTION_MONTHS)
                        .toInstant());
                return log.list(since == null ? null : parseTime(since));
              });
      JsonOut.lines(requests);
      System.err.println("idgraph: " + requests.size() + " request record(s)");
      return 0;
    }
  }

  @Command(name = "status", description = "Every record of one request id.")
  static final class Status extends DataDirCommand {
    @Parameters(paramLabel = "ID", description = "A request id (pr_...).")
    String id;

    @Override
    public Integer call() {
      List<PrivacyRequest> found = data.fromPrivacyState(state -> state.requests().find(id.trim()));
      if (found.isEmpty()) {
        throw new IdgraphException(
            ErrorCode.NOT_FOUND,
            "no privacy request with id " + id.trim() + "; list them with: idgraph privacy list");
      }
      JsonOut.lines(found);
      return 0;
    }
  }

  static Instant parseTime(String text) {
    try {
      return Instant.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw IdgraphException.invalid(
          "--since must be an ISO-8601 time such as 2026-08-01T00:00:00Z");
    }
  }
}
