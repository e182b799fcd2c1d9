package io.idgraph.resolve;

/**
 * Where a submitted address matched: the known address, its coordinates, and how far it is from the
 * input (0 for an exact match). Coordinates and distance are omitted when unknown.
 */
public record AddressMatch(
    String normalizedAddress, Double latitude, Double longitude, Double distanceMeters) {}
