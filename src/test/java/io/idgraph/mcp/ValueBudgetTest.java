package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.IdgraphException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ValueBudgetTest {
  @Test
  void reserve_beyondTheRoomLeft_waitsUntilAnotherCallGivesItsRoomBack() throws Exception {
    ValueBudget budget = new ValueBudget(100_000, Duration.ofSeconds(30));
    ValueBudget.Reservation first = budget.reserve(80_000);

    CompletableFuture<ValueBudget.Reservation> second =
        CompletableFuture.supplyAsync(() -> budget.reserve(80_000));
    Thread.sleep(200);
    assertThat(second).isNotDone();

    first.close();
    second.get(10, TimeUnit.SECONDS).close();
  }

  @Test
  void reserve_largerThanTheWholeBudget_runsAlone() throws Exception {
    ValueBudget budget = new ValueBudget(100_000, Duration.ofSeconds(30));
    ValueBudget.Reservation small = budget.reserve(20_000);

    CompletableFuture<ValueBudget.Reservation> huge =
        CompletableFuture.supplyAsync(() -> budget.reserve(5_000_000));
    Thread.sleep(200);
    assertThat(huge).isNotDone();

    small.close();
    ValueBudget.Reservation all = huge.get(10, TimeUnit.SECONDS);
    all.close();
    budget.reserve(100_000).close(); // it held the whole budget, and gave it all back
  }

  @Test
  void reserve_smallerCallThatFits_goesAheadOfALargerOneThatWaits() throws Exception {
    ValueBudget budget = new ValueBudget(100_000, Duration.ofSeconds(30));
    ValueBudget.Reservation first = budget.reserve(80_000);
    CompletableFuture<ValueBudget.Reservation> large =
        CompletableFuture.supplyAsync(() -> budget.reserve(80_000));
    Thread.sleep(200);

    budget.reserve(15_000).close(); // does not wait behind the large call

    assertThat(large).isNotDone();
    first.close();
    large.get(10, TimeUnit.SECONDS).close();
  }

  @Test
  void reserve_smallCall_neverWaits() {
    ValueBudget budget = new ValueBudget(100_000, Duration.ofSeconds(30));
    try (ValueBudget.Reservation all = budget.reserve(100_000)) {
      budget.reserve(ValueBudget.SMALL_CALL).close();
    }
  }

  @Test
  void reserve_noRoomWithinTheWait_saysToRetryOrSendFewer() {
    ValueBudget budget = new ValueBudget(100_000, Duration.ofMillis(100));
    try (ValueBudget.Reservation held = budget.reserve(100_000)) {
      assertThatThrownBy(() -> budget.reserve(ValueBudget.SMALL_CALL + 1))
          .isInstanceOf(IdgraphException.class)
          .hasMessageContaining("busy with other large calls")
          .hasMessageContaining("retry in a minute, or send fewer identifiers per call");
    }
    budget.reserve(100_000).close(); // all of it is back
  }
}
