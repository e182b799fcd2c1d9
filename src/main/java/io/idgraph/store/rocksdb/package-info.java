/**
 * The embedded store engine: {@link io.idgraph.store.rocksdb.RocksDbIdentityStore} on RocksDB, the
 * only package that names RocksDB. Start there; {@code GraphWriter} is the write path and {@code
 * RocksDbHandles} the column families and tuning.
 *
 * <p>Column families: {@code index} (index key to a posting list), {@code persons} (person id to a
 * {@code PersonCodec} record), {@code reverse} (person id to its index keys and address match
 * keys), {@code addresses} (match key to an address entry), {@code address_blocks} (block key,
 * 0x00, match key; empty values, for prefix scans) and {@code address_refs} (match key to a posting
 * list of the persons at that address, so an address goes when its last person does).
 */
package io.idgraph.store.rocksdb;
