package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeadRadixSortTest {
  @Test
  void sort_ordersAsUnsignedAndKeepsEqualValuesInTheirFirstOrder() {
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      int n = random.nextInt(3_000);
      long[] values = new long[n];
      for (int i = 0; i < n; i++) {
        // few distinct values in some rounds (many ties), a shared top byte in others
        values[i] =
            switch (round % 3) {
              case 0 -> random.nextLong();
              case 1 -> random.nextInt(20) - 10L;
              default -> (0x7FL << 56) | (random.nextLong() >>> 40);
            };
      }
      long[] original = values.clone();
      Integer[] expected = new Integer[n];
      Arrays.setAll(expected, i -> i);
      Arrays.sort(expected, Comparator.comparing(i -> original[i], Long::compareUnsigned));

      int[] order = HeadRadixSort.sort(values);

      assertThat(order).containsExactly(Arrays.stream(expected).mapToInt(i -> i).toArray());
      for (int i = 0; i < n; i++) {
        assertThat(values[i]).isEqualTo(original[order[i]]);
      }
    }
  }
}
