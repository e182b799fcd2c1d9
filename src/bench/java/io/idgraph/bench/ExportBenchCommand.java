package io.idgraph.bench;

import io.idgraph.files.DataDir;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code bench export}: resolve_identities of many emails exported as CSV, end to end over loopback
 * HTTP including the download of the file with its signed link; and the same from an uploaded CSV
 * (upload link, PUT, resolve with csv_resource_uri, download). Prints medians.
 */
@Command(
    name = "export",
    description =
        "Benchmark resolve_identities of N emails (default 100,000) exported as CSV, end to end"
            + " over loopback HTTP including the download; and the same from an uploaded CSV.")
final class ExportBenchCommand implements Callable<Integer> {
  @Option(names = "--data", required = true, paramLabel = "DIR", description = "A loaded data dir.")
  Path data;

  @Option(
      names = "--emails",
      defaultValue = "100000",
      paramLabel = "N",
      description = "Emails per call (default: ${DEFAULT-VALUE}).")
  int count;

  @Option(
      names = "--runs",
      defaultValue = "7",
      paramLabel = "N",
      description = "Measured runs (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(
      names = "--warmup",
      defaultValue = "2",
      paramLabel = "N",
      description = "Warm-up runs (default: ${DEFAULT-VALUE}).")
  int warmup;

  /** Per step of a flow, the wall times of the measured runs. */
  private record Steps(Timings first, Timings second, Timings third, Timings total) {
    Steps() {
      this(new Timings(), new Timings(), new Timings(), new Timings());
    }

    void add(long... nanos) {
      Timings[] steps = {first, second, third};
      long sum = 0;
      for (int i = 0; i < nanos.length; i++) {
        steps[i].add(nanos[i]);
        sum += nanos[i];
      }
      total.add(sum);
    }
  }

  @Override
  public Integer call() throws Exception {
    try (BenchServer server = new BenchServer(new DataDir(data))) {
      BenchClient client = new BenchClient(server);
      List<String> emails = emails(client, count);
      System.err.printf(Locale.ROOT, "bench: collected %,d distinct emails%n", emails.size());
      byte[] csv = csvOf(emails);
      Steps inline = new Steps();
      Steps upload = new Steps();
      long rows = 0;
      for (int i = 0; i < warmup + runs; i++) {
        Steps a = i >= warmup ? inline : new Steps();
        rows = resolveAndDownload(client, emails, a);
        uploadResolveAndDownload(client, csv, i >= warmup ? upload : new Steps());
      }
      print(emails.size(), rows, inline, upload);
    }
    return 0;
  }

  /** Times one inline flow into {@code steps}; returns the exported rows. */
  private static long resolveAndDownload(BenchClient client, List<String> emails, Steps steps)
      throws Exception {
    String workflow = UUID.randomUUID().toString();
    long t0 = System.nanoTime();
    JsonNode result =
        client.call(
            "resolve_identities",
            Map.of(
                "id_type",
                "email",
                "identifiers",
                emails,
                "format",
                "csv",
                "workflow_id",
                workflow));
    long t1 = System.nanoTime();
    byte[] file = client.download(result.at("/export/url").asString());
    long t2 = System.nanoTime();
    check(result, file);
    steps.add(t1 - t0, t2 - t1);
    return result.at("/export/rows").asLong();
  }

  private static void uploadResolveAndDownload(BenchClient client, byte[] csv, Steps steps)
      throws Exception {
    String workflow = UUID.randomUUID().toString();
    long t0 = System.nanoTime();
    JsonNode link =
        client.call(
            "generate_url_for_upload", Map.of("filename", "emails.csv", "workflow_id", workflow));
    client.upload(link.get("upload_url").asString(), csv);
    long t1 = System.nanoTime();
    JsonNode result =
        client.call(
            "resolve_identities",
            Map.of(
                "csv_resource_uri",
                link.get("resource_uri").asString(),
                "lookup_columns",
                Map.of("email", Map.of("names", List.of("email"))),
                "format",
                "csv",
                "workflow_id",
                workflow));
    long t2 = System.nanoTime();
    byte[] file = client.download(result.at("/export/url").asString());
    long t3 = System.nanoTime();
    check(result, file);
    steps.add(t1 - t0, t2 - t1, t3 - t2);
  }

  private static void check(JsonNode result, byte[] file) {
    if (result.at("/export/size_bytes").asLong() != file.length) {
      throw new IdgraphException(
          ErrorCode.IO, "the downloaded file does not have export.size_bytes");
    }
  }

  /** Distinct emails of persons 1, 2, ... (email1 then email2), until {@code count}. */
  private static List<String> emails(BenchClient client, int count) throws Exception {
    Set<String> emails = new LinkedHashSet<>();
    for (long first = 1; emails.size() < count; first += 1000) {
      List<String> ids = new ArrayList<>(1000);
      for (long id = first; id < first + 1000; id++) {
        ids.add(Long.toString(id));
      }
      JsonNode result =
          client.call("get_person", Map.of("person_ids", ids, "domains", List.of("email")));
      JsonNode profiles = result.get("profiles");
      if (profiles.isEmpty()) {
        break;
      }
      for (String slot : List.of("email1", "email2", "email3")) {
        for (JsonNode p : profiles) {
          JsonNode email = p.at("/domains/" + slot);
          if (email.isString() && emails.size() < count) {
            emails.add(email.asString());
          }
        }
      }
    }
    if (emails.size() < count) {
      throw IdgraphException.invalid(
          "the graph has only " + emails.size() + " distinct emails; pass a smaller --emails");
    }
    return new ArrayList<>(emails);
  }

  private static byte[] csvOf(List<String> emails) {
    StringBuilder csv = new StringBuilder("email\n");
    emails.forEach(e -> csv.append(e).append('\n'));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void print(int emails, long rows, Steps inline, Steps upload) {
    System.out.printf(
        Locale.ROOT,
        "%nresolve_identities of %,d emails exported as CSV over loopback HTTP: %,d rows;"
            + " median of %d runs, %d cores%n%n",
        emails,
        rows,
        runs,
        Runtime.getRuntime().availableProcessors());
    System.out.println("| flow | step 1 | step 2 | step 3 | total |");
    System.out.println("|---|---:|---:|---:|---:|");
    System.out.printf(
        Locale.ROOT,
        "| identifiers in the call | resolve + write %.0f ms | download %.0f ms | | %.0f ms |%n",
        inline.first().medianMillis(),
        inline.second().medianMillis(),
        inline.total().medianMillis());
    System.out.printf(
        Locale.ROOT,
        "| uploaded CSV | upload link + PUT %.0f ms | resolve + write %.0f ms | download %.0f ms |"
            + " %.0f ms |%n",
        upload.first().medianMillis(),
        upload.second().medianMillis(),
        upload.third().medianMillis(),
        upload.total().medianMillis());
  }
}
