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

  @Test
  void close_laterStepFails_closesWhatWasOpenedNewestFirst() {
    assertThatThrownBy(
            () -> {
              try (OpenInOrder opening = new OpenInOrder()) {
                opening.add(resource("first"));
                opening.add(resource("second"));
                throw new IllegalStateException("third cannot open");
              }
            })
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
    assertThatThrownBy(
            () -> {
              try (OpenInOrder opening = new OpenInOrder()) {
                opening.add(resource("first"));
                opening.add(
                    () -> {
                      throw new IllegalStateException("second cannot close");
                    });
                throw new IllegalArgumentException("third cannot open");
              }
            })
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(
            e ->
                assertThat(e.getSuppressed())
                    .singleElement()
                    .hasFieldOrPropertyWithValue("message", "second cannot close"));

    assertThat(closed).containsExactly("first");
  }
}
