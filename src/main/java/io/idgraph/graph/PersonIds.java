package io.idgraph.graph;

/** Parsing of person ids as clients send them: a positive 64-bit integer, maybe as a string. */
public final class PersonIds {
  private PersonIds() {}

  /** The id, or null when {@code raw} is not a positive 64-bit integer. */
  public static Long parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.trim();
    if (s.isEmpty() || s.length() > 19) {
      return null;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return null;
      }
    }
    try {
      long id = Long.parseLong(s);
      return id > 0 ? id : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
