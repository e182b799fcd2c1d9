package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.PersonRecord;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IndexEntry;
import io.idgraph.store.IndexKey;
import io.idgraph.store.Link;
import io.idgraph.store.PersonWrite;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A load killed mid-way leaves a store that opens and holds every acknowledged person. */
class RocksDbKillIT {
  private static final int BATCH = 500;
  private static final int ACKS_BEFORE_KILL = 12;

  @TempDir Path dir;

  @Test
  @Timeout(60)
  void killDuringLoad_keepsEveryAcknowledgedPerson() throws Exception {
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Loader.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    long lastAcked = 0;
    int acks = 0;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acks < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
        if (line.startsWith("acked ")) {
          lastAcked = Long.parseLong(line.substring(6));
          acks++;
        }
      }
      child.destroyForcibly();
      assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(acks).isEqualTo(ACKS_BEFORE_KILL);

    try (IdentityStore store = RocksDbIdentityStore.openWritable(dir)) {
      long[] ids = LongStream.rangeClosed(1, lastAcked).toArray();
      List<PersonRecord> persons = store.persons(ids, Set.of());
      assertThat(persons).doesNotContainNull();
      List<IndexKey> emails = new ArrayList<>();
      for (long id : ids) {
        emails.add(email(id));
      }
      List<List<Link>> found = store.lookup(emails);
      for (int i = 0; i < ids.length; i++) {
        assertThat(found.get(i)).extracting(Link::personId).containsExactly(ids[i]);
      }
    }
  }

  static IndexKey email(long id) {
    return new IndexKey(
        IdType.EMAIL,
        HashType.PLAINTEXT,
        ("p" + id + "@example.com").getBytes(StandardCharsets.UTF_8));
  }

  /** The child process: loads batches until killed, printing "acked N" after each upsert. */
  public static final class Loader {
    public static void main(String[] args) {
      try (IdentityStore store = RocksDbIdentityStore.openWritable(Path.of(args[0]))) {
        for (long next = 1; ; next += BATCH) {
          List<PersonWrite> batch = new ArrayList<>(BATCH);
          for (long id = next; id < next + BATCH; id++) {
            batch.add(person(id));
          }
          store.upsert(batch);
          System.out.println("acked " + (next + BATCH - 1));
          System.out.flush();
        }
      }
    }

    private static PersonWrite person(long id) {
      List<IndexEntry> index = new ArrayList<>(30);
      index.add(new IndexEntry(email(id), 0.9f));
      for (int k = 1; k < 30; k++) {
        byte[] key = ("k" + k + "-" + id).getBytes(StandardCharsets.UTF_8);
        index.add(new IndexEntry(new IndexKey(IdType.MAID, HashType.PLAINTEXT, key), 0.5f));
      }
      PersonRecord record =
          new PersonRecord(
              id,
              0.5,
              null,
              "first" + id,
              "last" + id,
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              Map.of());
      return new PersonWrite(record, index, List.of());
    }
  }
}
