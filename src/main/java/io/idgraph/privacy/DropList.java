package io.idgraph.privacy;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A DROP (California Delete Request and Opt-out Platform) consumer list, read whole and checked
 * before anything is applied: a ZIP of CSV files (or one CSV) with the header {@code ID,Hash}, one
 * file per list type (Email, Phone, MAID, ...; {@code _Removed} holds withdrawn entries). Each hash
 * is the Base64 SHA-256 of the standardized identifier. A hostile or malformed file (an entry name
 * with a path, more entries or bytes than the limits, a compression ratio of a zip bomb, a line
 * over 4 KiB, a bad row) is refused whole, with what to fix.
 */
public final class DropList {
  public static final long DEFAULT_MAX_BYTES = 2L << 30;
  static final int MAX_ENTRIES = 64;
  static final int MAX_ROWS = 20_000_000;
  static final int MAX_RATIO = 100;
  private static final int MAX_FIELD = 4096;
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _.()-]{0,127}");

  /** The list a file holds, from its name. */
  public enum ListType {
    EMAIL(IdType.EMAIL),
    PHONE(IdType.PHONE),
    MAID(IdType.MAID),
    /** Types idgraph holds no identifiers of (NDZ, NameVIN, CTVID): every row is not found. */
    UNSUPPORTED(null),
    /** Withdrawn entries: no action. */
    REMOVED(null);

    final IdType idType;

    ListType(IdType idType) {
      this.idType = idType;
    }

    static ListType ofFileName(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.contains("removed")) {
        return REMOVED;
      }
      if (n.contains("email")) {
        return EMAIL;
      }
      if (n.contains("phone")) {
        return PHONE;
      }
      if (n.contains("maid")) {
        return MAID;
      }
      return UNSUPPORTED;
    }
  }

  /** One row: the DROP id, its list, and the hash as given (Base64 of 32 bytes). */
  public record Entry(String id, ListType list, String hash) {}

  private final List<Entry> entries;

  private DropList(List<Entry> entries) {
    this.entries = Collections.unmodifiableList(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Reads a .zip or a .csv; {@code maxBytes} bounds the decompressed size. */
  public static DropList read(Path file, long maxBytes) {
    String name = file.getFileName().toString();
    try {
      if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        return readZip(file, maxBytes);
      }
      List<Entry> out = new ArrayList<>();
      try (InputStream in = new Bounded(Files.newInputStream(file), maxBytes, name)) {
        readCsv(in, name, out);
      }
      return new DropList(out);
    } catch (NoSuchFileException e) {
      throw new IdgraphException(ErrorCode.IO, "no such file: " + file);
    } catch (ZipException e) {
      throw refused(name, "it is not a readable ZIP file");
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static DropList readZip(Path file, long maxBytes) throws IOException {
    String zipName = file.getFileName().toString();
    List<Entry> out = new ArrayList<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > MAX_ENTRIES) {
        throw refused(zipName, "it holds " + zip.size() + " entries; at most " + MAX_ENTRIES);
      }
      List<? extends ZipEntry> all = Collections.list(zip.entries());
      for (ZipEntry e : all) {
        checkName(zipName, e.getName());
      }
      long budget = maxBytes;
      for (ZipEntry e : all) {
        if (e.isDirectory()) {
          continue;
        }
        Bounded in = new Bounded(zip.getInputStream(e), budget, e.getName());
        try (in) {
          readCsv(in, e.getName(), out);
        }
        budget -= in.count;
        long compressed = Math.max(1, e.getCompressedSize());
        if (in.count > (1 << 20) && in.count / compressed > MAX_RATIO) {
          throw refused(
              zipName,
              e.getName()
                  + " expands "
                  + in.count / compressed
                  + " times (a zip bomb?); at most "
                  + MAX_RATIO);
        }
      }
    }
    return new DropList(out);
  }

  /** An entry name must be a plain file name: no folder, no traversal, no absolute path. */
  private static void checkName(String zipName, String entry) {
    boolean plain =
        SAFE_NAME.matcher(entry).matches()
            && !entry.contains("..")
            && entry.toLowerCase(Locale.ROOT).endsWith(".csv");
    if (!plain) {
      throw refused(
          zipName,
          "entry '"
              + (entry.length() > 80 ? entry.substring(0, 80) + "..." : entry)
              + "' is not a plain .csv file name (folders, '..' and absolute paths are refused)");
    }
  }

  private static void readCsv(InputStream in, String name, List<Entry> out) throws IOException {
    ListType type = ListType.ofFileName(name);
    CsvReader csv = new CsvReader(in, MAX_FIELD, MAX_FIELD * 2L);
    CsvRecord header = next(csv, name);
    if (header == null) {
      return;
    }
    if (header.fields().size() != 2
        || !header.fields().get(0).strip().replace("\uFEFF", "").equalsIgnoreCase("id")
        || !header.fields().get(1).strip().equalsIgnoreCase("hash")) {
      throw refused(name, "the header must be ID,Hash");
    }
    while (true) {
      CsvRecord r = next(csv, name);
      if (r == null) {
        return;
      }
      out.add(row(name, type, r));
      if (out.size() > MAX_ROWS) {
        throw refused(name, "the list holds more than " + MAX_ROWS + " rows");
      }
    }
  }

  /** The next record of the list {@code name}, or null at its end; a malformed line refuses it. */
  private static CsvRecord next(CsvReader csv, String name) {
    try {
      return csv.next();
    } catch (IdgraphException e) {
      throw refused(name, e.getMessage());
    }
  }

  private static Entry row(String name, ListType type, CsvRecord r) {
    if (r.fields().size() != 2) {
      throw refused(name, "line " + r.line() + " must be ID,Hash; it has " + r.fields().size());
    }
    String id = r.fields().get(0).strip();
    String hash = r.fields().get(1).strip();
    if (!ID.matcher(id).matches()) {
      throw refused(name, "line " + r.line() + ": the ID must be 1 to 64 letters, digits or -_.:");
    }
    if (!isSha256Base64(hash)) {
      throw refused(name, "line " + r.line() + ": the Hash must be Base64 of a SHA-256 digest");
    }
    return new Entry(id, type, hash);
  }

  private static boolean isSha256Base64(String hash) {
    try {
      return hash.length() <= 48 && Base64.getDecoder().decode(hash).length == 32;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static IdgraphException refused(String name, String why) {
    return IdgraphException.invalid(
        "the DROP file was refused and nothing was applied: " + name + ": " + why);
  }

  /** Counts bytes read and refuses to read past the limit (a zip bomb stops here). */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private final String name;
    long count;

    Bounded(InputStream in, long limit, String name) {
      super(in);
      this.limit = limit;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        add(n);
      }
      return n;
    }

    private void add(long n) {
      count += n;
      if (count > limit) {
        throw refused(
            name, "it expands past " + limit + " bytes (raise --max-bytes if it is real)");
      }
    }
  }
}
