package io.idgraph.normalize;

/** Why a value could not be normalized. Each message says what to change. */
public enum NormalizeFailure {
  EMPTY("value is empty; send a non-blank value"),
  TOO_LONG("value is too long"),
  MALFORMED("value is malformed");

  private final String message;

  NormalizeFailure(String message) {
    this.message = message;
  }

  /** A lower-case sentence that says what rule was broken and what to change. */
  public String message() {
    return message;
  }
}
