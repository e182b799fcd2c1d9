package io.idgraph.store;

import java.nio.file.Path;

/** Opens the configured store engine (the embedded RocksDB engine by default). (stub) */
public final class IdentityStores {
  private IdentityStores() {}

  /** Opens (creating if needed) a store for reading and writing; one writer process at a time. */
  public static IdentityStore openWritable(Path dir) {
    throw new UnsupportedOperationException("not yet");
  }

  /**
   * Opens a store for reading, even while another process holds it for writing; an absent store
   * reads as empty.
   */
  public static IdentityStore openReader(Path dir) {
    throw new UnsupportedOperationException("not yet");
  }
}
