package io.idgraph.geo;

import io.idgraph.graph.Geo;
import java.util.Optional;

/** TEMPORARY placeholder until the geo package lands. */
public final class Geocoder {
  private Geocoder() {}

  public static Optional<Geo> zipCentroid(String zip5) {
    return Optional.empty();
  }

  public static Geo at(double latitude, double longitude) {
    return new Geo(latitude, longitude, 0L);
  }
}
