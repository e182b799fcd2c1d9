package io.idgraph.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped ZIP centroid table ({@code zip_centroids.csv}, US Census ZCTA internal points; see
 * its NOTICE.md). Loaded once, on first use of {@link #shared()}; lookups are a binary search over
 * a sorted int array.
 */
public final class ZipCentroids {
  static final String RESOURCE = "/io/idgraph/geo/zip_centroids.csv";

  private final int[] zips;
  private final double[] latitudes;
  private final double[] longitudes;
  private final String[] cities;
  private final String[] states;

  private ZipCentroids(List<ZipCentroid> rows) {
    int n = rows.size();
    zips = new int[n];
    latitudes = new double[n];
    longitudes = new double[n];
    cities = new String[n];
    states = new String[n];
    Map<String, String> interned = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ZipCentroid row = rows.get(i);
      zips[i] = Integer.parseInt(row.zip());
      latitudes[i] = row.latitude();
      longitudes[i] = row.longitude();
      cities[i] = interned.computeIfAbsent(row.city(), k -> k);
      states[i] = interned.computeIfAbsent(row.state(), k -> k);
      if (i > 0 && zips[i] <= zips[i - 1]) {
        throw new IllegalStateException("zip centroid table must be sorted by zip, see row " + i);
      }
    }
  }

  /** The shipped table, loaded on first call. */
  public static ZipCentroids shared() {
    return Holder.INSTANCE;
  }

  /** The centroid of a five-digit ZIP; empty for anything else or an unknown ZIP. */
  public Optional<ZipCentroid> lookup(String zip5) {
    int index = indexOf(zip5);
    return index < 0 ? Optional.empty() : Optional.of(get(index));
  }

  /** True when {@code zip5} is five digits and a known ZCTA. */
  public boolean contains(String zip5) {
    return indexOf(zip5) >= 0;
  }

  /** Number of ZIPs in the table. */
  public int size() {
    return zips.length;
  }

  /** The row at {@code index} (0 to size - 1), in ascending ZIP order. */
  public ZipCentroid get(int index) {
    return new ZipCentroid(
        zipString(index), latitudes[index], longitudes[index], cities[index], states[index]);
  }

  /** The five-digit ZIP at {@code index}, without building a record. */
  public String zipString(int index) {
    String digits = Integer.toString(zips[index]);
    return "00000".substring(digits.length()) + digits;
  }

  public double latitude(int index) {
    return latitudes[index];
  }

  public double longitude(int index) {
    return longitudes[index];
  }

  public String city(int index) {
    return cities[index];
  }

  public String state(int index) {
    return states[index];
  }

  private int indexOf(String zip5) {
    if (zip5 == null || zip5.length() != 5) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < 5; i++) {
      char c = zip5.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    int index = Arrays.binarySearch(zips, value);
    return index < 0 ? -1 : index;
  }

  static ZipCentroids load(InputStream in) throws IOException {
    List<ZipCentroid> rows = new ArrayList<>(34_000);
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = reader.readLine(); // header
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty()) {
          rows.add(parse(line));
        }
      }
    }
    return new ZipCentroids(rows);
  }

  private static ZipCentroid parse(String line) {
    String[] f = line.split(",", -1);
    if (f.length != 5) {
      throw new IllegalStateException("zip centroid row must have 5 columns: " + line);
    }
    return new ZipCentroid(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3], f[4]);
  }

  private static final class Holder {
    static final ZipCentroids INSTANCE = loadShared();

    private static ZipCentroids loadShared() {
      InputStream in = ZipCentroids.class.getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      try {
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
