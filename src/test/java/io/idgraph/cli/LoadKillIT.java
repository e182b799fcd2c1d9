package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kills {@code idgraph load} into a loaded store mid-way (SIGKILL) and checks that the store opens
 * and holds every person the load had reported as stored, and that loading again completes.
 */
class LoadKillIT {
  private static final Pattern STORED = Pattern.compile("([0-9,]+) persons");

  @TempDir Path work;

  @Test
  void killDuringLoad_keepsEveryAcknowledgedPerson() throws Exception {
    var gen = JarRunner.run(work, "generate", "--persons", "20000", "--out", "g.jsonl");
    assertThat(gen.exitCode()).as(gen.stderr()).isZero();

    // a load into an empty store is a bulk load, stored when it ends; into a loaded store each
    // batch is stored (and counted) as it goes: load one person first
    Files.writeString(
        work.resolve("first.jsonl"), Files.readAllLines(work.resolve("g.jsonl")).get(0) + "\n");
    var first = JarRunner.run(work, "load", "first.jsonl");
    assertThat(first.exitCode()).as(first.stderr()).isZero();

    Path out = work.resolve("load.out");
    Path err = work.resolve("load.err");
    Process load = JarRunner.start(work, out, err, "load", "g.jsonl");
    long acked = 0;
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
    while (acked < 1000 && load.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(50);
      acked = lastAcked(Files.readString(err));
    }
    assertThat(load.isAlive()).as("load must still run to be killed mid-way").isTrue();
    load.destroyForcibly().waitFor();
    acked = lastAcked(Files.readString(err));
    assertThat(acked).isGreaterThanOrEqualTo(1000);

    // persons are loaded in file order, ids 1..N: the last acknowledged one must be there
    var person = JarRunner.run(work, "person", "--domains", "name", "1", Long.toString(acked));
    assertThat(person.exitCode()).as(person.stderr()).isZero();
    JsonNode result = Json.MAPPER.readTree(person.stdout());
    assertThat(result.get("profiles")).hasSize(2);
    assertThat(result.get("not_found")).isEmpty();

    var again = JarRunner.run(work, "load", "g.jsonl");
    assertThat(again.exitCode()).as(again.stderr()).isZero();
    assertThat(again.stdout()).contains("20,000 persons");
  }

  private static long lastAcked(String progress) {
    long last = 0;
    for (String line : progress.split("[\r\n]")) {
      if (line.startsWith("load ")) {
        Matcher m = STORED.matcher(line);
        if (m.find()) {
          last = Long.parseLong(m.group(1).replace(",", ""));
        }
      }
    }
    return last;
  }
}
