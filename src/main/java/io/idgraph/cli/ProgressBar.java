package io.idgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place on a terminal (at most 4 times a second), one line per
 * 10% otherwise, so CI logs stay short. Without a total (a pipe has no size) it counts instead: the
 * detail and the time, redrawn the same way on a terminal, a line every 30 s otherwise.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 250_000_000L;
  private static final long COUNT_LINE_NANOS = 30_000_000_000L;
  private final String label;
  private final long total;
  private final boolean counting;
  private final PrintStream err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private long lastDraw = start;
  private int lastDecile = -1;

  public ProgressBar(String label, long total) {
    this(label, total, System.err, System.console() != null);
  }

  ProgressBar(String label, long total, PrintStream err, boolean terminal) {
    this.label = label;
    this.counting = total <= 0;
    this.total = Math.max(total, 1);
    this.err = err;
    this.terminal = terminal;
  }

  /** Shows {@code done} of the total, with a detail such as "120,000 persons". */
  public void update(long done, String detail) {
    long now = System.nanoTime();
    double fraction = Math.min(1.0, (double) done / total);
    if (terminal || counting) {
      if (now - lastDraw >= (terminal ? REDRAW_NANOS : COUNT_LINE_NANOS)) {
        lastDraw = now;
        err.print((terminal ? "\r" : "") + line(fraction, detail, now) + (terminal ? "" : "\n"));
        err.flush();
      }
    } else {
      int decile = (int) (fraction * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        err.println(line(fraction, detail, now));
      }
    }
  }

  /** A detail that counts things, grouped by thousands: {@code count(120000, "persons")}. */
  public static String count(long n, String things) {
    return String.format(Locale.ROOT, "%,d %s", n, things);
  }

  /** Draws the final state and ends the line. */
  public void finish(String detail) {
    long now = System.nanoTime();
    if (terminal) {
      err.println("\r" + line(1.0, detail, now));
    } else if (counting || lastDecile < 10) {
      err.println(line(1.0, detail, now));
    }
    err.flush();
  }

  /** The size of a file as a bar's total: 0 (count instead) for a pipe, a device or no file. */
  public static long totalBytesOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  private String line(double fraction, String detail, long now) {
    if (counting) {
      return String.format(Locale.ROOT, "%s %s %.1fs  ", label, detail, (now - start) / 1e9);
    }
    int filled = (int) Math.round(fraction * WIDTH);
    String bar =
        "=".repeat(filled)
            + (filled < WIDTH ? ">" : "")
            + " ".repeat(Math.max(0, WIDTH - filled - 1));
    double seconds = (now - start) / 1e9;
    String eta =
        fraction > 0.01 && fraction < 1
            ? String.format(Locale.ROOT, " ETA %ds", Math.round(seconds / fraction - seconds))
            : "";
    return String.format(
        Locale.ROOT,
        "%s [%s] %3d%% %s %.1fs%s  ",
        label,
        bar,
        Math.round(fraction * 100),
        detail,
        seconds,
        eta);
  }
}
