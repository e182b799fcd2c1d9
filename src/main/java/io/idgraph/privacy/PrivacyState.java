package io.idgraph.privacy;

import io.idgraph.files.DataDir;
import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.SharedState;
import io.idgraph.store.StoreUri;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Everything privacy requests leave behind: the suppression key and list, the hidden persons, the
 * request log and the withdrawn files. With the embedded store they live under {@code
 * <data>/privacy/}; with a cluster store, in the cluster, so every server and command on it shares
 * them ({@link #open}). The suppression key (32 random bytes; {@code privacy/hmac.key}, owner-only,
 * or the cluster's {@code suppression_key}) is made on first use; losing it makes the suppression
 * list unreadable, so it is backed up with the data dir (or the keyspace).
 */
public record PrivacyState(
    IdentifierHmac hmac,
    SuppressionList suppression,
    HiddenPersons hidden,
    PrivacyRequestLog requests,
    WithdrawnFiles withdrawn,
    Runnable onClose)
    implements AutoCloseable {
  private static final int KEY_BYTES = 32;

  /** A state that holds no connection: closing it does nothing. */
  public PrivacyState(
      IdentifierHmac hmac,
      SuppressionList suppression,
      HiddenPersons hidden,
      PrivacyRequestLog requests,
      WithdrawnFiles withdrawn) {
    this(hmac, suppression, hidden, requests, withdrawn, () -> {});
  }

  /**
   * The privacy state every command and server uses: in the cluster when {@code where} is one (the
   * same for every data dir on it), else in the data dir.
   */
  public static PrivacyState open(DataDir dataDir, StoreUri where) {
    if (!where.isCluster()) {
      return at(dataDir);
    }
    SharedState shared = IdentityStores.openSharedState(where);
    try {
      byte[] key = shared.valueOrCreate("suppression_key", PrivacyState::newKey);
      if (key.length != KEY_BYTES) {
        throw new IdgraphException(
            ErrorCode.STORE_UNAVAILABLE,
            "the cluster's suppression key is damaged (not 32 bytes); restore the keyspace's"
                + " state_rows table from a backup");
      }
      return new PrivacyState(
          new IdentifierHmac(key),
          new SharedSuppressionList(shared),
          new SharedHiddenPersons(shared.set(SharedHiddenPersons.SET), System::nanoTime),
          new SharedRequestLog(shared.timeLog(SharedRequestLog.LOG), Clock.systemUTC()),
          new SharedWithdrawnFiles(shared.set(SharedWithdrawnFiles.SET)),
          shared::close);
    } catch (RuntimeException e) {
      shared.close();
      throw e;
    }
  }

  /** The data-dir implementation. */
  public static PrivacyState at(DataDir dataDir) {
    Path dir = dataDir.root().resolve("privacy");
    return new PrivacyState(
        new IdentifierHmac(key(dir.resolve("hmac.key"))),
        new DataDirSuppressionList(dir),
        new DataDirHiddenPersons(dir),
        new DataDirRequestLog(dir),
        new DataDirWithdrawnFiles(dir));
  }

  /** {@code store} seen through this state's hidden persons. */
  public IdentityStore filter(IdentityStore store) {
    return new PrivacyFilteredStore(store, hidden);
  }

  /** {@code store} seen through this state's hidden persons; closing it closes this state too. */
  public IdentityStore filterAndOwn(IdentityStore store) {
    return new PrivacyFilteredStore(store, hidden, this::close);
  }

  /** The suppression check a load or build applies. */
  public Suppression suppressionCheck() {
    return new Suppression(hmac, suppression);
  }

  /** Releases the cluster connection, if any. */
  @Override
  public void close() {
    onClose.run();
  }

  private static byte[] newKey() {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private static byte[] key(Path file) {
    try {
      try {
        return readKey(file);
      } catch (NoSuchFileException e) {
        byte[] key = newKey();
        Path temp = PrivateFiles.writeTemp(file, key);
        try {
          Files.move(temp, file); // never replaces: a key another process made first wins
        } catch (FileAlreadyExistsException raced) {
          // fall through to read the winner's key
        } finally {
          Files.deleteIfExists(temp);
        }
        return readKey(file);
      }
    } catch (IOException e) {
      throw DiskTrouble.failure("read or create the suppression key " + file, e);
    }
  }

  private static byte[] readKey(Path file) throws IOException {
    byte[] key = Files.readAllBytes(file);
    if (key.length != KEY_BYTES) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "the suppression key " + file + " is damaged (not 32 bytes); restore it from a backup");
    }
    return key;
  }
}
