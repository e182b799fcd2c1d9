/**
 * Storage of the identity graph behind {@link io.idgraph.store.IdentityStore}; the RocksDB engine
 * lives in {@code store.rocksdb} and nothing outside it names RocksDB. Key derivation from
 * normalized identifiers is in {@link io.idgraph.store.IndexKeys}. State that every process on a
 * cluster store shares, beside the graph: {@link io.idgraph.store.StateDocument} and {@link
 * io.idgraph.store.SharedState}.
 */
package io.idgraph.store;
