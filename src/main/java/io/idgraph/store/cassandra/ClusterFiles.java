package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.idgraph.store.ExpiringFiles;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ExpiringFiles} in the keyspace. A file is a row of {@code files} (one partition per
 * folder, so a folder lists in one read) naming a random id, and its bytes in {@code file_chunks},
 * one partition per 1 MiB chunk (a large file spreads over the nodes). Both carry a TTL: the row's
 * ends at the file's expiry, the chunks' a few minutes later (so no chunk lapses under a reader of
 * a live file). The row is written last, with a lightweight transaction, so a file is seen whole or
 * not at all and a name is never overwritten; an abandoned draft's chunks expire by themselves.
 */
final class ClusterFiles implements ExpiringFiles {
  static final int CHUNK_BYTES = 1 << 20;

  /** How much longer than its file a chunk lives. */
  static final Duration CHUNK_SLACK = Duration.ofMinutes(10);

  static final List<String> TABLES =
      List.of(
          "files (store text, folder text, name text, id uuid, size bigint, chunks int,"
              + " expires_at timestamp, PRIMARY KEY ((store, folder), name))",
          "file_chunks (id uuid, chunk int, data blob, PRIMARY KEY ((id, chunk)))");

  final CqlSession session;
  private final String store;
  private final PreparedStatement selectFile;
  private final PreparedStatement insertFile;
  private final PreparedStatement extendFile;
  private final PreparedStatement deleteFile;
  private final PreparedStatement listNames;
  private final PreparedStatement listFolders;
  final PreparedStatement insertChunk;
  final PreparedStatement selectChunk;
  final PreparedStatement deleteChunk;

