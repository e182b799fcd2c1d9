package io.idgraph.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.Geo;
import io.idgraph.graph.IdgraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeocoderTest {
  private final Geocoder geocoder = Geocoder.standard();

  @Test
  void at_givesThePoint() {
    Geo geo = geocoder.at(37.7749, -122.4194);

    assertThat(geo.latitude()).isEqualTo(37.7749);
    assertThat(geo.longitude()).isEqualTo(-122.4194);
  }

  @ParameterizedTest
  @CsvSource({"91, 0", "-90.5, 0", "0, 180.1", "0, -181", "NaN, 0", "0, Infinity"})
  void at_outOfRange_invalidArgument(double lat, double lon) {
    assertThatThrownBy(() -> geocoder.at(lat, lon))
        .isInstanceOf(IdgraphException.class)
        .hasMessageContaining("latitude must be in [-90, 90]")
        .satisfies(
            e -> assertThat(((IdgraphException) e).code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
  }

  @Test
  void forZip_knownZip_centroid() {
    Geo geo = geocoder.forZip("94105").orElseThrow();

    assertThat(Distance.haversineMeters(37.7898, -122.3942, geo.latitude(), geo.longitude()))
        .isLessThan(2_000);
  }

  @Test
  void forZip_unknownZip_empty() {
    assertThat(geocoder.forZip("00000")).isEmpty();
    assertThat(geocoder.forZip("abcde")).isEmpty();
  }

  @Test
  void forZip_customTable_usesIt() throws Exception {
    String csv = "zip,latitude,longitude,city,state\n12345,10.5,20.25,Somewhere,NY\n";
    ZipCentroids table =
        ZipCentroids.load(
            new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    Geocoder custom = new Geocoder(table);

    assertThat(custom.forZip("12345").orElseThrow().latitude()).isEqualTo(10.5);
    assertThat(custom.forZip("94105")).isEmpty();
  }
}
