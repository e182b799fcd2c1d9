/**
 * Storage of the identity graph behind {@link io.idgraph.store.IdentityStore}; the RocksDB engine
 * lives in {@code store.rocksdb} and nothing outside it names RocksDB. Key derivation from
 * normalized identifiers is in {@link io.idgraph.store.IndexKeys}. A cluster store also keeps the
 * state every server shares ({@link io.idgraph.store.SharedState}: documents, entry logs, expiring
 * files, values, counters, sets and time-ordered logs).
 */
package io.idgraph.store;
