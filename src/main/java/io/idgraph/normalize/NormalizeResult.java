package io.idgraph.normalize;

import java.util.Objects;

/**
 * Either a normalized identifier or the typed reason it could not be normalized.
 *
 * @param failure the failure; null when normalization succeeded
 */
public record NormalizeResult(NormalizedIdentifier value, NormalizeFailure failure) {
  /** Exactly one of the two is set. */
  public NormalizeResult {
    if ((value == null) == (failure == null)) {
      throw new IllegalArgumentException(
          "a result holds a value or a failure, not both or neither");
    }
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
  @Override
  public NormalizedIdentifier value() {
    if (value == null) {
      throw new IllegalStateException("not normalized: " + failure);
    }
    return value;
  }

  /** The user-facing reason: the failure's message (says what to change). */
  public String reason() {
    return failure == null ? null : failure.message();
  }
}
