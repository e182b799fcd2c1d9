package io.idgraph.geo;

import io.idgraph.graph.Geo;
import io.idgraph.graph.IdgraphException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** Gives a {@link Geo} for coordinates or for a ZIP centroid. */
public final class Geocoder {
  private static final Geocoder STANDARD = new Geocoder(ZipCentroids::shared);

  private final Supplier<ZipCentroids> zips;

  /** A geocoder over {@code zips}. */
  public Geocoder(ZipCentroids zips) {
    this(() -> zips);
    Objects.requireNonNull(zips, "zips");
  }

  private Geocoder(Supplier<ZipCentroids> zips) {
    this.zips = zips;
  }

  /** The geocoder over the shipped ZIP table (loaded on the first ZIP lookup). */
  public static Geocoder standard() {
    return STANDARD;
  }

  /**
   * The point (latitude, longitude), checked.
   *
   * @throws IdgraphException INVALID_ARGUMENT when a coordinate is not finite or out of range
   */
  public Geo at(double latitude, double longitude) {
    if (!isValid(latitude, longitude)) {
      throw IdgraphException.invalid(
          "latitude must be in [-90, 90] and longitude in [-180, 180], got "
              + latitude
              + ", "
              + longitude);
    }
    return new Geo(latitude, longitude);
  }

  /** The centroid of a five-digit ZIP; empty for an unknown or malformed ZIP. */
  public Optional<Geo> forZip(String zip5) {
    return zips.get().lookup(zip5).map(z -> at(z.latitude(), z.longitude()));
  }

  /** True when both coordinates are finite and in range. */
  public static boolean isValid(double latitude, double longitude) {
    return Double.isFinite(latitude)
        && Double.isFinite(longitude)
        && latitude >= -90
        && latitude <= 90
        && longitude >= -180
        && longitude <= 180;
  }
}
