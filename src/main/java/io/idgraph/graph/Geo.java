package io.idgraph.graph;

/** A point on earth with its H3 cell (resolution {@code H3_RESOLUTION}). */
public record Geo(double latitude, double longitude, long h3Cell) {
  /** Resolution of the stored H3 cells: about 0.1 km² a cell. */
  public static final int H3_RESOLUTION = 9;
}
