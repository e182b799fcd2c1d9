package io.idgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenInOrderTest {
  private final List<String> closed = new ArrayList<>();

  private AutoCloseable resource(String name) {
    return () -> closed.add(name);
  }

  /** Opens {@code opened} in order, then fails as a third step would. */
  private static void openThenFail(AutoCloseable... opened) {
    try (OpenInOrder opening = new OpenInOrder()) {
      for (AutoCloseable resource : opened) {
        opening.add(resource);
      }
      throw new IllegalArgumentException("third cannot open");
    }
  }

  @Test
  void close_laterStepFails_closesWhatWasOpenedNewestFirst() {
    assertThatThrownBy(() -> openThenFail(resource("first"), resource("second")))
        .hasMessage("third cannot open");

    assertThat(closed).containsExactly("second", "first");
  }

  @Test
  void close_afterHandOver_closesNothing() {
    String owner;
    try (OpenInOrder opening = new OpenInOrder()) {
      opening.add(resource("first"));
      owner = opening.handOver("owner");
    }

    assertThat(owner).isEqualTo("owner");
    assertThat(closed).isEmpty();
  }

  @Test
  void close_aCloseFails_closesTheRestAndKeepsTheFirstFailure() {
    AutoCloseable failing =
        () -> {
          throw new IllegalStateException("second cannot close");
        };

    assertThatThrownBy(() -> openThenFail(resource("first"), failing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("third cannot open")
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .hasFieldOrPropertyWithValue("message", "second cannot close"));

    assertThat(closed).containsExactly("first");
  }
}
