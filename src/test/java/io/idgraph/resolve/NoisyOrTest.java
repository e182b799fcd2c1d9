package io.idgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoisyOrTest {

  @Test
  void of_seedExamples() {
    // the seed document: email=0.9, phone=0.1 -> 0.91; 0.6, 0.6 -> 0.84
    assertThat(NoisyOr.of(0.9, 0.1)).isCloseTo(0.91, within(1e-12));
    assertThat(NoisyOr.of(0.6, 0.6)).isCloseTo(0.84, within(1e-12));
  }

  @Test
  void of_singleScoreIsItself() {
    assertThat(NoisyOr.of(0.95)).isCloseTo(0.95, within(1e-12));
  }

  @Test
  void of_certainEvidenceGivesOne_andNoEvidenceGivesZero() {
    assertThat(NoisyOr.of(1.0, 0.2)).isEqualTo(1.0);
    assertThat(NoisyOr.of()).isEqualTo(0.0);
    assertThat(NoisyOr.of(0.0, 0.0)).isEqualTo(0.0);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42})
  void of_neverBelowStrongestAndOrderIndependent(long seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      double[] scores = new double[1 + random.nextInt(5)];
      double max = 0;
      for (int i = 0; i < scores.length; i++) {
        scores[i] = random.nextDouble();
        max = Math.max(max, scores[i]);
      }
      double forward = NoisyOr.of(scores);
      double[] reversed = new double[scores.length];
      for (int i = 0; i < scores.length; i++) {
        reversed[i] = scores[scores.length - 1 - i];
      }
      assertThat(forward).isBetween(max - 1e-12, 1.0);
      assertThat(NoisyOr.of(reversed)).isCloseTo(forward, within(1e-12));
    }
  }

  @Test
  void round_fourDecimals() {
    assertThat(NoisyOr.round(0.123456, 4)).isEqualTo(0.1235);
    assertThat(NoisyOr.round(2.0 / 3, 2)).isEqualTo(0.67);
  }
}
