package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrdinalsTest {
  @Test
  void find_agreesWithABinarySearchOnDenseSparseAndSkewedIds() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      int n = 1 + random.nextInt(2_000);
      long[] ids = new long[n];
      long next = random.nextInt(5);
      for (int i = 0; i < n; i++) {
        next += round % 3 == 0 ? 1 : 1 + (long) Math.pow(random.nextInt(1000), round % 3);
        ids[i] = next;
      }
      for (int probe = 0; probe < 500; probe++) {
        long id = random.nextBoolean() ? ids[random.nextInt(n)] : random.nextLong(next + 10);
        int expected = Arrays.binarySearch(ids, id);
        assertThat(Ordinals.find(i -> ids[(int) i], n, id)).isEqualTo(expected < 0 ? -1 : expected);
      }
    }
  }

  @Test
  void find_handlesEmptyAndOutOfRange() {
    long[] ids = {3, 9, 27};
    assertThat(Ordinals.find(i -> ids[(int) i], 0, 3)).isEqualTo(-1);
    assertThat(Ordinals.find(i -> ids[(int) i], 3, 1)).isEqualTo(-1);
    assertThat(Ordinals.find(i -> ids[(int) i], 3, 28)).isEqualTo(-1);
    assertThat(Ordinals.find(i -> ids[(int) i], 3, 27)).isEqualTo(2);
  }
}
