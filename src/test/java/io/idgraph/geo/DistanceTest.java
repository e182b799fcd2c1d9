package io.idgraph.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistanceTest {
  @Test
  void haversineMeters_sanFranciscoToLosAngeles_about559km() {
    double meters = Distance.haversineMeters(37.7749, -122.4194, 34.0522, -118.2437);

    assertThat(meters).isCloseTo(559_000, within(2_000.0));
  }

  @Test
  void haversineMeters_samePoint_zero() {
    assertThat(Distance.haversineMeters(40.0, -73.0, 40.0, -73.0)).isZero();
  }

  @Test
  void haversineMeters_symmetricAndAntipodalHalfCircumference() {
    double ab = Distance.haversineMeters(10, 20, -30, 40);
    double ba = Distance.haversineMeters(-30, 40, 10, 20);
    assertThat(ab).isEqualTo(ba);
    assertThat(Distance.haversineMeters(0, 0, 0, 180))
        .isCloseTo(Math.PI * Distance.EARTH_RADIUS_METERS, within(1.0));
  }

  @Test
  void haversineMeters_oneThousandthDegreeLatitude_about111m() {
    assertThat(Distance.haversineMeters(37.0, -122.0, 37.001, -122.0))
        .isCloseTo(111.2, within(0.5));
  }
}
