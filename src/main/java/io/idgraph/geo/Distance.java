package io.idgraph.geo;

/** Great-circle distance on a spherical earth. */
public final class Distance {
  /** Mean earth radius (IUGG), in meters. */
  public static final double EARTH_RADIUS_METERS = 6_371_008.8;

  private Distance() {}

  /** Haversine distance between two points given in degrees, in meters. */
  public static double haversineMeters(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double sinPhi = Math.sin(dPhi / 2);
    double sinLambda = Math.sin(dLambda / 2);
    double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
