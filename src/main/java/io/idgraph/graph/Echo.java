package io.idgraph.graph;

/**
 * Caller text echoed back in replies and messages: cut after {@link #MAX_CHARS} characters, so a
 * huge value cannot flood a reply. The one place that decides how much of a bad value is shown.
 */
public final class Echo {
  /** At most this many characters of a caller's value are echoed back. */
  public static final int MAX_CHARS = 256;

  private Echo() {}

  /** The value as sent, cut after {@link #MAX_CHARS} characters; empty for null. */
  public static String cut(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.length() <= MAX_CHARS ? raw : raw.substring(0, MAX_CHARS) + "...";
  }

  /** For messages: the value in single quotes, cut; "nothing" for null. */
  public static String quoted(String raw) {
    return raw == null ? "nothing" : "'" + cut(raw) + "'";
  }
}
