package io.idgraph.audit;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * The audit log in the data dir: {@code audit/audit-YYYY-MM-DD.jsonl} (UTC days), one event a line,
 * opened with O_APPEND so processes share it. An append writes its line, then waits for an fsync
 * that covers it: concurrent appends share one fsync (group commit), so durability costs one disk
 * flush per burst, not per call. Retention deletes whole days.
 */
public final class DataDirAuditLog implements AuditLog {
  private static final Pattern DAY_FILE = Pattern.compile("audit-(\\d{4}-\\d{2}-\\d{2})\\.jsonl");

  private final Path dir;
  private final Object writeLock = new Object();
  private final Object syncLock = new Object();
  private final Set<Path> unsynced = new LinkedHashSet<>();
  private long written;
  private volatile long synced;

  public DataDirAuditLog(Path dir) {
    this.dir = dir;
  }

  /**
   * Appends the event, then waits until an fsync covers it. No file is held open between calls (a
   * data dir can be remounted or unmounted while the server idles).
   */
  @Override
  public void append(AuditEvent event) {
    byte[] line = (Json.MAPPER.writeValueAsString(event) + "\n").getBytes(StandardCharsets.UTF_8);
    LocalDate day = LocalDate.ofInstant(Instant.parse(event.at()), ZoneOffset.UTC);
    Path file = dir.resolve("audit-" + day + ".jsonl");
    long mine;
    try {
      synchronized (writeLock) {
        PrivateFiles.append(file, line, false);
        unsynced.add(file);
        mine = ++written;
      }
      syncUpTo(mine);
    } catch (IOException e) {
      throw DiskTrouble.failure("write the audit log", e);
    }
  }

  /**
   * One fsync covers every line written before it started (fsync flushes the file, whichever
   * descriptor wrote it): a caller that finds its line covered returns at once (group commit).
   */
  private void syncUpTo(long sequence) throws IOException {
    if (synced >= sequence) {
      return;
    }
    synchronized (syncLock) {
      if (synced >= sequence) {
        return;
      }
      long upTo;
      List<Path> files;
      synchronized (writeLock) {
        upTo = written;
        files = new ArrayList<>(unsynced);
        unsynced.clear();
      }
      try {
        for (Path f : files) {
          try (FileChannel channel = FileChannel.open(f, StandardOpenOption.WRITE)) {
            channel.force(false);
          }
        }
      } catch (IOException e) {
        synchronized (writeLock) {
          unsynced.addAll(files); // the next caller tries again
        }
        throw e;
      }
      synced = upTo;
    }
  }

  @Override
  public List<AuditEvent> read(Instant since, String actor) {
    List<AuditEvent> out = new ArrayList<>();
    LocalDate firstDay = since == null ? null : LocalDate.ofInstant(since, ZoneOffset.UTC);
    for (Path file : dayFiles()) {
      LocalDate day = dayOf(file);
      if (firstDay != null && day.isBefore(firstDay)) {
        continue;
      }
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = in.readLine()) != null) {
          AuditEvent e = parse(line);
          if (e != null
              && (since == null || !Instant.parse(e.at()).isBefore(since))
              && (actor == null || actor.equals(e.actor()))) {
            out.add(e);
          }
        }
      } catch (NoSuchFileException gone) {
        // pruned meanwhile
      } catch (IOException e) {
        throw DiskTrouble.failure("read the audit log", e);
      }
    }
    return out;
  }

  private static AuditEvent parse(String line) {
    try {
      return Json.MAPPER.readValue(line, AuditEvent.class);
    } catch (JacksonException | IllegalArgumentException e) {
      // a write torn by a kill or a full disk was never acknowledged; an event appended after it
      // on the same line still reads
      int next = line.lastIndexOf("{\"at\":");
      return next > 0 ? parse(line.substring(next)) : null;
    }
  }

  @Override
  public int prune(Instant cutoff) {
    LocalDate keepFrom = LocalDate.ofInstant(cutoff, ZoneOffset.UTC);
    int deleted = 0;
    for (Path file : dayFiles()) {
      if (dayOf(file).isBefore(keepFrom)) {
        try {
          if (Files.deleteIfExists(file)) {
            deleted++;
          }
        } catch (IOException e) {
          throw DiskTrouble.failure("prune the audit log", e);
        }
      }
    }
    return deleted;
  }

  private List<Path> dayFiles() {
    List<Path> files = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "audit-*.jsonl")) {
      for (Path p : entries) {
        if (DAY_FILE.matcher(p.getFileName().toString()).matches()) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw DiskTrouble.failure("read the audit log", e);
    }
    files.sort(null);
    return files;
  }

  private static LocalDate dayOf(Path file) {
    Matcher m = DAY_FILE.matcher(file.getFileName().toString());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an audit file: " + file.getFileName());
    }
    return LocalDate.parse(m.group(1));
  }

  @Override
  public void close() {
    // nothing is held open between appends
  }
}
