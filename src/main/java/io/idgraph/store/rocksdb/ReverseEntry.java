package io.idgraph.store.rocksdb;

import java.util.ArrayList;
import java.util.List;

/**
 * What the reverse index holds for a person: its encoded index keys (see {@link Keys#index}) and
 * the match keys of its addresses, so a replace or delete can unlink exactly those.
 */
record ReverseEntry(List<byte[]> indexKeys, List<byte[]> addressKeys) {

  byte[] encode() {
    ByteWriter out = new ByteWriter(indexKeys.size() * 24 + addressKeys.size() * 32);
    writeAll(out, indexKeys);
    writeAll(out, addressKeys);
    return out.toByteArray();
  }

  static ReverseEntry decode(byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    List<byte[]> index = readAll(in);
    List<byte[]> addresses = readAll(in);
    return new ReverseEntry(index, addresses);
  }

  private static void writeAll(ByteWriter out, List<byte[]> keys) {
    out.writeVarint(keys.size());
    for (byte[] key : keys) {
      out.writeBlob(key);
    }
  }

  private static List<byte[]> readAll(ByteReader in) {
    int n = in.readVarint();
    List<byte[]> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(in.readBlob());
    }
    return out;
  }
}
