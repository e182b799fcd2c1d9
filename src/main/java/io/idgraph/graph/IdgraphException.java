package io.idgraph.graph;

/** The one exception for expected failures: a code and a message safe to show a user. */
public final class IdgraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public IdgraphException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public IdgraphException(ErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }

  public static IdgraphException invalid(String message) {
    return new IdgraphException(ErrorCode.INVALID_ARGUMENT, message);
  }
}
