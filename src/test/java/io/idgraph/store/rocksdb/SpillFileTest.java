package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
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

    List<String> groups = groups(file.sorted(), key -> new String(key, StandardCharsets.UTF_8));

    assertThat(groups)
        .containsExactly(
            "key-a=25", "key-b-longer-than-eighT=4", "key-b-longer-than-eight=13", "key-c=6");
  }

  @Test
  void sorted_agreesWithAnOrderedMapOnKeysThatShareLongPrefixes() throws Exception {
    Random random = new Random(5);
    SpillFile file = new SpillFile(dir.resolve("random"), 256);
    Map<byte[], StringBuilder> expected = new TreeMap<>(Arrays::compareUnsigned);
    for (int i = 0; i < 5_000; i++) {
      // short keys, keys with the same first 8 bytes, bytes above 0x7F, repeats
      byte[] key = new byte[random.nextInt(14)];
      for (int b = 0; b < key.length; b++) {
        key[b] = (byte) (b < 6 ? 'a' + random.nextInt(2) : random.nextInt(256));
      }
      byte[] value = {(byte) ('0' + i % 10)};
      file.write(key, value);
      expected.computeIfAbsent(key, k -> new StringBuilder()).append((char) value[0]);
    }

    List<String> groups = groups(file.sorted(), Arrays::toString);

    List<String> wanted = new ArrayList<>();
    expected.forEach((k, v) -> wanted.add(Arrays.toString(k) + "=" + v));
    assertThat(groups).containsExactlyElementsOf(wanted);
  }

  /** Each group of equal keys as "key=values", the values joined in the order they came. */
  private static List<String> groups(SpillFile.Sorted sorted, Function<byte[], String> keyText) {
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < sorted.size(); ) {
      int end = sorted.groupEnd(i);
      groups.add(
          keyText.apply(sorted.key(i))
              + "="
              + new String(sorted.values(i, end), StandardCharsets.UTF_8));
      i = end;
    }
    return groups;
  }
}
