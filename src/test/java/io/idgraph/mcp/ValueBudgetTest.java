package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import io.idgraph.resolve.IdentifierGroup;
import io.idgraph.resolve.ResolveRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ValueBudgetTest {
  private final ValueBudget budget = new ValueBudget(100_000, Duration.ofSeconds(30));

  /** Reserves {@code values} emails on another thread, and checks that it waits. */
  private CompletableFuture<ValueBudget.Reservation> waiting(int values) throws Exception {
    CompletableFuture<ValueBudget.Reservation> reserved =
        CompletableFuture.supplyAsync(() -> budget.reserve(emails(values)));
    Thread.sleep(200);
    assertThat(reserved).isNotDone();
    return reserved;
  }

  @Test
  void reserve_beyondTheRoomLeft_waitsUntilAnotherCallGivesItsRoomBack() throws Exception {
    ValueBudget.Reservation first = budget.reserve(emails(80_000));
    CompletableFuture<ValueBudget.Reservation> second = waiting(80_000);

    first.close();
    second.get(10, TimeUnit.SECONDS).close();
  }

  @Test
  void reserve_largerThanTheWholeBudget_runsAlone() throws Exception {
    ValueBudget.Reservation small = budget.reserve(emails(20_000));
    CompletableFuture<ValueBudget.Reservation> huge = waiting(5_000_000);

    small.close();
    huge.get(10, TimeUnit.SECONDS).close();
    budget.reserve(emails(100_000)).close(); // it held the whole budget, and gave it all back
  }

  @Test
  void reserve_smallerCallThatFits_goesAheadOfALargerOneThatWaits() throws Exception {
    ValueBudget.Reservation first = budget.reserve(emails(80_000));
    CompletableFuture<ValueBudget.Reservation> large = waiting(80_000);

    budget.reserve(emails(15_000)).close(); // does not wait behind the large call

    assertThat(large).isNotDone();
    first.close();
    large.get(10, TimeUnit.SECONDS).close();
  }

  @Test
  void reserve_smallCall_neverWaits() {
    try (ValueBudget.Reservation all = budget.reserve(emails(100_000))) {
      budget.reserve(emails(ValueBudget.SMALL_CALL)).close();
    }
  }

  @Test
  void reserve_noRoomWithinTheWait_saysToRetryOrSendFewer() {
    ValueBudget impatient = new ValueBudget(100_000, Duration.ofMillis(100));
    try (ValueBudget.Reservation held = impatient.reserve(emails(100_000))) {
      assertThatThrownBy(() -> impatient.reserve(emails(ValueBudget.SMALL_CALL + 1)))
          .isInstanceOf(IdgraphException.class)
          .hasMessageContaining("busy with other large calls")
          .hasMessageContaining("retry in a minute, or send fewer identifiers per call");
    }
    impatient.reserve(emails(100_000)).close(); // all of it is back
  }

  @Test
  void reserve_addressValues_takeTwiceTheRoomOfEmails() throws Exception {
    ValueBudget.Reservation first =
        budget.reserve(request(IdType.ADDRESS, 40_000)); // 80,000 of the 100,000
    CompletableFuture<ValueBudget.Reservation> second = waiting(40_000);

    first.close();
    second.get(10, TimeUnit.SECONDS).close();
    try (ValueBudget.Reservation both = budget.reserve(emails(40_000))) {
      budget.reserve(emails(40_000)).close(); // two email calls of 40,000 fit at once
    }
  }

  private static ResolveRequest emails(int values) {
    return request(IdType.EMAIL, values);
  }

  private static ResolveRequest request(IdType type, int values) {
    return ResolveRequest.of(
        List.of(new IdentifierGroup(type, HashType.PLAINTEXT, Collections.nCopies(values, "x"))));
  }
}
