package io.idgraph.store.rocksdb;

import io.idgraph.graph.Geo;
import io.idgraph.store.AddressEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of an {@link AddressEntry} (keyed by its match key): display form, an optional
 * geo (latitude, longitude, a reserved long), then the block keys.
 */
final class AddressCodec {
  private AddressCodec() {}

  static byte[] encode(AddressEntry entry) {
    ByteWriter out = new ByteWriter(96);
    out.writeString(entry.display() == null ? "" : entry.display());
    Geo geo = entry.geo();
    out.writeByte(geo == null ? 0 : 1);
    if (geo != null) {
      out.writeDouble(geo.latitude());
      out.writeDouble(geo.longitude());
      out.writeLong(0); // reserved: formerly an H3 cell, kept so stored data reads unchanged
    }
    List<String> blocks = blockKeys(entry);
    out.writeVarint(blocks.size());
    for (String block : blocks) {
      out.writeString(block);
    }
    return out.toByteArray();
  }

  static AddressEntry decode(String matchKey, byte[] bytes) {
    ByteReader in = new ByteReader(bytes);
    String display = in.readString();
    Geo geo = in.readByte() == 0 ? null : readGeo(in);
    int n = in.readVarint();
    List<String> blocks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      blocks.add(in.readString());
    }
    return new AddressEntry(matchKey, display, geo, List.copyOf(blocks));
  }

  static List<String> blockKeys(AddressEntry entry) {
    return entry.blockKeys() == null ? List.of() : entry.blockKeys();
  }

  private static Geo readGeo(ByteReader in) {
    Geo geo = new Geo(in.readDouble(), in.readDouble());
    in.readLong(); // reserved
    return geo;
  }
}
