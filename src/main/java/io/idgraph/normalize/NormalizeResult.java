package io.idgraph.normalize;

import java.util.Objects;

/** Either a normalized identifier or the typed reason it could not be normalized. */
public final class NormalizeResult {
  private final NormalizedIdentifier value;
  private final NormalizeFailure failure;

  private NormalizeResult(NormalizedIdentifier value, NormalizeFailure failure) {
    this.value = value;
    this.failure = failure;
  }

  public static NormalizeResult ok(NormalizedIdentifier value) {
    return new NormalizeResult(Objects.requireNonNull(value), null);
  }

  public static NormalizeResult failed(NormalizeFailure failure) {
    return new NormalizeResult(null, Objects.requireNonNull(failure));
  }

  public boolean isOk() {
    return value != null;
  }

  /** The normalized value; throws if this result is a failure. */
  public NormalizedIdentifier value() {
    if (value == null) {
      throw new IllegalStateException("not normalized: " + failure);
    }
    return value;
  }

  /** The failure; null when normalization succeeded. */
  public NormalizeFailure failure() {
    return failure;
  }

  /** The user-facing reason: the failure's message (says what to change). */
  public String reason() {
    return failure == null ? null : failure.message();
  }
}
