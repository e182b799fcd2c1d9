package io.idgraph.store.rocksdb;

import io.idgraph.store.Link;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one serving generation in one sequential pass: every person in ascending id order first,
 * then every index key in ascending fingerprint order (the order of the stored index). Holds only
 * the person ids (8 bytes a person) and the bucket table in memory.
 */
final class GenerationWriter implements AutoCloseable {
  private static final int BUFFER_BYTES = 1 << 20;

  private final Path dir;
  private final AppendFile ids;
  private final AppendFile offsets;
  private final AppendFile profiles;
  private final AppendFile fps;
  private final AppendFile entries;
  private final int bucketBits;
  private final long[] buckets;
  private long[] personIds = new long[1024];
  private int persons;
  private long entryCount;
  private long lastFingerprint;
  private boolean indexStarted;
  private int nextBucket;

  /** {@code expectedEntries} sizes the bucket table (about 8 entries a bucket); a guess is fine. */
  GenerationWriter(Path dir, long expectedEntries) throws IOException {
    this.dir = dir;
    this.ids = AppendFile.durable(dir.resolve(ServingLayout.IDS), BUFFER_BYTES);
    this.offsets = AppendFile.durable(dir.resolve(ServingLayout.OFFSETS), BUFFER_BYTES);
    this.profiles = AppendFile.durable(dir.resolve(ServingLayout.PROFILES), BUFFER_BYTES);
    this.fps = AppendFile.durable(dir.resolve(ServingLayout.FPS), BUFFER_BYTES);
    this.entries = AppendFile.durable(dir.resolve(ServingLayout.ENTRIES), BUFFER_BYTES);
    long perBucket = Math.max(1, expectedEntries / 8);
    this.bucketBits = Math.min(28, 63 - Long.numberOfLeadingZeros(perBucket));
    this.buckets = new long[(1 << bucketBits) + 1];
  }

  Path dir() {
    return dir;
  }

  /** Adds a person; ids must ascend (unsigned) and come before every key. */
  void addPerson(long personId, byte[] profile) throws IOException {
    if (indexStarted) {
      throw new IllegalStateException("persons must come before the index");
    }
    if (persons > 0 && Long.compareUnsigned(personId, personIds[persons - 1]) <= 0) {
      throw new IllegalStateException("person ids must ascend");
    }
    if (persons == personIds.length) {
      personIds = Arrays.copyOf(personIds, persons * 2);
    }
    personIds[persons++] = personId;
    ids.writeLong(personId);
    offsets.writeLong(profiles.size());
    profiles.write(profile, 0, profile.length);
  }

  /**
   * Adds an index key (encoded, fingerprint first) with the persons it points to; keys must ascend.
   * Links to persons not added are left out.
   */
  void addKey(byte[] encodedKey, List<Link> links) throws IOException {
    indexStarted = true;
    long fp = Keys.fingerprintOf(encodedKey);
    if (entryCount > 0 && Long.compareUnsigned(fp, lastFingerprint) < 0) {
      throw new IllegalStateException("index keys must ascend");
    }
    long check = KeyCheck.ofIndexKey(encodedKey);
    for (Link link : links) {
      int ordinal = ordinalOf(link.personId());
      if (ordinal < 0) {
        continue;
      }
      int bucket = bucketBits == 0 ? 0 : (int) (fp >>> (64 - bucketBits));
      while (nextBucket <= bucket) {
        buckets[nextBucket++] = entryCount;
      }
      fps.writeLong(fp);
      entries.writeLong(check);
      entries.writeInt(ordinal);
      entries.writeFloat(link.quality());
      entryCount++;
      lastFingerprint = fp;
    }
  }

  private int ordinalOf(long personId) {
    return (int) Ordinals.find(i -> personIds[(int) i], persons, personId);
  }

  /** Writes the bucket table and the meta file that makes the generation complete. */
  void finish(long changeSeq) throws IOException {
    offsets.writeLong(profiles.size());
    while (nextBucket < buckets.length) {
      buckets[nextBucket++] = entryCount;
    }
    try (AppendFile out = AppendFile.durable(dir.resolve(ServingLayout.BUCKETS), BUFFER_BYTES)) {
      for (long b : buckets) {
        out.writeLong(b);
      }
    }
    close();
    try (AppendFile meta = AppendFile.durable(dir.resolve(ServingLayout.META), 64)) {
      meta.writeInt(ServingLayout.MAGIC);
      meta.writeInt(ServingLayout.VERSION);
      meta.writeLong(changeSeq);
      meta.writeLong(persons);
      meta.writeLong(entryCount);
      meta.writeInt(bucketBits);
    }
  }

  @Override
  public void close() throws IOException {
    try (AppendFile a = ids;
        AppendFile b = offsets;
        AppendFile c = profiles;
        AppendFile d = fps;
        AppendFile e = entries) {
      // closed in reverse order
    }
  }
}
