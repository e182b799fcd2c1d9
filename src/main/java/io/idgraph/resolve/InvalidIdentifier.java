package io.idgraph.resolve;

/** A submitted value that could not be normalized, and what to change. */
public record InvalidIdentifier(String idType, String value, String reason) {
  /** At most this many characters of a bad value are echoed back. */
  public static final int MAX_ECHOED_CHARS = 256;

  /** The form a bad value is echoed in: as sent, cut after {@link #MAX_ECHOED_CHARS}. */
  public static String echo(String raw) {
    if (raw == null) {
      return "";
    }
    return raw.length() <= MAX_ECHOED_CHARS ? raw : raw.substring(0, MAX_ECHOED_CHARS) + "...";
  }
}
