package io.idgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The steps of a large request that read and compute but share nothing (normalizing, index lookups,
 * reading persons, rendering an export's CSV rows) run in chunks on every core: a
 * 100,000-identifier export is one call, and one thread alone would leave the other cores idle
 * while its caller waits. A request smaller than {@link #MIN_PARALLEL} items stays on the calling
 * thread (splitting costs more than it saves), and so does every step when {@code
 * -Didgraph.resolve.parallel=false} is set.
 */
public final class Chunked {
  /** Items a chunk holds: large enough that each chunk is worth a task. */
  public static final int CHUNK = 4096;

  /**
   * Items a step of a very large request handles at a time (a few chunks a core), so that it holds
   * one wave's intermediate results, not all of them.
   */
  public static final int WAVE = 4 * CHUNK * Runtime.getRuntime().availableProcessors();

  /** Requests with fewer items than this run on the calling thread. */
  static final int MIN_PARALLEL = 2 * CHUNK;

  private static final boolean ENABLED =
      Runtime.getRuntime().availableProcessors() > 1
          && !"false".equals(System.getProperty("idgraph.resolve.parallel"));

  private Chunked() {}

  /**
   * Applies {@code perChunk} to the chunk indexes {@code 0 .. chunks(items) - 1} and returns the
   * results in chunk order, in parallel when the request is large.
   */
  public static <R> List<R> map(int items, IntFunction<R> perChunk) {
    int chunks = chunks(items);
    if (!ENABLED || items < MIN_PARALLEL) {
      List<R> out = new ArrayList<>(chunks);
      for (int c = 0; c < chunks; c++) {
        out.add(perChunk.apply(c));
      }
      return out;
    }
    return IntStream.range(0, chunks).parallel().mapToObj(perChunk).toList();
  }

  static int chunks(int items) {
    return (items + CHUNK - 1) / CHUNK;
  }

  public static int from(int chunk) {
    return chunk * CHUNK;
  }

  public static int to(int chunk, int items) {
    return Math.min(items, (chunk + 1) * CHUNK);
  }
}
