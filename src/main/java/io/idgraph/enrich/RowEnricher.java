package io.idgraph.enrich;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.csv.CsvWriter;
import io.idgraph.graph.DaemonThreads;
import io.idgraph.graph.IdgraphException;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.profile.ProfileService;
import io.idgraph.resolve.Resolver;
import io.idgraph.store.IdentityStore;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Row-preserving enrichment of a CSV of any size: every input row is written, in order, with its
 * one best person and that person's attributes appended. Rows are read, resolved and written a
 * block at a time, so memory does not grow with the input.
 *
 * <p>Use: {@link #plan} (reads the header, binds the identifier columns, fails early), then {@link
 * #run}.
 */
public final class RowEnricher {
  /** Rows read ahead to guess columns and hashes from their values. */
  static final int SAMPLE_ROWS = 200;

  private final IdentityStore store;
  private final IdentifierNormalizer normalizer;

  public RowEnricher(IdentityStore store, IdentifierNormalizer normalizer) {
    this.store = store;
    this.normalizer = normalizer;
  }

  /**
   * Reads the header and a sample of rows and binds the identifier columns. Throws an {@link
   * IdgraphException} (invalid argument) for an empty file, a missing named column, or when no
   * identifier column can be guessed.
   */
  public EnrichPlan plan(CsvReader reader, EnrichOptions options) {
    CsvRecord first = reader.next();
    if (first == null) {
      throw IdgraphException.invalid(
          "the csv file is empty; its first line must be a header naming the columns");
    }
    List<String> header = first.fields();
    List<CsvRecord> sample = new ArrayList<>();
    for (CsvRecord r = sample.size() < SAMPLE_ROWS ? reader.next() : null;
        r != null;
        r = sample.size() < SAMPLE_ROWS ? reader.next() : null) {
      sample.add(r);
    }
    List<ColumnBinding> bindings;
    try {
      bindings = ColumnGuesser.bind(header, options.lookups(), sample);
    } catch (IdgraphException e) {
      if (HeaderCheck.looksLikeData(header)) {
        throw IdgraphException.invalid(
            "the first line of the csv looks like data, not a header (it holds a value such as an"
                + " email or phone number); add a header line naming the columns");
      }
      throw e;
    }
    OutputColumns columns = OutputColumns.of(header, options.domains());
    return new EnrichPlan(reader, header, sample, bindings, columns, options);
  }

  /**
   * Enriches every row of the plan's input into {@code out}; closes neither. Blocks are resolved on
   * {@code threads} threads and written in input order; at most {@code threads + 1} blocks are held
   * at once.
   */
  public EnrichSummary run(EnrichPlan plan, CsvWriter out, EnrichProgress progress, int threads) {
    long start = System.nanoTime();
    out.record(plan.columns().header());
    Resolver resolver = new Resolver(store, normalizer);
    ProfileService profiles = new ProfileService(store);
    Totals totals = new Totals();
    ExecutorService pool =
        Executors.newFixedThreadPool(Math.max(1, threads), DaemonThreads.named("idgraph-enrich"));
    Deque<Future<BlockEnricher>> inFlight = new ArrayDeque<>();
    try {
      BlockSource source = new BlockSource(plan);
      for (List<CsvRecord> block = source.next(); block != null; block = source.next()) {
        List<CsvRecord> rows = block;
        inFlight.add(pool.submit(() -> enrichBlock(resolver, profiles, plan, rows)));
        if (inFlight.size() > threads) {
          totals.add(await(inFlight.removeFirst()), out);
          progress.update(plan.reader().bytesRead(), totals.rows);
        }
      }
      while (!inFlight.isEmpty()) {
        totals.add(await(inFlight.removeFirst()), out);
        progress.update(plan.reader().bytesRead(), totals.rows);
      }
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
    out.flush();
    return new EnrichSummary(
        totals.rows,
        totals.written,
        totals.matched,
        totals.invalidValues,
        totals.raggedRows,
        plan.reader().blankLines(),
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** As {@link #run(EnrichPlan, CsvWriter, EnrichProgress, int)} on one thread per core. */
  public EnrichSummary run(EnrichPlan plan, CsvWriter out, EnrichProgress progress) {
    return run(plan, out, progress, Runtime.getRuntime().availableProcessors());
  }

  private static BlockEnricher enrichBlock(
      Resolver resolver, ProfileService profiles, EnrichPlan plan, List<CsvRecord> rows) {
    BlockEnricher block = new BlockEnricher(resolver, profiles, plan);
    block.enrich(rows);
    return block;
  }

  private static BlockEnricher await(Future<BlockEnricher> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("enrichment interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("enrichment failed", e.getCause());
    }
  }

  /** Blocks of rows: the sample read by plan first, then the rest of the input. */
  private static final class BlockSource {
    private final EnrichPlan plan;
    private int fromSample;

    BlockSource(EnrichPlan plan) {
      this.plan = plan;
    }

    List<CsvRecord> next() {
      int size = plan.options().blockSize();
      List<CsvRecord> block = new ArrayList<>(size);
      while (block.size() < size && fromSample < plan.sample().size()) {
        block.add(plan.sample().get(fromSample++));
      }
      CsvRecord r;
      while (block.size() < size && (r = plan.reader().next()) != null) {
        block.add(r);
      }
      return block.isEmpty() ? null : block;
    }
  }

  private static final class Totals {
    long rows;
    long written;
    long matched;
    long invalidValues;
    long raggedRows;

    void add(BlockEnricher block, CsvWriter out) {
      out.raw(block.text());
      rows += block.rows;
      written += block.written;
      matched += block.matched;
      invalidValues += block.invalidValues;
      raggedRows += block.raggedRows;
    }
  }
}
