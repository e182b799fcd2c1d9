package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * Many single-partition statements at once, at most {@code maxInFlight} outstanding: the way every
 * batched read and every bulk write reaches the cluster (never one large {@code IN}, never an
 * unbounded burst). Each statement's rows are read whole, page after page.
 */
final class Concurrent {
  private final CqlSession session;
  private final Semaphore permits;

  Concurrent(CqlSession session, int maxInFlight) {
    this.session = session;
    this.permits = new Semaphore(maxInFlight);
  }

  /** Runs statement {@code i} for each i in [0, n) and returns each one's rows, in order. */
  List<List<Row>> rows(int n, IntFunction<Statement<?>> statement) {
    List<CompletableFuture<List<Row>>> futures = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      futures.add(submit(statement.apply(i)));
    }
    List<List<Row>> out = new ArrayList<>(n);
    for (CompletableFuture<List<Row>> f : futures) {
      out.add(await(f));
    }
    return out;
  }

  /** Runs every statement and returns when all are acknowledged; the first failure is thrown. */
  void writeAll(List<? extends Statement<?>> statements) {
    List<CompletableFuture<List<Row>>> futures = new ArrayList<>(statements.size());
    for (Statement<?> s : statements) {
      futures.add(submit(s));
    }
    for (CompletableFuture<List<Row>> f : futures) {
      await(f);
    }
  }

  private CompletableFuture<List<Row>> submit(Statement<?> statement) {
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdgraphException(ErrorCode.STORE_UNAVAILABLE, "interrupted during a store call");
    }
    CompletableFuture<List<Row>> rows = new CompletableFuture<>();
    List<Row> collected = new ArrayList<>();
    session
        .executeAsync(statement)
        .whenComplete((page, error) -> onPage(page, error, collected, rows));
    return rows.whenComplete((r, e) -> permits.release());
  }

  private static void onPage(
      AsyncResultSet page, Throwable error, List<Row> collected, CompletableFuture<List<Row>> out) {
    if (error != null) {
      out.completeExceptionally(error);
      return;
    }
    for (Row row : page.currentPage()) {
      collected.add(row);
    }
    if (page.hasMorePages()) {
      CompletionStage<AsyncResultSet> next = page.fetchNextPage();
      next.whenComplete((p, e) -> onPage(p, e, collected, out));
    } else {
      out.complete(collected);
    }
  }

  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IdgraphException(ErrorCode.STORE_UNAVAILABLE, "interrupted during a store call");
    } catch (ExecutionException e) {
      throw failure(e.getCause());
    }
  }

  /** A driver failure as the one expected-failure type, with the driver's reason. */
  static IdgraphException failure(Throwable cause) {
    Throwable c =
        cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
    if (c instanceof IdgraphException known) {
      return known;
    }
    String reason = c instanceof DriverException ? c.getMessage() : c.toString();
    return new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE, "a Cassandra store call failed: " + reason, c);
  }
}
