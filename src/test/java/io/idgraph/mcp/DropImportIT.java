package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code idgraph privacy import-drop} with the packaged jar: a DROP list whose hashes are made here
 * by the reference's rules (email trimmed and lowercased, phone digits only and last 10, then
 * SHA-256, then Base64) deletes the one person a hash matches, opts out the several a shared hash
 * matches, and writes the Id,Status file; hostile files are refused with nothing applied.
 */
class DropImportIT {
  static final String GRAPH =
      String.join(
          "\n",
          "{\"person_id\": 201, \"emails\": [\"  Drop.One@Example.ORG \"],"
              + " \"phones\": [\"(310) 555-0101\"]}",
          "{\"person_id\": 202, \"emails\": [\"two@example.org\"], \"phones\": [\"+1 310-555-0199\"]}",
          "{\"person_id\": 203, \"emails\": [\"three@example.org\"], \"phones\": [\"3105550199\"]}",
          "{\"person_id\": 204, \"emails\": [\"four@example.org\"]}",
          "");

  @TempDir Path work;

  @BeforeEach
  void load() throws Exception {
    Files.writeString(work.resolve("graph.jsonl"), GRAPH);
    assertThat(idgraph("load", "--data", "data", "graph.jsonl").exit).isZero();
  }

  private CliRun idgraph(String... args) throws Exception {
    return CliRun.run(work, args);
  }

  /** The DROP form: standardized text, SHA-256, Base64. */
  static String dropHash(String standardized) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(standardized.getBytes(StandardCharsets.UTF_8));
    return Base64.getEncoder().encodeToString(digest);
  }

  static String email(String raw) throws Exception {
    return dropHash(raw.strip().toLowerCase(java.util.Locale.ROOT));
  }

  static String phone(String raw) throws Exception {
    String digits = raw.replaceAll("[^0-9]", "");
    return dropHash(digits.substring(digits.length() - 10));
  }

  private Path zip(String name, Map<String, byte[]> entries) throws IOException {
    Path file = work.resolve(name);
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return file;
  }

  private static byte[] csv(String... rows) {
    return ("ID,Hash\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private boolean resolves(String email) throws Exception {
    CliRun r = idgraph("resolve", "--data", "data", "--type", "email", email);
    return !Json.MAPPER.readTree(r.out).get("identities").isEmpty();
  }

  @Test
  void importDrop_deletesOneMatchOptsOutSharedAndWritesStatuses() throws Exception {
    Map<String, byte[]> lists = new LinkedHashMap<>();
    lists.put(
        "DROP_Email.csv",
        csv("D1," + email("drop.one@example.org"), "D2," + email("Nobody@Example.org")));
    lists.put("DROP_Phone.csv", csv("D3," + phone("+1 (310) 555-0199")));
    lists.put("DROP_NameVIN.csv", csv("D5," + dropHash("janedoe1234")));
    lists.put("DROP_Email_Removed.csv", csv("D4," + email("four@example.org")));
    Path drop = zip("drop.zip", lists);

    CliRun run = idgraph("privacy", "import-drop", "--data", "data", "drop.zip");
    assertThat(run.exit).as(run.err).isZero();
    assertThat(run.out).contains("1 deleted, 1 opted out, 2 not found, 1 withdrawn");
    assertThat(Files.readString(work.resolve("drop.zip.status.csv")))
        .isEqualTo("Id,Status\r\nD1,3\r\nD2,5\r\nD3,4\r\nD5,5\r\n".replace("\r\n", eol()));

    assertThat(resolves("drop.one@example.org")).isFalse();
    assertThat(resolves("two@example.org")).isFalse();
    assertThat(resolves("three@example.org")).isFalse();
    assertThat(resolves("four@example.org")).isTrue();
    assertThat(drop).exists();

    CliRun again =
        idgraph("privacy", "import-drop", "--data", "data", "drop.zip", "--out", "2.csv");
    assertThat(again.exit).as(again.err).isZero();
    assertThat(Files.readString(work.resolve("2.csv")))
        .as("a re-run every 45 days keeps the statuses")
        .isEqualTo("Id,Status\r\nD1,3\r\nD2,5\r\nD3,4\r\nD5,5\r\n".replace("\r\n", eol()));
  }

  private String eol() throws IOException {
    String written = Files.readString(work.resolve("drop.zip.status.csv"));
    return written.contains("\r\n") ? "\r\n" : "\n";
  }

  @Test
  void importDrop_hostileFilesAreRefusedWithNothingApplied() throws Exception {
    String good = "D1," + email("drop.one@example.org");
    Map<String, byte[]> traversal = new LinkedHashMap<>();
    traversal.put("Email.csv", csv(good));
    traversal.put("../../etc/Email.csv", csv(good));
    zip("traversal.zip", traversal);
    CliRun t = idgraph("privacy", "import-drop", "--data", "data", "traversal.zip");
    assertThat(t.exit).isEqualTo(2);
    assertThat(t.err).contains("refused and nothing was applied").contains("not a plain .csv");

    StringBuilder bomb = new StringBuilder("ID,Hash\n");
    String row = "X," + email("someone@example.org") + "\n";
    while (bomb.length() < 6_000_000) {
      bomb.append(row);
    }
    Map<String, byte[]> bombs = new LinkedHashMap<>();
    bombs.put("Email.csv", csv(good));
    bombs.put("Phone.csv", bomb.toString().getBytes(StandardCharsets.UTF_8));
    zip("bomb.zip", bombs);
    CliRun b = idgraph("privacy", "import-drop", "--data", "data", "bomb.zip");
    assertThat(b.exit).isEqualTo(2);
    assertThat(b.err).contains("refused and nothing was applied").contains("zip bomb");

    Files.writeString(work.resolve("Email.csv"), "ID,Hash\n" + good + "\nD9," + "A".repeat(9000));
    CliRun huge = idgraph("privacy", "import-drop", "--data", "data", "Email.csv");
    assertThat(huge.exit).isEqualTo(2);
    assertThat(huge.err).contains("refused and nothing was applied");

    assertThat(resolves("drop.one@example.org")).as("nothing applied").isTrue();
    assertThat(work.resolve("bomb.zip.status.csv")).doesNotExist();
  }
}
