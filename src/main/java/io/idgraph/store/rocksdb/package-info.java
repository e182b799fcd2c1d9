/**
 * The embedded store engine: {@link io.idgraph.store.rocksdb.RocksDbIdentityStore} on RocksDB, the
 * only package that names RocksDB. Start there; {@code GraphWriter} is the write path and {@code
 * RocksDbHandles} the column families and tuning.
 *
 * <p>Column families: {@code index} (fingerprint and index key to a posting list), {@code persons}
 * (person id to the core of its {@code PersonCodec} record: metadata, name and contacts, all that
 * resolve needs), {@code profiles} (person id to a copy of the core and the attributes, all that
 * get_person needs, in one read), {@code reverse} (person id to its index keys and address match
 * keys), {@code addresses} (match key to an address entry), {@code address_blocks} (block key,
 * 0x00, match key; empty values, for prefix scans) and {@code address_refs} (match key to a posting
 * list of the persons at that address, so an address goes when its last person does) and {@code
 * changes} (the {@code ChangeLog}). The default family holds the store's {@code Dictionary} of
 * attribute names and values and its format marker.
 *
 * <p>Reads of the index and of person records go to the memory-mapped serving index ({@code
 * ServingSnapshot}, built by {@code ServingBuilder} or a {@code BulkLoader}); the {@code changes}
 * family logs the persons and index keys written since, which {@code ServingView} reads from
 * RocksDB instead. A writer flushes its memtables on close, so readers replay no log, and rebuilds
 * the serving index when enough changed.
 */
package io.idgraph.store.rocksdb;
