package io.idgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class InternalErrorTest {
  @Test
  void anInternalErrorNamesItsCausesButNeverTheirMessages() {
    Throwable wrapped =
        new CompletionException(
            new IllegalStateException("jane@example.com", new OutOfMemoryError("heap")));

    assertThat(Main.kindOf(wrapped))
        .isEqualTo(
            "CompletionException (caused by IllegalStateException, caused by OutOfMemoryError)");
    assertThat(Main.kindOf(new IllegalStateException("jane@example.com")))
        .isEqualTo("IllegalStateException");
  }
}
