package io.idgraph.graph;

/**
 * One of a person's identifiers as shown to users: its display form and the quality of the link.
 *
 * @param value the display form (email lowercased, phone digits, standardized address, maid)
 * @param quality the link's quality score in [0, 1]
 * @param geo coordinates for an address; null for other types
 */
public record Contact(String value, double quality, Geo geo) {
  public static Contact of(String value, double quality) {
    return new Contact(value, quality, null);
  }
}
