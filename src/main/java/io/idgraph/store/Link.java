package io.idgraph.store;

/** One person an index key points to, with the quality of that identifier link. */
public record Link(long personId, float quality) {}
