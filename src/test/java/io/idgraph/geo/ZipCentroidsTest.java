package io.idgraph.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZipCentroidsTest {
  private final ZipCentroids zips = ZipCentroids.shared();

  @ParameterizedTest
  @CsvSource({
    "94105, 37.7898, -122.3942, San Francisco, CA",
    "10001, 40.7506, -73.9972, New York, NY",
    "60601, 41.8858, -87.6181, Chicago, IL",
    "02134, 42.3581, -71.1287, Allston, MA"
  })
  void lookup_knownZipNearTrueCoordinates(
      String zip, double lat, double lon, String city, String state) {
    ZipCentroid centroid = zips.lookup(zip).orElseThrow();

    assertThat(centroid.zip()).isEqualTo(zip);
    assertThat(Distance.haversineMeters(lat, lon, centroid.latitude(), centroid.longitude()))
        .isLessThan(2_000);
    assertThat(centroid.city()).isEqualTo(city);
    assertThat(centroid.state()).isEqualTo(state);
  }

  @ParameterizedTest
  @ValueSource(strings = {"00000", "99999", "1234", "123456", "9410A", "", " 94105"})
  void lookup_unknownOrMalformedZip_empty(String zip) {
    assertThat(zips.lookup(zip)).isEmpty();
    assertThat(zips.contains(zip)).isFalse();
  }

  @Test
  void lookup_null_empty() {
    assertThat(zips.lookup(null)).isEmpty();
  }

  @Test
  void shared_holdsEveryZctaWithAState() {
    assertThat(zips.size()).isGreaterThan(33_000);
    for (int i = 0; i < zips.size(); i++) {
      assertThat(zips.state(i)).hasSize(2);
      assertThat(zips.lookup(zips.zipString(i))).isPresent();
    }
    assertThat(zips.lookup("00601").orElseThrow().state()).isEqualTo("PR");
  }

  @Test
  void load_keepsLeadingZerosAndEmptyCity() throws Exception {
    String csv =
        "zip,latitude,longitude,city,state\n00601,18.18,-66.75,,PR\n01001,42.06,-72.61,Agawam,MA\n";
    ZipCentroids table =
        ZipCentroids.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));

    assertThat(table.size()).isEqualTo(2);
    ZipCentroid pr = table.lookup("00601").orElseThrow();
    assertThat(pr.hasCity()).isFalse();
    assertThat(pr.state()).isEqualTo("PR");
    assertThat(table.get(1)).isEqualTo(new ZipCentroid("01001", 42.06, -72.61, "Agawam", "MA"));
  }
}
