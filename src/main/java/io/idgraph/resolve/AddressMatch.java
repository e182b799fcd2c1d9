package io.idgraph.resolve;

/** Where a submitted address matched: the known address and how far it is from the input. */
public record AddressMatch(
    String normalizedAddress, double latitude, double longitude, double distanceMeters) {}
