package io.idgraph.store.rocksdb;

import io.idgraph.store.Link;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One serving generation, memory-mapped (see {@link ServingLayout}): opening maps the files and
 * reads nothing else, so it takes the same time at any size. Safe for concurrent readers.
 */
final class ServingSnapshot {
  private final String generation;
  private final ServingLayout.Meta meta;
  private final MappedFile ids;
  private final MappedFile offsets;
  private final MappedFile profiles;
  private final MappedFile fps;
  private final MappedFile entries;
  private final MappedFile buckets;

  private ServingSnapshot(String generation, ServingLayout.Meta meta, Path dir) throws IOException {
    this.generation = generation;
    this.meta = meta;
    this.ids = MappedFile.open(dir.resolve(ServingLayout.IDS));
    this.offsets = MappedFile.open(dir.resolve(ServingLayout.OFFSETS));
    this.profiles = MappedFile.open(dir.resolve(ServingLayout.PROFILES));
    this.fps = MappedFile.open(dir.resolve(ServingLayout.FPS));
    this.entries = MappedFile.open(dir.resolve(ServingLayout.ENTRIES));
    this.buckets = MappedFile.open(dir.resolve(ServingLayout.BUCKETS));
    if (ids.size() != meta.persons() * 8
        || offsets.size() != (meta.persons() + 1) * 8
        || fps.size() != meta.entries() * 8
        || entries.size() != meta.entries() * ServingLayout.ENTRY_BYTES
        || buckets.size() != ((1L << meta.bucketBits()) + 1) * 8) {
      throw new IOException("the serving index " + dir + " is incomplete");
    }
  }

  /** Opens the generation {@code name} of {@code servingDir}. */
  static ServingSnapshot open(Path servingDir, String name) throws IOException {
    Path dir = servingDir.resolve(name);
    return new ServingSnapshot(name, readMeta(dir), dir);
  }

