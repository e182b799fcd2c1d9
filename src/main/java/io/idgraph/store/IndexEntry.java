package io.idgraph.store;

/** An index key a person is to be found by, with the quality of that link. */
public record IndexEntry(IndexKey key, float quality) {}
