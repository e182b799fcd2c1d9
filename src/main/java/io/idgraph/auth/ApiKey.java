package io.idgraph.auth;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A stored API key: never the token, only its sha256 hex.
 *
 * @param id a short random id, for revoking
 * @param name the operator's name for the key, unique among keys
 * @param sha256 lowercase hex sha256 of the token
 * @param createdAt ISO-8601 instant
 * @param scopes what the key may do ({@link Scope} wire names); null (a key made before scopes
 *     existed) means {@link Scope#DEFAULT}
 * @param ratePerSecond the most calls a second the key may make; null for no limit
 */
public record ApiKey(
    String id,
    String name,
    String sha256,
    String createdAt,
    List<String> scopes,
    Double ratePerSecond) {

  public ApiKey(String id, String name, String sha256, String createdAt) {
    this(id, name, sha256, createdAt, null, null);
  }

  /** The key's scopes; the default set when the record names none. */
  public Set<Scope> scopeSet() {
    if (scopes == null) {
      return Scope.DEFAULT;
    }
    return scopes.isEmpty()
        ? EnumSet.noneOf(Scope.class)
        : Scope.parseList(String.join(",", scopes));
  }

  /** Who calls with this key. */
  public Caller caller() {
    return new Caller(name, scopeSet());
  }
}
