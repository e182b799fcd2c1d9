package io.idgraph.resolve;

/** A submitted value that could not be normalized, and what to change. */
public record InvalidIdentifier(String idType, String value, String reason) {}
