package io.idgraph.auth;

import io.idgraph.files.DataDir;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StateDocument;
import io.idgraph.store.StoreUri;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * API keys in a JSON file ({@code keys.json}), stored as sha256 hashes. Writers take a file lock
 * and replace the file atomically; {@link #verify} re-reads it whenever it changed, so keys created
 * or revoked by another process take effect without a restart.
 */
public final class ApiKeyStore implements AutoCloseable {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String TOKEN_PREFIX = "idg_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final StateDocument shared;
  private final Clock clock;
  private volatile Snapshot snapshot = new Snapshot(null, List.of(), List.of());

  public ApiKeyStore(Path file, Clock clock) {
    this.file = file;
    this.shared = null;
    this.clock = clock;
  }

  /**
   * Keys kept in a shared document instead of a file (a cluster store's {@code api_keys}): every
   * server on the cluster sees a created or revoked key at its next request.
   */
  /** The API keys: in the data dir's keys.json, or in the cluster when the store is one. */
  public static ApiKeyStore open(DataDir dir, StoreUri where) {
    return where.isCluster()
        ? new ApiKeyStore(IdentityStores.openStateDocument(where, "api_keys"), Clock.systemUTC())
        : new ApiKeyStore(dir.keys(), Clock.systemUTC());
  }

  public ApiKeyStore(StateDocument shared, Clock clock) {
    this.file = null;
    this.shared = shared;
    this.clock = clock;
  }

  /** Releases the shared document's connection, if any. */
  @Override
  public void close() {
    if (shared != null) {
      shared.close();
    }
  }

  record KeyFile(List<ApiKey> keys) {}

  private record Snapshot(Object version, List<byte[]> hashes, List<ApiKey> keys) {}

  /** Creates a key with the default scopes and no rate limit. */
  public CreatedKey create(String name) {
    return create(name, Scope.DEFAULT, null);
  }

  /**
   * Creates a key; the token in the result is shown once and never stored.
   *
   * @param scopes what the key may do (at least one)
   * @param ratePerSecond the most calls a second, or null for no limit
   */
  public CreatedKey create(String name, Set<Scope> scopes, Double ratePerSecond) {
    if (scopes.isEmpty()) {
      throw IdgraphException.invalid("a key needs at least one scope");
    }
    if (ratePerSecond != null && !(ratePerSecond > 0 && ratePerSecond <= 1_000_000)) {
      throw IdgraphException.invalid("a key's rate must be above 0 and at most 1000000 a second");
    }
    if (name == null || !NAME.matcher(name).matches()) {
      throw IdgraphException.invalid(
          "key name must be 1 to 64 letters, digits, '.', '_' or '-', got '" + name + "'");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiKey key =
        new ApiKey(
            "key_" + HexFormat.of().formatHex(randomBytes(6)),
            name,
            HexFormat.of().formatHex(sha256(token)),
            clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
            List.of(Scope.names(scopes).split(",")),
            ratePerSecond);
    update(
        keys -> {
          if (keys.stream().anyMatch(k -> k.name().equals(name))) {
            throw IdgraphException.invalid(
                "a key named '" + name + "' exists; pick another name or revoke it first");
          }
          keys.add(key);
        });
    return new CreatedKey(key, token);
  }

  /** All keys, oldest first; no tokens. */
  public List<ApiKey> list() {
    return read();
  }

  /** Revokes the key with this id or name and returns it. */
  public ApiKey revoke(String idOrName) {
    ApiKey[] removed = new ApiKey[1];
    update(
        keys -> {
          for (ApiKey key : keys) {
            if (key.id().equals(idOrName) || key.name().equals(idOrName)) {
              removed[0] = key;
            }
          }
          if (removed[0] == null) {
            throw new IdgraphException(
                ErrorCode.NOT_FOUND,
                "no key with id or name '" + idOrName + "'; see idgraph keys list");
          }
          keys.remove(removed[0]);
        });
    return removed[0];
  }

  /** True if the token belongs to a current key. Compares hashes in constant time. */
  public boolean verify(String token) {
    return authenticate(token).isPresent();
  }

  /** The current key the token belongs to, if any. Compares every hash in constant time. */
  public Optional<ApiKey> authenticate(String token) {
    if (token == null || token.isEmpty() || token.length() > 256) {
      return Optional.empty();
    }
    byte[] presented = sha256(token);
    Snapshot now = current();
    ApiKey match = null;
    for (int i = 0; i < now.hashes().size(); i++) {
      if (MessageDigest.isEqual(presented, now.hashes().get(i))) {
        match = now.keys().get(i);
      }
    }
    return Optional.ofNullable(match);
  }

  /** True when at least one key exists. */
  public boolean hasKeys() {
    return !current().hashes().isEmpty();
  }

  private Snapshot current() {
    Object version = version();
    Snapshot seen = snapshot;
    if (Objects.equals(version, seen.version())) {
      return seen;
    }
    List<byte[]> hashes = new ArrayList<>();
    List<ApiKey> keys = read();
    for (ApiKey key : keys) {
      hashes.add(HexFormat.of().parseHex(key.sha256()));
    }
    Snapshot fresh = new Snapshot(version, List.copyOf(hashes), List.copyOf(keys));
    snapshot = fresh;
    return fresh;
  }

  private Object version() {
    if (shared != null) {
      return shared.version();
    }
    try {
      return PrivateFiles.version(file);
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private List<ApiKey> read() {
    if (shared != null) {
      byte[] bytes = shared.read();
      return bytes == null ? List.of() : parse(bytes);
    }
    try {
      return parse(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | RuntimeException e) {
      if (e instanceof IdgraphException failure) {
        throw failure;
      }
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE, "cannot read the key file " + file + "; fix or remove it");
    }
  }

  private static List<ApiKey> parse(byte[] bytes) {
    KeyFile parsed = Json.MAPPER.readValue(bytes, KeyFile.class);
    return parsed.keys() == null ? List.of() : parsed.keys();
  }

  private interface Change {
    void apply(List<ApiKey> keys);
  }

  private void update(Change change) {
    if (shared != null) {
      shared.update(
          bytes -> {
            List<ApiKey> keys = new ArrayList<>(bytes == null ? List.of() : parse(bytes));
            change.apply(keys);
            return serialize(keys);
          });
      return;
    }
    try {
      PrivateFiles.createDirectories(file.toAbsolutePath().getParent());
      Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
      try (FileChannel lockChannel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = lockChannel.lock()) {
        List<ApiKey> keys = new ArrayList<>(read());
        change.apply(keys);
        write(keys);
      }
    } catch (IOException e) {
      throw unavailable(e);
    }
  }

  private void write(List<ApiKey> keys) throws IOException {
    PrivateFiles.replace(file, serialize(keys));
  }

  private static byte[] serialize(List<ApiKey> keys) {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(new KeyFile(keys));
  }

  private IdgraphException unavailable(IOException e) {
    return new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE,
        "cannot use the key file " + file + " (" + e.getClass().getSimpleName() + ")",
        e);
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
