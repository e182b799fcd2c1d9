package io.idgraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines from a stream, counting bytes for progress, skipping a leading BOM and
 * accepting LF or CRLF. A line longer than the bound is returned as {@link #TOO_LONG} (its bytes
 * are skipped, not held).
 */
public final class BoundedLineReader {
  public static final String TOO_LONG = "\u0000too long";
  private final InputStream in;
  private final int maxBytes;
  private byte[] buf = new byte[8192];
  private final byte[] chunk = new byte[1 << 16];
  private int chunkPos;
  private int chunkLen;
  private long bytesRead;
  private boolean first = true;

  public BoundedLineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** Bytes of the lines returned so far, terminators included. */
  public long linesBytes() {
    return bytesRead - (chunkLen - chunkPos);
  }

  /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
  public String readLine() throws IOException {
    int len = 0;
    boolean overflow = false;
    boolean any = false;
    while (true) {
      if (chunkPos == chunkLen) {
        chunkLen = in.read(chunk);
        chunkPos = 0;
        if (chunkLen <= 0) {
          chunkLen = 0;
          return any ? finish(len, overflow) : null;
        }
        bytesRead += chunkLen;
      }
      any = true;
      int from = chunkPos;
      int newline = from;
      while (newline < chunkLen && chunk[newline] != '\n') {
        newline++;
      }
      chunkPos = newline < chunkLen ? newline + 1 : newline;
      int span = newline - from;
      if (!overflow && len + span > maxBytes) {
        overflow = true;
      }
      if (!overflow) {
        if (len + span > buf.length) {
          buf = Arrays.copyOf(buf, Math.min(maxBytes, Math.max(len + span, buf.length * 2)));
        }
        System.arraycopy(chunk, from, buf, len, span);
        len += span;
      }
      if (newline < chunkLen) {
        return finish(len, overflow);
      }
    }
  }

  private String finish(int len, boolean overflow) {
    if (overflow) {
      first = false;
      return TOO_LONG;
    }
    int start = 0;
    if (first
        && len >= 3
        && (buf[0] & 0xFF) == 0xEF
        && (buf[1] & 0xFF) == 0xBB
        && (buf[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    first = false;
    if (len > start && buf[len - 1] == '\r') {
      len--;
    }
    return new String(buf, start, len - start, StandardCharsets.UTF_8);
  }
}
