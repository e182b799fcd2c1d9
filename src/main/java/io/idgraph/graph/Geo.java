package io.idgraph.graph;

/** A point on earth: an address's coordinates, given in the graph file or its ZIP's centroid. */
public record Geo(double latitude, double longitude) {}
