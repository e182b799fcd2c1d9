package io.idgraph.privacy;

import java.util.Locale;

/** What a privacy request asks for. */
public enum RequestKind {
  /** Remove the person everywhere and suppress their identifiers. */
  DELETE,
  /** Keep the person stored but never return them. */
  OPTOUT,
  /** Undo an opt-out. */
  OPTIN;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
