package io.idgraph.geo;

/**
 * One ZIP Code Tabulation Area: its internal point (Census) and, where known, its city and state.
 *
 * @param zip five digits, leading zeros kept ("02134")
 * @param city place name ("San Francisco"), or "" when unknown
 * @param state two-letter USPS state or territory code ("CA", "PR")
 */
public record ZipCentroid(
    String zip, double latitude, double longitude, String city, String state) {

  public boolean hasCity() {
    return !city.isEmpty();
  }
}
