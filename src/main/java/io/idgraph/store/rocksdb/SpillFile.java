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

    /** Each key's first 8 bytes (zero-padded) as an unsigned long: most comparisons end there. */
    private final long[] head;

    Sorted(byte[] data, int n) {
      this.data = data;
      this.keyAt = new int[n];
      this.valueAt = new int[n];
      this.head = new long[n];
      int pos = 0;
      for (int i = 0; i < n; i++) {
        keyAt[i] = pos;
        int length = intAt(pos);
        long h = 0;
        for (int b = 0; b < 8; b++) {
          h = (h << 8) | (b < length ? data[pos + 4 + b] & 0xFF : 0);
        }
        head[i] = h;
        pos += 4 + length;
        valueAt[i] = pos;
        pos += 4 + intAt(pos);
      }
      int[] o = new int[n];
      Arrays.setAll(o, i -> i);
      int[] scratch = o.clone();
      mergeSort(scratch, o, 0, n);
      this.order = o;
    }

    int size() {
      return order.length;
    }

    /** The key of the i-th record in key order. */
    byte[] key(int i) {
      int at = keyAt[order[i]];
      return Arrays.copyOfRange(data, at + 4, at + 4 + intAt(at));
    }

    byte[] value(int i) {
      int at = valueAt[order[i]];
      return Arrays.copyOfRange(data, at + 4, at + 4 + intAt(at));
    }

    /** Appends the i-th value to {@code out}. */
    void appendValue(int i, ByteWriter out) {
      int at = valueAt[order[i]];
      out.writeBytes(data, at + 4, intAt(at));
    }

    /**
     * Where the i-th record's group ends (in key order): the position after the last record with
     * its key.
     */
    int groupEnd(int i) {
      int first = order[i];
      int end = i + 1;
      while (end < order.length && compare(first, order[end]) == 0) {
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

    private int compare(int a, int b) {
      int c = Long.compareUnsigned(head[a], head[b]);
      if (c != 0) {
        return c;
      }
      int ka = keyAt[a];
      int kb = keyAt[b];
      return Arrays.compareUnsigned(
          data, ka + 4, ka + 4 + intAt(ka), data, kb + 4, kb + 4 + intAt(kb));
    }

    /** Sorts src[from, to) into dst (both start as the same content). Stable. */
    private void mergeSort(int[] src, int[] dst, int from, int to) {
      if (to - from < 16) {
        for (int i = from + 1; i < to; i++) {
          int v = dst[i];
          int j = i - 1;
          while (j >= from && compare(dst[j], v) > 0) {
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
      if (compare(src[mid - 1], src[mid]) <= 0) {
        System.arraycopy(src, from, dst, from, to - from);
        return;
      }
      for (int i = from, p = from, q = mid; i < to; i++) {
        if (q >= to || (p < mid && compare(src[p], src[q]) <= 0)) {
          dst[i] = src[p++];
        } else {
          dst[i] = src[q++];
        }
      }
    }
  }
}
