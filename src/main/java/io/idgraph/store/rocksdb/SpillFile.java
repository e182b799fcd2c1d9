package io.idgraph.store.rocksdb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Key-value records appended to a temporary file during a bulk load, then read back whole and
 * sorted by key (stable: records with equal keys keep the order they were added in).
 */
final class SpillFile implements AutoCloseable {
  private final Path path;
  private final AppendFile out;
  private int records;

  SpillFile(Path path, int bufferBytes) throws IOException {
    this.path = path;
    this.out = new AppendFile(path, bufferBytes);
  }

  void write(byte[] key, byte[] value) throws IOException {
    out.writeWithLength(key);
    out.writeWithLength(value);
    records++;
  }

  int records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** Reads every record back, sorted by key. */
  Sorted sorted() throws IOException {
    close();
    if (out.size() > Integer.MAX_VALUE - 64) {
      throw new IOException("a bulk load partition outgrew 2 GB; load the file in parts");
    }
    byte[] data = Files.readAllBytes(path);
    Files.delete(path);
    return new Sorted(data, records);
  }

  /** Records in one array, with an order that sorts them by key. */
  static final class Sorted {
    final byte[] data;
    final int[] keyAt;
    final int[] valueAt;
    final int[] order;

    /**
     * Each key's first 8 bytes (zero-padded) as an unsigned long, in key order: most comparisons
     * end there (an index key starts with its fingerprint), and reading them in order is
     * sequential.
     */
    private final long[] head;

    Sorted(byte[] data, int n) {
      this.data = data;
      this.keyAt = new int[n];
      this.valueAt = new int[n];
      long[] heads = new long[n];
      int pos = 0;
      for (int i = 0; i < n; i++) {
        keyAt[i] = pos;
        int length = intAt(pos);
        long h = 0;
        for (int b = 0; b < 8; b++) {
          h = (h << 8) | (b < length ? data[pos + 4 + b] & 0xFF : 0);
        }
        heads[i] = h;
        pos += 4 + length;
        valueAt[i] = pos;
        pos += 4 + intAt(pos);
      }
      this.order = HeadRadixSort.sort(heads);
      this.head = heads;
      sortRunsOfEqualHeads();
    }

    int size() {
      return order.length;
    }

    /** The key of the i-th record in key order. */
    byte[] key(int i) {
      int at = keyAt[order[i]];
      return Arrays.copyOfRange(data, at + 4, at + 4 + intAt(at));
    }

    /** The values of the records from {@code from} to {@code to} (in key order), joined. */
    byte[] values(int from, int to) {
      int length = 0;
      for (int i = from; i < to; i++) {
        length += intAt(valueAt[order[i]]);
      }
      byte[] joined = new byte[length];
      int pos = 0;
      for (int i = from; i < to; i++) {
        int at = valueAt[order[i]];
        int valueLength = intAt(at);
        System.arraycopy(data, at + 4, joined, pos, valueLength);
        pos += valueLength;
      }
      return joined;
    }

    /**
     * Where the i-th record's group ends (in key order): the position after the last record with
     * its key.
     */
    int groupEnd(int i) {
      int end = i + 1;
      while (end < order.length && head[end] == head[i] && compareKeys(order[i], order[end]) == 0) {
        end++;
      }
      return end;
    }

    private int intAt(int pos) {
      return (data[pos] & 0xFF) << 24
          | (data[pos + 1] & 0xFF) << 16
          | (data[pos + 2] & 0xFF) << 8
          | (data[pos + 3] & 0xFF);
    }

    /** Records a and b (positions as added) by their whole keys. */
    private int compareKeys(int a, int b) {
      int ka = keyAt[a];
      int kb = keyAt[b];
      return Arrays.compareUnsigned(
          data, ka + 4, ka + 4 + intAt(ka), data, kb + 4, kb + 4 + intAt(kb));
    }

    /**
     * Keys that share their first 8 bytes are in the order they were added; sorts each such run by
     * the whole key (stable), where it is not in order already.
     */
    private void sortRunsOfEqualHeads() {
      int n = order.length;
      for (int from = 0; from < n; ) {
        int to = from + 1;
        boolean inOrder = true;
        while (to < n && head[to] == head[from]) {
          inOrder &= compareKeys(order[to - 1], order[to]) <= 0;
          to++;
        }
        if (!inOrder) {
          int[] scratch = Arrays.copyOfRange(order, from, to);
          int[] run = scratch.clone();
          mergeSort(scratch, run, 0, run.length);
          System.arraycopy(run, 0, order, from, run.length);
        }
        from = to;
      }
    }

    /** Sorts src[from, to) into dst (both start as the same content) by whole key. Stable. */
    private void mergeSort(int[] src, int[] dst, int from, int to) {
      if (to - from < 16) {
        for (int i = from + 1; i < to; i++) {
          int v = dst[i];
          int j = i - 1;
          while (j >= from && compareKeys(dst[j], v) > 0) {
            dst[j + 1] = dst[j];
            j--;
          }
          dst[j + 1] = v;
        }
        return;
      }
      int mid = (from + to) >>> 1;
      mergeSort(dst, src, from, mid);
      mergeSort(dst, src, mid, to);
      if (compareKeys(src[mid - 1], src[mid]) <= 0) {
        System.arraycopy(src, from, dst, from, to - from);
        return;
      }
      for (int i = from, p = from, q = mid; i < to; i++) {
        if (q >= to || (p < mid && compareKeys(src[p], src[q]) <= 0)) {
          dst[i] = src[p++];
        } else {
          dst[i] = src[q++];
        }
      }
    }
  }
}
