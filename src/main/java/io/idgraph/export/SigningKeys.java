package io.idgraph.export;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.Json;
import io.idgraph.store.StateDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The key ring that signs download and upload links, in one file of the data dir (mode 0600) or in
 * a shared document of the cluster, created on first use. {@link #rotate()} replaces every key with
 * a new one, which revokes every link signed before. Every server on the same data dir or cluster
 * sees a rotation on its next request (the ring is re-read when it changes).
 */
public final class SigningKeys {
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** One signing key: its id (in every link) and its secret. */
  public record Key(String id, byte[] secret) {}

  private record Ring(String current, Map<String, String> keys) {}

  private final Path file;
  private final StateDocument shared;
  private Ring ring;
  private Object loadedAt;

  public SigningKeys(Path file) {
    this.file = file;
    this.shared = null;
  }

  /** The ring kept in a shared document (a cluster store's {@code signing_keys}). */
  public SigningKeys(StateDocument shared) {
    this.file = null;
    this.shared = shared;
  }

  /** The key new links are signed with; created on first use. */
  public synchronized Key current() {
    Ring r = load();
    if (r == null) {
      createIfAbsent();
      r = load();
    }
    return new Key(r.current(), decode(r.keys().get(r.current())));
  }

  /** The key with this id, if the ring still holds it. */
  public synchronized Optional<Key> find(String id) {
    Ring r = load();
    if (r == null || id == null || !r.keys().containsKey(id)) {
      return Optional.empty();
    }
    return Optional.of(new Key(id, decode(r.keys().get(id))));
  }

  /** Replaces the ring with one new key; returns its id. Every earlier link stops working. */
  public synchronized String rotate() {
    Ring fresh = newRing();
    write(fresh, true);
    ring = null;
    return fresh.current();
  }

  private void createIfAbsent() {
    write(newRing(), false);
  }

  private static Ring newRing() {
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    byte[] secret = new byte[KEY_BYTES];
    RANDOM.nextBytes(secret);
    Map<String, String> keys = new LinkedHashMap<>();
    String kid = java.util.HexFormat.of().formatHex(id);
    keys.put(kid, Base64.getEncoder().encodeToString(secret));
    return new Ring(kid, keys);
  }

  private Ring load() {
    try {
      Object version = shared != null ? shared.version() : PrivateFiles.version(file);
      if (version == null || version == PrivateFiles.ABSENT) {
        return null;
      }
      if (ring == null || !version.equals(loadedAt)) {
        byte[] json = shared != null ? shared.read() : Files.readAllBytes(file);
        if (json == null) {
          return null;
        }
        ring = Json.MAPPER.readValue(json, Ring.class);
        loadedAt = version;
      }
      return ring;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the signing keys at " + file, e);
    }
  }

  private void write(Ring value, boolean replace) {
    byte[] json = Json.MAPPER.writeValueAsBytes(value);
    if (shared != null) {
      // a ring another server created first is kept, as with the file
      shared.update(old -> replace || old == null ? json : old);
      return;
    }
    try {
      if (replace) {
        PrivateFiles.replace(file, json);
      } else {
        Path temp = PrivateFiles.writeTemp(file, json);
        try {
          Files.createLink(file, temp);
        } catch (FileAlreadyExistsException e) {
          // another process created the ring first: use theirs
        } finally {
          Files.deleteIfExists(temp);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the signing keys at " + file, e);
    }
  }

  private static byte[] decode(String base64) {
    return Base64.getDecoder().decode(base64);
  }
}
