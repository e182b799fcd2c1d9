package io.idgraph.cli;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.files.DataDir;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;

/**
 * {@code idgraph bench export}: resolve_identities of many emails exported as CSV, end to end over
 * loopback HTTP including the download of the file with its signed link; and the same from an
 * uploaded CSV (upload link, PUT, resolve with csv_resource_uri, download). Prints medians.
 */
@Command(
    name = "export",
    description =
        "Benchmark resolve_identities of N emails (default 100,000) exported as CSV, end to end"
            + " over loopback HTTP including the download; and the same from an uploaded CSV.")
final class BenchExportCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

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

  private record Phases(double first, double second, double third, long rows, long bytes) {}

  @Override
  public Integer call() throws Exception {
    DataDir dir = data.dataDir();
    try (BenchServer bench = new BenchServer(dir)) {
      Client client = new Client(bench);
      List<String> emails = emails(client, count);
      System.err.printf(Locale.ROOT, "idgraph: collected %,d distinct emails%n", emails.size());
      byte[] csv = csvOf(emails);
      List<Phases> inline = new ArrayList<>();
      List<Phases> upload = new ArrayList<>();
      for (int i = 0; i < warmup + runs; i++) {
        Phases a = resolveAndDownload(client, emails);
        Phases b = uploadResolveAndDownload(client, csv);
        if (i >= warmup) {
          inline.add(a);
          upload.add(b);
        }
      }
      print(emails.size(), inline, upload);
    }
    return 0;
  }

  private static Phases resolveAndDownload(Client client, List<String> emails) throws Exception {
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
    return new Phases(ms(t1 - t0), ms(t2 - t1), 0, result.at("/export/rows").asLong(), file.length);
  }

  private static Phases uploadResolveAndDownload(Client client, byte[] csv) throws Exception {
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
    return new Phases(
        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), result.at("/export/rows").asLong(), file.length);
  }

  private static void check(JsonNode result, byte[] file) {
    if (result.at("/export/size_bytes").asLong() != file.length) {
      throw new IdgraphException(
          ErrorCode.IO, "the downloaded file does not have export.size_bytes");
    }
  }

  /** Distinct emails of persons 1, 2, ... (email1 then email2), until {@code count}. */
  private static List<String> emails(Client client, int count) throws Exception {
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

  private record Client(BenchServer server) {
    JsonNode call(String tool, Map<String, Object> arguments) throws Exception {
      byte[] body = server.post(BenchServer.toolCall(tool, arguments));
      JsonNode result = Json.MAPPER.readTree(body).path("result");
      if (result.path("isError").asBoolean(true)) {
        throw new IdgraphException(ErrorCode.IO, "bench call " + tool + " failed with a tool error");
      }
      return result.get("structuredContent");
    }

    byte[] download(String link) throws Exception {
      HttpResponse<byte[]> response =
          server.http.send(
              HttpRequest.newBuilder(URI.create(link)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IdgraphException(
            ErrorCode.IO, "download failed with HTTP " + response.statusCode());
      }
      return response.body();
    }

    void upload(String link, byte[] body) throws Exception {
      HttpResponse<String> response =
          server.http.send(
              HttpRequest.newBuilder(URI.create(link))
                  .header("Content-Type", "text/csv")
                  .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 201) {
        throw new IdgraphException(
            ErrorCode.IO, "upload failed with HTTP " + response.statusCode());
      }
    }
  }

  private void print(int emails, List<Phases> inline, List<Phases> upload) {
    Phases a = inline.get(0);
    System.out.printf(
        Locale.ROOT,
        "%nresolve_identities of %,d emails exported as CSV over loopback HTTP: %,d rows, %,d"
            + " bytes; median of %d runs, %d cores%n%n",
        emails,
        a.rows(),
        a.bytes(),
        runs,
        Runtime.getRuntime().availableProcessors());
    System.out.println("| flow | step 1 | step 2 | step 3 | total |");
    System.out.println("|---|---:|---:|---:|---:|");
    System.out.printf(
        Locale.ROOT,
        "| identifiers in the call | resolve + write %.0f ms | download %.0f ms | | %.0f ms |%n",
        median(inline, Phases::first),
        median(inline, Phases::second),
        median(inline, p -> p.first() + p.second()));
    System.out.printf(
        Locale.ROOT,
        "| uploaded CSV | upload link + PUT %.0f ms | resolve + write %.0f ms | download %.0f ms |"
            + " %.0f ms |%n",
        median(upload, Phases::first),
        median(upload, Phases::second),
        median(upload, Phases::third),
        median(upload, p -> p.first() + p.second() + p.third()));
  }

  private static double median(List<Phases> runs, java.util.function.ToDoubleFunction<Phases> f) {
    double[] values = runs.stream().mapToDouble(f).toArray();
    Arrays.sort(values);
    return values[values.length / 2];
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
