package io.idgraph.store.rocksdb;

import io.idgraph.store.Link;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A posting list: the persons one key points to, stored as fixed-stride entries of an 8-byte person
 * id and a 4-byte float quality. Appends (the merge operator concatenates values) may leave several
 * entries for one person; the last one wins when read.
 */
final class Postings {
  static final int STRIDE = 12;

  private final List<Link> links;

  private Postings(List<Link> links) {
    this.links = links;
  }

  static Postings empty() {
    return new Postings(new ArrayList<>(4));
  }

  static Postings decode(byte[] value) {
    return new Postings(value == null ? new ArrayList<>(4) : new ArrayList<>(links(value)));
  }

  /** The distinct persons of a stored value, in first-appearance order, last quality winning. */
  static List<Link> links(byte[] value) {
    int n = value.length / STRIDE;
    if (n == 0) {
      return List.of();
    }
    ByteReader in = new ByteReader(value);
    List<Link> out = new ArrayList<>(n);
    // long lists (a building's address) dedupe through a map, short ones by a scan
    Map<Long, Integer> positions = n > 16 ? new HashMap<>(n * 2) : null;
    for (int i = 0; i < n; i++) {
      Link link = new Link(in.readLong(), Float.intBitsToFloat(in.readInt()));
      int at;
      if (positions == null) {
        at = indexOf(out, link.personId());
      } else {
        Integer known = positions.putIfAbsent(link.personId(), out.size());
        at = known == null ? -1 : known;
      }
      if (at < 0) {
        out.add(link);
      } else {
        out.set(at, link);
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static int indexOf(List<Link> links, long personId) {
    for (int i = 0; i < links.size(); i++) {
      if (links.get(i).personId() == personId) {
        return i;
      }
    }
    return -1;
  }

  static byte[] entry(long personId, float quality) {
    byte[] out = new byte[STRIDE];
    for (int i = 7; i >= 0; i--) {
      out[i] = (byte) personId;
      personId >>>= 8;
    }
    int bits = Float.floatToRawIntBits(quality);
    out[8] = (byte) (bits >>> 24);
    out[9] = (byte) (bits >>> 16);
    out[10] = (byte) (bits >>> 8);
    out[11] = (byte) bits;
    return out;
  }

  /** Sets this person's quality, adding it if absent. */
  void put(long personId, float quality) {
    int at = indexOf(links, personId);
    if (at < 0) {
      links.add(new Link(personId, quality));
    } else {
      links.set(at, new Link(personId, quality));
    }
  }

  void remove(long personId) {
    int at = indexOf(links, personId);
    if (at >= 0) {
      links.remove(at);
    }
  }

  boolean isEmpty() {
    return links.isEmpty();
  }

  byte[] encode() {
    ByteWriter out = new ByteWriter(links.size() * STRIDE);
    for (Link link : links) {
      out.writeLong(link.personId());
      out.writeInt(Float.floatToRawIntBits(link.quality()));
    }
    return out.toByteArray();
  }
}
