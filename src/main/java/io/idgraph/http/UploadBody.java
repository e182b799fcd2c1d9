package io.idgraph.http;

import io.idgraph.mcp.MinDataRate;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload's body that fails with {@link TooSlowException} when, after a grace period, it averages
 * fewer bytes per second than the minimum: a client that trickles a body cannot hold an upload slot
 * for ever, while a slow but steady upload of a large file goes through.
 */
final class UploadBody extends FilterInputStream {

  /** The body arrived too slowly. */
  static final class TooSlowException extends IOException {
    private static final long serialVersionUID = 1L;

    TooSlowException(String message) {
      super(message);
    }
  }

  private final MinDataRate rate;
  private long received;

  UploadBody(InputStream in, long minRate) {
    super(in);
    this.rate = new MinDataRate(minRate);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    check(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    check(Math.max(0, n));
    return n;
  }

  private void check(int n) throws TooSlowException {
    received += n;
    if (rate.tooSlow(received)) {
      throw new TooSlowException(
          "the upload arrived slower than "
              + rate.bytesPerSecond()
              + " bytes per second; send it again over a faster link, or ask the operator to"
              + " lower --min-data-rate");
    }
  }
}
