package io.idgraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.IdType;
import java.util.List;
import org.junit.jupiter.api.Test;

class BestPersonChooserTest {
  final BestPersonChooser chooser = new BestPersonChooser(EnrichOptions.DEFAULT_TIEBREAKER);

  @Test
  void best_nothingAdded_isNull() {
    chooser.reset();
    assertThat(chooser.best()).isNull();
  }

  @Test
  void best_highestNoisyOrOfTheRowsOwnMatches() {
    chooser.reset();
    chooser.add(7, 0.9, IdType.EMAIL);
    chooser.add(3, 0.7, IdType.ADDRESS);
    chooser.add(3, 0.85, IdType.PHONE);
    BestPersonChooser.Choice c = chooser.best();
    assertThat(c.personId()).isEqualTo(3);
    assertThat(c.score()).isEqualTo(0.955); // 1 - 0.3 * 0.15
    assertThat(c.matchedOn()).isEqualTo("phone+address");
  }

  @Test
  void best_equalScores_preferTheEarlierTypeOfTheTiebreaker() {
    chooser.reset();
    chooser.add(1, 0.8, IdType.ADDRESS);
    chooser.add(2, 0.8, IdType.PHONE);
    assertThat(chooser.best().personId()).isEqualTo(2);

    BestPersonChooser maidFirst =
        new BestPersonChooser(List.of(IdType.MAID, IdType.ADDRESS, IdType.EMAIL, IdType.PHONE));
    maidFirst.reset();
    maidFirst.add(1, 0.8, IdType.ADDRESS);
    maidFirst.add(2, 0.8, IdType.PHONE);
    assertThat(maidFirst.best().personId()).isEqualTo(1);
  }

  @Test
  void best_equalScoresAndTypes_lowestPersonId() {
    chooser.reset();
    chooser.add(30, 0.7, IdType.ADDRESS);
    chooser.add(10, 0.7, IdType.ADDRESS);
    chooser.add(20, 0.7, IdType.ADDRESS);
    assertThat(chooser.best().personId()).isEqualTo(10);
  }

  @Test
  void best_scoresEqualAtFourDecimals_areATie() {
    chooser.reset();
    chooser.add(2, 0.90001, IdType.EMAIL);
    chooser.add(1, 0.9, IdType.EMAIL);
    assertThat(chooser.best().personId()).isEqualTo(1);
  }

  @Test
  void reset_forgetsThePreviousRow() {
    chooser.reset();
    chooser.add(1, 0.9, IdType.EMAIL);
    chooser.reset();
    chooser.add(2, 0.5, IdType.PHONE);
    assertThat(chooser.best().personId()).isEqualTo(2);
    assertThat(chooser.best().score()).isEqualTo(0.5);
  }

  @Test
  void best_manyCandidates_growsPastItsInitialSize() {
    chooser.reset();
    for (int id = 100; id > 0; id--) {
      chooser.add(id, 0.5, IdType.ADDRESS);
    }
    chooser.add(50, 0.5, IdType.EMAIL);
    assertThat(chooser.best().personId()).isEqualTo(50);
    assertThat(chooser.best().matchedOn()).isEqualTo("email+address");
  }
}