  /**
   * Whether the generation CURRENT names in {@code servingDir} is of an earlier release's layout
   * (false when there is none, or it cannot be read).
   */
  static boolean currentIsOlderLayout(Path servingDir) {
    try {
      String name = ServingFiles.current(servingDir);
      if (name != null) {
        readMeta(servingDir.resolve(name));
      }
      return false;
    } catch (OlderLayoutException e) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static ServingLayout.Meta readMeta(Path dir) throws IOException {
    try (InputStream in = Files.newInputStream(dir.resolve(ServingLayout.META));
        DataInputStream data = new DataInputStream(in)) {
      int magic = data.readInt();
      int version = data.readInt();
      if (magic == ServingLayout.MAGIC && version < ServingLayout.VERSION) {
        throw new OlderLayoutException(dir, version);
      }
      if (magic != ServingLayout.MAGIC || version != ServingLayout.VERSION) {
        throw new IOException("the serving index " + dir + " has an unknown layout");
      }
      return new ServingLayout.Meta(
          data.readLong(), data.readLong(), data.readLong(), data.readInt());
    }
  }

  /** A generation written by an earlier release: readable by none, rebuilt by the next writer. */
  static final class OlderLayoutException extends IOException {
    private static final long serialVersionUID = 1L;

    OlderLayoutException(Path dir, int version) {
      super("the serving index " + dir + " has the older layout " + version);
    }
  }

  /** Touches the files' pages while {@code budget} allows, in the order a resolve reads them. */
  void pageIn(PageInBudget budget) {
    for (MappedFile file : filesInReadOrder()) {
      file.pageIn(budget);
    }
  }

  /** Every mapped file, in the order a resolve reads them, the profiles last. */
  private MappedFile[] filesInReadOrder() {
    return new MappedFile[] {buckets, fps, entries, ids, offsets, profiles};
  }

  /** Unmaps every file; no read may run or follow (see {@link MappedFile#unmap}). */
  void close() {
    for (MappedFile file : filesInReadOrder()) {
      file.unmap();
    }
  }

  String generation() {
    return generation;
  }

  /** The last change sequence number this generation includes. */
  long changeSeq() {
    return meta.changeSeq();
  }

  long persons() {
    return meta.persons();
  }

  /**
   * The persons each key (fingerprint first) points to: {@code out[i]} gets key i's links, or stays
   * null when it has none. The keys go through each step together (bucket bounds, fingerprint runs,
   * entries, person ids) rather than one after another: every step is a read somewhere in files far
   * larger than the CPU caches, and while one key's next read cannot start before its last one
   * lands, the reads of different keys can be under way at once.
   */
  void lookup(byte[][] encodedKeys, List<Link>[] out) {
    int n = encodedKeys.length;
    long[] fp = new long[n];
    long[] from = new long[n];
    long[] to = new long[n];
    int bits = meta.bucketBits();
    for (int i = 0; i < n; i++) {
      fp[i] = Keys.fingerprintOf(encodedKeys[i]);
      long bucket = bits == 0 ? 0 : fp[i] >>> (64 - bits);
      from[i] = buckets.getLong(bucket * 8);
      to[i] = buckets.getLong(bucket * 8 + 8);
    }
    for (int i = 0; i < n; i++) {
      narrowToRun(i, fp[i], from, to);
    }
    long[] firstCheck = new long[n];
    for (int i = 0; i < n; i++) {
      firstCheck[i] = from[i] < to[i] ? entries.getLong(from[i] * ServingLayout.ENTRY_BYTES) : 0;
    }
    for (int i = 0; i < n; i++) {
      if (from[i] < to[i]) {
        out[i] = links(KeyCheck.ofIndexKey(encodedKeys[i]), firstCheck[i], from[i], to[i]);
      }
    }
  }

  /** Narrows {@code [from[i], to[i])}, a bucket, to its entries with fingerprint {@code fp}. */
  private void narrowToRun(int i, long fp, long[] from, long[] to) {
    long first = -1;
    long j = from[i];
    for (; j < to[i]; j++) {
      long f = fps.getLong(j * 8);
      if (f == fp) {
        first = first < 0 ? j : first;
      } else if (first >= 0 || Long.compareUnsigned(f, fp) > 0) {
        break;
      }
    }
    from[i] = first < 0 ? j : first;
    to[i] = j;
  }

  /**
   * The links of the entries {@code [from, to)}, which share the key's fingerprint, whose check is
   * the key's {@code check}; null when none is (another key with the same fingerprint). {@code
   * firstCheck} is the first entry's.
   */
  private List<Link> links(long check, long firstCheck, long from, long to) {
    List<Link> links = null;
    for (long i = from; i < to; i++) {
      long entry = i * ServingLayout.ENTRY_BYTES;
      if ((i == from ? firstCheck : entries.getLong(entry)) == check) {
        if (links == null) {
          links = new ArrayList<>((int) (to - i));
        }
        long personId = ids.getLong((long) entries.getInt(entry + 8) * 8);
        links.add(new Link(personId, Float.intBitsToFloat(entries.getInt(entry + 12))));
      }
    }
    return links;
  }

  /** The ordinal of a person, or -1 when this generation does not hold it. */
  long ordinal(long personId) {
    return Ordinals.find(i -> ids.getLong(i * 8), meta.persons(), personId);
  }

  /** The stored profile of the person at {@code ordinal}. */
  byte[] profile(long ordinal) {
    long start = profileStart(ordinal);
    return copyProfiles(start, profileStart(ordinal + 1) - start);
  }

  /**
   * The core of the person at {@code ordinal}: name and contacts, as {@link PersonCodec} wrote them
   * at the head of the profile (after their varint length), without the attributes behind them.
   */
  byte[] core(long ordinal) {
    long start = profileStart(ordinal);
    long head = Math.min(ByteReader.MAX_VARINT_BYTES, profileStart(ordinal + 1) - start);
    ByteReader length = new ByteReader(copyProfiles(start, head));
    int coreLength = length.readVarint();
    return copyProfiles(start + length.position(), coreLength);
  }

  /** Where the profile of the person at {@code ordinal} starts (the next one's start ends it). */
  private long profileStart(long ordinal) {
    return offsets.getLong(ordinal * 8);
  }

  private byte[] copyProfiles(long start, long length) {
    byte[] out = new byte[(int) length];
    profiles.copy(start, out, 0, out.length);
    return out;
  }
}
