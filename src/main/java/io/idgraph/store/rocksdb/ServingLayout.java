package io.idgraph.store.rocksdb;

/**
 * The files of one serving generation and how they are laid out; every number is big-endian.
 *
 * <ul>
 *   <li>{@code meta}: magic, layout version, the change sequence number the generation includes,
 *       persons, index entries, bucket bits.
 *   <li>{@code ids}: person ids, 8 bytes each, ascending (unsigned); a person's ordinal is its
 *       position.
 *   <li>{@code offsets}: persons + 1 longs, where each person's profile starts in {@code profiles}.
 *   <li>{@code profiles}: each person's {@link PersonCodec} profile (core and attributes).
 *   <li>{@code fps}: one fingerprint per index entry (a key and one person), ascending (unsigned).
 *   <li>{@code entries}: per index entry, 16 bytes: the key's {@link KeyCheck} (a second hash of
 *       the key, which a fingerprint hit must match too), the person's ordinal (int), the link
 *       quality (float).
 *   <li>{@code buckets}: 2^bits + 1 longs; bucket b (the top bits of a fingerprint) holds the
 *       entries from buckets[b] to buckets[b + 1].
 * </ul>
 */
final class ServingLayout {
  static final int MAGIC = 0x49444753; // "IDGS"

  /** Version 1 also stored each key, to check a hit against; version 2 stores its check. */
  static final int VERSION = 2;

  static final int ENTRY_BYTES = 16;
  static final String META = "meta";
  static final String IDS = "ids";
  static final String OFFSETS = "offsets";
  static final String PROFILES = "profiles";
  static final String FPS = "fps";
  static final String ENTRIES = "entries";
  static final String BUCKETS = "buckets";

  private ServingLayout() {}

  /** What {@code meta} holds. */
  record Meta(long changeSeq, long persons, long entries, int bucketBits) {}
}
