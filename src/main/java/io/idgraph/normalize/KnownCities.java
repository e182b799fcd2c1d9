package io.idgraph.normalize;

import io.idgraph.geo.ZipCentroid;
import io.idgraph.geo.ZipCentroids;
import java.util.HashSet;
import java.util.Set;

/**
 * City names by state, from the shipped ZIP table (US Census ZCTA; see geo/NOTICE.md), upper case
 * and split into words as an address is. They tell where the street ends in an address written
 * without commas and without a street type: "123 Broadway New York NY".
 */
final class KnownCities {
  private KnownCities() {}

  /** The ZIP's own city ("NEW YORK" for 10001), or null when the ZIP is unknown. */
  static String ofZip(String zip5) {
    return ZipCentroids.shared().lookup(zip5).map(c -> words(c.city())).orElse(null);
  }

  /** The ZIP's state code ("NY" for 10001), or null when the ZIP is unknown. */
  static String stateOfZip(String zip5) {
    return ZipCentroids.shared().lookup(zip5).map(ZipCentroid::state).orElse(null);
  }

  /** True when {@code city} (upper-case words, "SAINT LOUIS") is a city of {@code state}. */
  static boolean contains(String state, String city) {
    return Holder.CITIES.contains(state + "|" + city);
  }

  private static String words(String city) {
    return city.isEmpty() ? null : String.join(" ", AddressTokens.of(city).words);
  }

  private static final class Holder {
    static final Set<String> CITIES = load();

    private static Set<String> load() {
      ZipCentroids table = ZipCentroids.shared();
      Set<String> cities = new HashSet<>();
      for (int i = 0; i < table.size(); i++) {
        String city = words(table.city(i));
        if (city != null) {
          cities.add(table.state(i) + "|" + city);
        }
      }
      return Set.copyOf(cities);
    }
  }
}
