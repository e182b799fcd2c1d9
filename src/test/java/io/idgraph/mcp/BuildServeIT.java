package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.files.DataDir;
import io.idgraph.graph.IdType;
import io.idgraph.graph.Json;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.normalize.NormalizeResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The fresh-clone scenario of PRODUCT.md section 11, with the packaged jar: generate sources,
 * build, serve, and resolve an email only the shop knows to a person carrying the CRM's phone; a
 * rebuild keeps the ids; a changed source shows up in {@code changes}.
 */
class BuildServeIT {
  private static final IdentifierNormalizer NORMALIZER = new IdentifierNormalizer();

  @TempDir Path work;

  private String run(String... args) throws Exception {
    CliRun run = CliRun.run(work, args);
    assertThat(run.exit).as(run.err).isZero();
    return run.out;
  }

  private static final String[] BUILD = {
    "build",
    "--data",
    "data",
    "--source",
    "crm",
    "s/crm.csv",
    "--source",
    "shop",
    "s/shop.csv",
    "--source",
    "list",
    "s/list.csv"
  };

  @Test
  void generateBuildServe_resolvesAShopEmailToThePersonWithTheCrmPhone() throws Exception {
    run("generate", "--sources", "s", "--persons", "2000", "--seed", "3");
    String built = run(BUILD);
    assertThat(built).contains("persons").contains("added");
    String[] shopEmailAndCrmPhone = shopOnlyEmailWithCrmPhone(work.resolve("s"));

    DataDir data = new DataDir(work.resolve("data"));
    String token = ServerProcess.createKey(data, "it");
    long personId;
    try (ServerProcess server = ServerProcess.startHttp(data)) {
      JsonNode identity = resolveEmail(server, token, shopEmailAndCrmPhone[0]);
      assertThat(identity.get("identifiers").get("phone").toString())
          .contains("\"" + shopEmailAndCrmPhone[1] + "\"");
      personId = identity.get("person_id").asLong();

      Instant beforeRebuild = Instant.now();
      String rebuilt = run(BUILD);
      assertThat(rebuilt).contains("persons 0 added, 0 updated, 0 merged, 0 split, 0 removed");
      assertThat(run("changes", "--data", "data", "--since", beforeRebuild.toString())).isEmpty();

      Files.writeString(
          work.resolve("s/shop.csv"),
          "O999999,Newton Quill,newton.quill@example.org,(212) 555-0199,,2025-06-01\n",
          StandardOpenOption.APPEND);
      Instant beforeChange = Instant.now();
      run("build", "--data", "data", "--source", "shop", "s/shop.csv");
      String changes = run("changes", "--data", "data", "--since", beforeChange.toString());
      assertThat(changes.lines().toList())
          .hasSize(1)
          .allSatisfy(line -> assertThat(line).contains("\"change\":\"added\""));
      Thread.sleep(1500); // the server follows the writer within a second
      assertThat(resolveEmail(server, token, shopEmailAndCrmPhone[0]).get("person_id").asLong())
          .isEqualTo(personId);
    }
  }

  private static JsonNode resolveEmail(ServerProcess server, String token, String email)
      throws Exception {
    String body =
        Json.MAPPER.writeValueAsString(
            Map.of(
                "jsonrpc",
                "2.0",
                "id",
                1,
                "method",
                "tools/call",
                "params",
                Map.of(
                    "name",
                    "resolve_identities",
                    "arguments",
                    Map.of("id_type", "email", "identifiers", List.of(email)))));
    HttpRequest request =
        HttpRequest.newBuilder(server.mcpUrl())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .header("Authorization", "Bearer " + token)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    String text = response.body();
    if (text.startsWith("event:") || text.startsWith("data:")) {
      text = text.substring(text.indexOf("data:") + 5).strip();
    }
    JsonNode result = Json.MAPPER.readTree(text).get("result").get("structuredContent");
    assertThat(result.get("identities")).as(text).hasSize(1);
    return result.get("identities").get(0);
  }

  /** An email only shop.csv holds, and the phone (digits) the CRM has for the same person. */
  private static String[] shopOnlyEmailWithCrmPhone(Path s) throws IOException {
    Map<String, String> personOf = new HashMap<>();
    for (List<String> row : rows(s.resolve("truth.csv"))) {
      personOf.put(row.get(0) + ":" + row.get(1), row.get(2));
    }
    Set<String> elsewhere = new HashSet<>();
    Map<String, String> crmPhone = new HashMap<>();
    for (List<String> row : rows(s.resolve("crm.csv"))) {
      elsewhere.add(key(IdType.EMAIL, row.get(3)));
      crmPhone.put(personOf.get("crm:" + row.get(0)), key(IdType.PHONE, row.get(4)));
    }
    for (List<String> row : rows(s.resolve("list.csv"))) {
      elsewhere.add(key(IdType.EMAIL, row.get(1)));
    }
    for (List<String> row : rows(s.resolve("shop.csv"))) {
      String email = key(IdType.EMAIL, row.get(2));
      String phone = crmPhone.get(personOf.get("shop:" + row.get(0)));
      if (email != null && !elsewhere.contains(email) && phone != null) {
        return new String[] {row.get(2), phone};
      }
    }
    throw new AssertionError("the generated sources hold no shop-only email of a crm person");
  }

  private static String key(IdType type, String value) {
    NormalizeResult r = NORMALIZER.normalize(type, value);
    return r.isOk() ? r.value().key() : null;
  }

  private static List<List<String>> rows(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = new CsvReader(in)) {
      csv.next();
      CsvRecord r;
      while ((r = csv.next()) != null) {
        out.add(r.fields());
      }
    }
    return out;
  }
}
