package io.idgraph.auth;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who makes a call, as the audit log and the scope checks see them: a key's name (or an OAuth
 * token's subject) and its scopes. Never a token.
 *
 * @param name the key name, the token subject, {@code stdio} or {@code cli}
 * @param scopes what the caller may do
 */
public record Caller(String name, Set<Scope> scopes) {
  /** A local client of {@code serve --stdio}: it started the server, so it may do everything. */
  public static final Caller STDIO = new Caller("stdio", EnumSet.allOf(Scope.class));

  /** The HTTP request attribute that holds the authenticated caller. */
  public static final String ATTRIBUTE = "idgraph.caller";

  public Caller {
    scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
  }

  public boolean may(Scope scope) {
    return scopes.contains(scope);
  }
}
