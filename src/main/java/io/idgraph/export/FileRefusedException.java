package io.idgraph.export;

/** An upload the store will not keep, and why. */
public final class FileRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an upload was refused. */
  public enum Reason {
    /** The body is larger than the configured limit. */
    TOO_LARGE,
    /** A file was already uploaded under this name; uploads are never overwritten. */
    ALREADY_UPLOADED
  }

  private final Reason reason;

  FileRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
