package io.idgraph.load;

import io.idgraph.graph.DaemonThreads;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.Suppression;
import io.idgraph.store.BulkLoad;
import io.idgraph.store.BulkLoading;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.PersonWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Loads graph files (JSONL, one person a line) into a store: a reader thread cuts the file into
 * chunks, worker threads parse and normalize them, and this thread writes them in file order, one
 * store batch per chunk. Memory is bounded by the number of chunks in flight. A person counts as
 * loaded once its batch's upsert returned (the store makes it survive a kill from then on). Into an
 * empty store that can bulk load ({@link BulkLoading}), the persons are handed to the bulk load
 * instead and stored together at the end of the file.
 */
public final class GraphLoader {
  static final int CHUNK_LINES = 1000;
  static final int MAX_LINE_BYTES = 1 << 20;
  private static final CompletableFuture<Chunk> END =
      CompletableFuture.completedFuture(new Chunk(List.of(), 0));

  /** Parsed lines of one chunk, and how far into the file the chunk ends. */
  private record Chunk(List<ParsedPerson> persons, long endByte) {}

  private final IdentityStore store;
  private final PersonLineParser parser;
  private final Suppression suppression;
  private final int workers;

  public GraphLoader(IdentityStore store, IdentifierNormalizer normalizer) {
    this(store, normalizer, Suppression.none());
  }

