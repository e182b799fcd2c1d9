package io.idgraph.privacy;

import io.idgraph.files.DataDir;
import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.IdentityStore;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * Everything privacy requests leave behind, for one data dir: the suppression key and list, the
 * hidden persons, the request log and the withdrawn files, all under {@code <data>/privacy/}. The
 * suppression key ({@code privacy/hmac.key}, 32 random bytes, owner-only) is made on first use;
 * losing it makes the suppression list unreadable, so it is backed up with the data dir.
 */
public final class PrivacyState {
  private static final int KEY_BYTES = 32;

  private final IdentifierHmac hmac;
  private final SuppressionList suppression;
  private final HiddenPersons hidden;
  private final PrivacyRequestLog requests;
  private final WithdrawnFiles withdrawn;

  public PrivacyState(
      IdentifierHmac hmac,
      SuppressionList suppression,
      HiddenPersons hidden,
      PrivacyRequestLog requests,
      WithdrawnFiles withdrawn) {
    this.hmac = hmac;
    this.suppression = suppression;
    this.hidden = hidden;
    this.requests = requests;
    this.withdrawn = withdrawn;
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

  public IdentifierHmac hmac() {
    return hmac;
  }

  public SuppressionList suppression() {
    return suppression;
  }

  public HiddenPersons hidden() {
    return hidden;
  }

  public PrivacyRequestLog requests() {
    return requests;
  }

  public WithdrawnFiles withdrawn() {
    return withdrawn;
  }

  /** The suppression check a load or build applies. */
  public Suppression suppressionCheck() {
    return new Suppression(hmac, suppression);
  }

  private static byte[] key(Path file) {
    try {
      try {
        return readKey(file);
      } catch (NoSuchFileException e) {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
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
