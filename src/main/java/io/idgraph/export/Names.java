package io.idgraph.export;

/** Echoing caller text in error messages: bounded, so a huge value cannot flood a reply. */
final class Names {
  private static final int MAX = 160;

  private Names() {}

  static String echo(String value) {
    if (value == null) {
      return "nothing";
    }
    return "\"" + (value.length() <= MAX ? value : value.substring(0, MAX) + "...") + "\"";
  }
}
