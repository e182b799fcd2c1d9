package io.idgraph.auth;

import io.idgraph.graph.IdgraphException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a key (or an OAuth token) may do; a tool needs one of these (docs/privacy.md). */
public enum Scope {
  /** resolve_identities, get_person, uploads. */
  RESOLVE,
  /** resolve_and_enrich_rows, uploads. */
  ENRICH,
  /** Results as files: format csv/json/jsonl, generate_download_url. */
  EXPORT,
  /** submit_feedback. */
  FEEDBACK,
  /** Privacy and key administration over the network. */
  ADMIN;

  /** Every scope but admin: what a key gets when it names none. */
  public static final Set<Scope> DEFAULT = EnumSet.complementOf(EnumSet.of(ADMIN));

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a comma-separated list such as {@code resolve,export}; an unknown name is an error. */
  public static Set<Scope> parseList(String text) {
    Set<Scope> out = EnumSet.noneOf(Scope.class);
    for (String part : text.split(",", -1)) {
      String name = part.trim().toLowerCase(Locale.ROOT);
      Scope found = null;
      for (Scope s : values()) {
        if (s.wireName().equals(name)) {
          found = s;
        }
      }
      if (found == null) {
        throw IdgraphException.invalid(
            "unknown scope '"
                + (name.length() > 40 ? name.substring(0, 40) + "..." : name)
                + "'; scopes are "
                + names(EnumSet.allOf(Scope.class)));
      }
      out.add(found);
    }
    return out;
  }

  /** The wire names, comma-separated, in declaration order. */
  public static String names(Set<Scope> scopes) {
    List<String> out = new ArrayList<>();
    for (Scope s : values()) {
      if (scopes.contains(s)) {
        out.add(s.wireName());
      }
    }
    return String.join(",", out);
  }
}
