package io.idgraph.store;

/** Sizes of a store: persons (estimate), index keys (estimate) and bytes on disk. */
public record StoreStats(long persons, long indexKeys, long bytesOnDisk) {}
