package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spilled records read back sorted by key, stable, in groups of equal keys. */
class SpillFileTest {
  @TempDir Path dir;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void sorted_groupsEqualKeysInTheOrderTheyWereAdded() throws Exception {
    SpillFile file = new SpillFile(dir.resolve("spill"), 64);
    String[][] records = {
      {"key-b-longer-than-eight", "1"},
      {"key-a", "2"},
      {"key-b-longer-than-eight", "3"},
      {"key-b-longer-than-eighT", "4"},
      {"key-a", "5"},
      {"key-c", "6"},
    };
    for (String[] r : records) {
      file.write(bytes(r[0]), bytes(r[1]));
    }

    SpillFile.Sorted sorted = file.sorted();
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < sorted.size(); ) {
      int end = sorted.groupEnd(i);
      ByteWriter values = new ByteWriter(16);
      for (int j = i; j < end; j++) {
        sorted.appendValue(j, values);
      }
      groups.add(
          new String(sorted.key(i), StandardCharsets.UTF_8)
              + "="
              + new String(values.toByteArray(), StandardCharsets.UTF_8));
      i = end;
    }

    assertThat(groups)
        .containsExactly(
            "key-a=25", "key-b-longer-than-eighT=4", "key-b-longer-than-eight=13", "key-c=6");
  }
}