  /** A loader that drops suppressed identifiers and persons (rejected as {@code suppressed}). */
  public GraphLoader(
      IdentityStore store, IdentifierNormalizer normalizer, Suppression suppression) {
    this(store, normalizer, suppression, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  GraphLoader(
      IdentityStore store, IdentifierNormalizer normalizer, Suppression suppression, int workers) {
    this.store = store;
    this.parser = new PersonLineParser(normalizer, suppression);
    this.suppression = suppression;
    this.workers = workers;
  }

  /** Loads one file; rejects go to {@code rejectsFile} (created only if there are any). */
  public LoadSummary load(Path file, Path rejectsFile, LoadProgress progress) {
    long start = System.nanoTime();
    ExecutorService pool =
        Executors.newFixedThreadPool(workers, DaemonThreads.named("idgraph-parse"));
    BlockingQueue<CompletableFuture<Chunk>> inFlight = new ArrayBlockingQueue<>(workers * 3);
    Counters counters = new Counters();
    try (InputStream in = Files.newInputStream(file);
        RejectsWriter rejects = new RejectsWriter(rejectsFile);
        BulkLoad bulk = startBulkLoad()) {
      BoundedLineReader reader = new BoundedLineReader(in, MAX_LINE_BYTES);
      Thread producer = startProducer(reader, pool, inFlight);
      while (true) {
        CompletableFuture<Chunk> next = inFlight.take();
        if (next == END) {
          break;
        }
        Chunk chunk = next.get();
        write(chunk.persons(), rejects, counters, bulk);
        progress.update(chunk.endByte(), counters.persons);
      }
      producer.join();
      if (bulk != null) {
        bulk.commit(progress::storing);
      }
      return counters.summary(Duration.ofNanos(System.nanoTime() - start), rejects.fileIfWritten());
    } catch (NoSuchFileException e) {
      throw new IdgraphException(ErrorCode.IO, "no such file: " + file);
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot read " + file + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdgraphException(ErrorCode.IO, "load interrupted");
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    } finally {
      pool.shutdownNow();
      suppression.flushHits();
    }
  }

  /** A bulk load when the store offers one (it does when empty); null: upsert batch by batch. */
  private BulkLoad startBulkLoad() {
    return store instanceof BulkLoading bulk ? bulk.startBulkLoad().orElse(null) : null;
  }

  private Thread startProducer(
      BoundedLineReader reader,
      ExecutorService pool,
      BlockingQueue<CompletableFuture<Chunk>> inFlight) {
    Thread producer =
        DaemonThreads.named("idgraph-read").newThread(() -> readChunks(reader, pool, inFlight));
    producer.start();
    return producer;
  }

  /** Cuts the file into chunks, each parsed on the pool, queued in file order, then END. */
  private void readChunks(
      BoundedLineReader reader,
      ExecutorService pool,
      BlockingQueue<CompletableFuture<Chunk>> inFlight) {
    long lineNumber = 0;
    try {
      while (true) {
        List<String> lines = new ArrayList<>(CHUNK_LINES);
        long first = lineNumber + 1;
        String line;
        while (lines.size() < CHUNK_LINES && (line = reader.readLine()) != null) {
          lines.add(line);
          lineNumber++;
        }
        if (lines.isEmpty()) {
          break;
        }
        long endByte = reader.linesBytes();
        inFlight.put(
            CompletableFuture.supplyAsync(
                () -> new Chunk(parseChunk(first, lines), endByte), pool));
      }
      inFlight.put(END);
    } catch (IOException e) {
      inFlight.offer(CompletableFuture.failedFuture(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @SuppressWarnings("ReferenceEquality") // TOO_LONG is a sentinel instance, compared by identity
  private List<ParsedPerson> parseChunk(long firstLine, List<String> lines) {
    List<ParsedPerson> parsed = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line == BoundedLineReader.TOO_LONG) {
        parsed.add(new ParsedPerson(firstLine + i, null, List.of("line is longer than 1 MiB"), ""));
      } else if (!line.isBlank()) {
        parsed.add(parser.parse(firstLine + i, line));
      }
    }
    return parsed;
  }

  private void write(
      List<ParsedPerson> chunk, RejectsWriter rejects, Counters counters, BulkLoad bulk) {
    List<PersonWrite> batch = new ArrayList<>(chunk.size());
    for (ParsedPerson p : chunk) {
      counters.lines++;
      if (p.lineRejected()) {
        counters.rejectedLines++;
      } else {
        batch.add(p.write());
        counters.rejectedItems += p.rejects().size();
      }
    }
    if (hasRepeatedPerson(batch)) {
      batch = laterLineWins(batch);
    }
    if (!batch.isEmpty()) {
      if (bulk != null) {
        bulk.add(batch);
      } else {
        store.upsert(batch);
      }
      counters.persons += batch.size();
    }
    for (ParsedPerson p : chunk) {
      for (String reason : p.rejects()) {
        rejects.write(p.lineNumber(), reason, p.raw());
      }
    }
  }

  private static boolean hasRepeatedPerson(List<PersonWrite> batch) {
    long[] ids = new long[batch.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = batch.get(i).person().personId();
    }
    Arrays.sort(ids);
    for (int i = 1; i < ids.length; i++) {
      if (ids[i] == ids[i - 1]) {
        return true;
      }
    }
    return false;
  }

  /** A person twice in one chunk: the later line wins, as it would across chunks. */
  private static List<PersonWrite> laterLineWins(List<PersonWrite> batch) {
    Map<Long, PersonWrite> byPerson = new LinkedHashMap<>();
    for (PersonWrite write : batch) {
      byPerson.remove(write.person().personId());
      byPerson.put(write.person().personId(), write);
    }
    return new ArrayList<>(byPerson.values());
  }

  private static RuntimeException failure(Throwable cause) {
    if (cause instanceof IdgraphException e) {
      return e;
    }
    if (cause instanceof IOException e) {
      return new IdgraphException(ErrorCode.IO, "cannot read the input: " + e.getMessage(), e);
    }
    return new IllegalStateException("load failed", cause);
  }

  private static final class Counters {
    long lines;
    long persons;
    long rejectedLines;
    long rejectedItems;

    LoadSummary summary(Duration elapsed, Path rejectsFile) {
      return new LoadSummary(lines, persons, rejectedLines, rejectedItems, elapsed, rejectsFile);
    }
  }
}
