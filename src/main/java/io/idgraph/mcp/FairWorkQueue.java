package io.idgraph.mcp;

import io.idgraph.graph.DaemonThreads;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP work of all clients, done by a fixed number of workers. Waiting requests queue per client
 * address and the workers take from the clients in turn, so one busy client cannot keep the others
 * waiting behind its backlog. A full queue, a client with a quarter of the queue already, or a wait
 * longer than the limit gets the job's rejection (503 with Retry-After).
 */
final class FairWorkQueue implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FairWorkQueue.class);

  /** A piece of work and how to turn it down. */
  interface Job {
    void run();

    void reject(String message);
  }

  private record Entry(Job job, long queuedAt) {}

  private final int workers;
  private final int maxQueued;
  private final int maxQueuedPerClient;
  private final long maxWaitNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition ready = lock.newCondition();
  private final Map<String, ArrayDeque<Entry>> waiting = new LinkedHashMap<>();
  private final Counter rejectedFull;
  private final Counter rejectedWait;
  private int queued;
  private int busy;
  private boolean closed;

  FairWorkQueue(int workers, int maxQueued, Duration maxWait, MeterRegistry registry) {
    this.workers = workers;
    this.maxQueued = maxQueued;
    this.maxQueuedPerClient = Math.max(1, maxQueued / 4);
    this.maxWaitNanos = maxWait.toNanos();
    Gauge.builder("idgraph.http.requests.queued", this, q -> q.count(false))
        .description("MCP requests waiting for a worker")
        .register(registry);
    Gauge.builder("idgraph.http.requests.active", this, q -> q.count(true))
        .description("MCP requests being worked on")
        .register(registry);
    this.rejectedFull = rejected(registry, "queue_full");
    this.rejectedWait = rejected(registry, "waited_too_long");
    for (int i = 0; i < workers; i++) {
      DaemonThreads.named("idgraph-work-" + i).newThread(this::work).start();
    }
  }

  private static Counter rejected(MeterRegistry registry, String reason) {
    return Counter.builder("idgraph.http.requests.rejected")
        .description("MCP requests turned away because the server was busy")
        .tag("reason", reason)
        .register(registry);
  }

  private double count(boolean active) {
    lock.lock();
    try {
      return active ? busy : queued;
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code job} on a worker when its turn comes, or rejects it now if there is no room. */
  void submit(String client, Job job) {
    String refusal = null;
    lock.lock();
    try {
      ArrayDeque<Entry> mine = waiting.get(client);
      int idle = workers - busy - queued;
      if (closed) {
        refusal = "the server is stopping";
      } else if (idle <= 0 && queued >= maxQueued) {
        refusal = "the server is busy: " + queued + " requests are waiting";
      } else if (idle <= 0 && mine != null && mine.size() >= maxQueuedPerClient) {
        refusal = "this client already has " + mine.size() + " requests waiting";
      } else {
        waiting
            .computeIfAbsent(client, c -> new ArrayDeque<>())
            .add(new Entry(job, System.nanoTime()));
        queued++;
        ready.signal();
      }
    } finally {
      lock.unlock();
    }
    if (refusal != null) {
      rejectedFull.increment();
      job.reject(refusal + "; retry in a few seconds");
    }
  }

  private void work() {
    while (true) {
      Entry next;
      lock.lock();
      try {
        while (queued == 0 && !closed) {
          ready.awaitUninterruptibly();
        }
        if (closed) {
          return;
        }
        next = takeInTurn();
        busy++;
      } finally {
        lock.unlock();
      }
      try {
        if (System.nanoTime() - next.queuedAt() > maxWaitNanos) {
          rejectedWait.increment();
          next.job()
              .reject(
                  "the server is busy: this request waited "
                      + TimeUnit.NANOSECONDS.toSeconds(maxWaitNanos)
                      + " seconds for a worker; retry in a few seconds");
        } else {
          next.job().run();
        }
      } catch (RuntimeException | Error e) {
        LOG.error("a queued MCP request failed with {}", e.getClass().getName());
      } finally {
        lock.lock();
        try {
          busy--;
        } finally {
          lock.unlock();
        }
      }
    }
  }

  /** The oldest request of the client whose turn it is; that client goes to the back. */
  private Entry takeInTurn() {
    Iterator<Map.Entry<String, ArrayDeque<Entry>>> clients = waiting.entrySet().iterator();
    Map.Entry<String, ArrayDeque<Entry>> first = clients.next();
    clients.remove();
    Entry entry = first.getValue().poll();
    if (!first.getValue().isEmpty()) {
      waiting.put(first.getKey(), first.getValue());
    }
    queued--;
    return entry;
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      ready.signalAll();
    } finally {
      lock.unlock();
    }
  }
}
