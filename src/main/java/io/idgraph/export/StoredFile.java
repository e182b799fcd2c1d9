package io.idgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * A file of a workflow: which, how big, when it will be deleted, and how to read it (streamed, from
 * the data dir or the cluster).
 */
public record StoredFile(ResourceUri uri, long sizeBytes, Instant expiresAt, Contents contents) {
  /** Opens the file's bytes. */
  @FunctionalInterface
  public interface Contents {
    InputStream open() throws IOException;
  }

  /** The file's bytes, read as they are consumed; close the stream. */
  public InputStream open() throws IOException {
    return contents.open();
  }
}
