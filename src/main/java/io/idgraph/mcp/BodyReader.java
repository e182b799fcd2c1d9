package io.idgraph.mcp;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a request body without holding a thread while the client is slow: bytes are taken as they
 * arrive. A body over the size limit is read on (up to a drain limit) and dropped, then answered
 * 413; a body that averages less than the minimum data rate after a grace period is answered 408;
 * bytes held for all bodies being read or queued together stay within a {@link Budget}, past which
 * new data is answered 503.
 */
final class BodyReader implements ReadListener {
  /** The grace before the minimum data rate applies: a connection may start slowly. */

  /** What becomes of a body. */
  interface Outcome {
    /** The whole body; call {@code release} once it is no longer held. */
    void body(byte[] body, Runnable release);

    void refuse(int status, String message);

    void tooLarge();
  }

  /** The bytes all bodies in memory may hold together. */
  static final class Budget {
    private final long max;
    private final AtomicLong held = new AtomicLong();

    Budget(long max) {
      this.max = max;
    }

    /** Default: a quarter of the heap. */
    static Budget ofHeap() {
      return new Budget(Runtime.getRuntime().maxMemory() / 4);
    }

    boolean take(long bytes) {
      if (held.addAndGet(bytes) > max) {
        held.addAndGet(-bytes);
        return false;
      }
      return true;
    }

    void give(long bytes) {
      held.addAndGet(-bytes);
    }
  }

  private final AsyncContext async;
  private final ServletInputStream in;
  private final long maxBytes;
  private final long drainBytes;
  private final MinDataRate rate;
  private final Budget budget;
  private final Outcome outcome;
  private final byte[] buffer = new byte[16384];
  private ByteArrayOutputStream body;
  private long received;
  private long taken;
  private boolean tooLarge;
  private boolean done;

  BodyReader(
      AsyncContext async,
      long declared,
      long maxBytes,
      long drainBytes,
      long minRate,
      Budget budget,
      Outcome outcome)
      throws IOException {
    this.async = async;
    this.in = async.getRequest().getInputStream();
    this.maxBytes = maxBytes;
    this.drainBytes = drainBytes;
    this.rate = new MinDataRate(minRate);
    this.budget = budget;
    this.outcome = outcome;
    this.tooLarge = declared > maxBytes;
    this.body = tooLarge ? null : new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
  }

  @Override
  public void onDataAvailable() throws IOException {
    int n;
    while (!done && in.isReady() && (n = in.read(buffer)) >= 0) {
      received += n;
      if (!tooLarge && received > maxBytes) {
        tooLarge = true;
        body = null;
        release();
      }
      if (tooLarge) {
        if (received > maxBytes + drainBytes) {
          end();
          outcome.tooLarge();
        }
        continue;
      }
      if (!budget.take(n)) {
        end();
        outcome.refuse(
            503, "the server is receiving too many requests at once; retry in a few seconds");
        return;
      }
      taken += n;
      body.write(buffer, 0, n);
      if (rate.tooSlow(received)) {
        end();
        outcome.refuse(
            408,
            "the request body arrived slower than "
                + rate.bytesPerSecond()
                + " bytes per second; send it at once");
        return;
      }
    }
  }

  @Override
  public void onAllDataRead() {
    if (done) {
      return;
    }
    done = true;
    if (tooLarge) {
      outcome.tooLarge();
      return;
    }
    byte[] bytes = body.toByteArray();
    body = null;
    outcome.body(bytes, this::release);
  }

  @Override
  public void onError(Throwable failure) {
    // an idle timeout or a broken connection: nobody is left to answer
    end();
    try {
      async.complete();
    } catch (IllegalStateException e) {
      // already completed
    }
  }

  private void end() {
    done = true;
    body = null;
    release();
  }

  private synchronized void release() {
    budget.give(taken);
    taken = 0;
  }
}