  ClusterFiles(CqlSession session, String ks, String store) {
    this.session = session;
    this.store = store;
    String files = ks + ".files";
    String where = " WHERE store = ? AND folder = ? AND name = ?";
    selectFile = session.prepare("SELECT id, size, chunks, expires_at FROM " + files + where);
    insertFile =
        session.prepare(
            "INSERT INTO "
                + files
                + " (store, folder, name, id, size, chunks, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                + " IF NOT EXISTS USING TTL ?");
    extendFile =
        session.prepare(
            "UPDATE "
                + files
                + " USING TTL ? SET id = ?, size = ?, chunks = ?, expires_at = ?"
                + where
                + " IF id = ?");
    deleteFile = session.prepare("DELETE FROM " + files + where);
    listNames = session.prepare("SELECT name FROM " + files + " WHERE store = ? AND folder = ?");
    listFolders = session.prepare("SELECT DISTINCT store, folder FROM " + files);
    String chunks = ks + ".file_chunks";
    insertChunk =
        session.prepare(
            "INSERT INTO " + chunks + " (id, chunk, data) VALUES (?, ?, ?) USING TTL ?");
    selectChunk = session.prepare("SELECT data FROM " + chunks + " WHERE id = ? AND chunk = ?");
    deleteChunk = session.prepare("DELETE FROM " + chunks + " WHERE id = ? AND chunk = ?");
  }

  /** A committed file's row. */
  record Stored(UUID id, long size, int chunks, Instant expiresAt) {}

  @Override
  public Optional<Entry> find(String name) {
    return stored(name).map(s -> new Entry(name, s.size(), s.expiresAt()));
  }

  private Optional<Stored> stored(String name) {
    Row row = one(selectFile.bind(store, folderOf(name), fileOf(name)));
    return row == null
        ? Optional.empty()
        : Optional.of(new Stored(row.getUuid(0), row.getLong(1), row.getInt(2), row.getInstant(3)));
  }

  @Override
  public InputStream open(Entry entry) throws IOException {
    Stored s = stored(entry.name()).orElseThrow(() -> gone(entry.name()));
    return new ChunkInputStream(this, s.id(), s.chunks());
  }

  @Override
  public Draft create(String name, Duration lifetime) {
    return new ChunkDraft(this, name, lifetime);
  }

  @Override
  public Entry keepUntil(Entry entry, Instant until) throws IOException {
    Stored s = stored(entry.name()).orElseThrow(() -> gone(entry.name()));
    rewriteChunks(s.id(), s.chunks(), until);
    Row done =
        one(
            extendFile.bind(
                ttlUntil(until),
                s.id(),
                s.size(),
                s.chunks(),
                until,
                store,
                folderOf(entry.name()),
                fileOf(entry.name()),
                s.id()));
    if (done == null || !done.getBoolean(0)) {
      throw gone(entry.name());
    }
    return new Entry(entry.name(), s.size(), until);
  }

  /** Writes each chunk again with a TTL reaching past {@code until}, one chunk in memory. */
  void rewriteChunks(UUID id, int chunks, Instant until) throws IOException {
    int ttl = ttlUntil(until.plus(CHUNK_SLACK));
    for (int i = 0; i < chunks; i++) {
      Row row = one(selectChunk.bind(id, i));
      if (row == null) {
        throw new IOException("a chunk of a stored file expired before its file");
      }
      one(insertChunk.bind(id, i, row.getByteBuffer(0), ttl));
    }
  }

  /** Makes a written file visible; false when the name is taken. */
  boolean commit(String name, Stored file) {
    Row done =
        one(
            insertFile.bind(
                store,
                folderOf(name),
                fileOf(name),
                file.id(),
                file.size(),
                file.chunks(),
                file.expiresAt(),
                ttlUntil(file.expiresAt())));
    return done != null && (done.getBoolean(0) || file.id().equals(idIn(done)));
  }

  /** The id a not-applied insert saw (our own when the driver retried it). */
  private static UUID idIn(Row row) {
    return row.getColumnDefinitions().contains("id") ? row.getUuid("id") : null;
  }

  @Override
  public void delete(String name) {
    stored(name).ifPresent(s -> deleteChunks(s.id(), s.chunks()));
    one(deleteFile.bind(store, folderOf(name), fileOf(name)));
  }

  void deleteChunks(UUID id, int chunks) {
    List<com.datastax.oss.driver.api.core.cql.BoundStatement> deletes = new ArrayList<>();
    for (int i = 0; i < chunks; i++) {
      deletes.add(deleteChunk.bind(id, i));
    }
    new Concurrent(session, 16).writeAll(deletes);
  }

  @Override
  public List<String> names(String folder) {
    List<String> names = new ArrayList<>();
    try {
      for (Row row : session.execute(listNames.bind(store, folder))) {
        names.add(row.getString(0));
      }
    } catch (RuntimeException e) {
      throw Concurrent.failure(e);
    }
    return names;
  }

  /** Reads every folder of the table (a scan of partition keys: for rare privacy requests). */
  @Override
  public List<String> deleteAll() {
    List<String> folders = new ArrayList<>();
    try {
      for (Row row : session.execute(listFolders.bind())) {
        if (store.equals(row.getString(0))) {
          folders.add(row.getString(1));
        }
      }
    } catch (RuntimeException e) {
      throw Concurrent.failure(e);
    }
    List<String> deleted = new ArrayList<>();
    for (String folder : folders) {
      for (String file : names(folder)) {
        delete(folder + "/" + file);
        deleted.add(folder + "/" + file);
      }
    }
    return deleted;
  }

  /** Nothing to do: rows and chunks expire by their TTL. */
  @Override
  public int sweep(Instant now) {
    return 0;
  }

  Row one(com.datastax.oss.driver.api.core.cql.Statement<?> statement) {
    try {
      return session.execute(statement).one();
    } catch (RuntimeException e) {
      throw Concurrent.failure(e);
    }
  }

  /** Seconds from now until {@code at}, at least 1 (a TTL of 0 would mean forever). */
  static int ttlUntil(Instant at) {
    long seconds = Duration.between(Instant.now(), at).toSeconds() + 1;
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, seconds));
  }

  private static String folderOf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  private static String fileOf(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static IOException gone(String name) {
    return new IOException("the file " + name + " expired or was deleted while in use");
  }
}
