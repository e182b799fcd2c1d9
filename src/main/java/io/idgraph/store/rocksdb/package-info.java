/**
 * The embedded store engine: {@link io.idgraph.store.rocksdb.RocksDbIdentityStore} on RocksDB, the
 * only package that names RocksDB. Start there; {@code GraphWriter} is the write path and {@code
 * RocksDbHandles} the column families and tuning.
 *
 * <p>Column families: {@code index} (index key to a posting list), {@code persons} (person id to
 * the core of its {@code PersonCodec} record: metadata, name and contacts, all that resolve needs),
 * {@code profiles} (person id to a copy of the core and the attributes, all that get_person needs,
 * in one read), {@code reverse} (person id to its index keys and address match keys), {@code
 * addresses} (match key to an address entry), {@code address_blocks} (block key, 0x00, match key;
 * empty values, for prefix scans) and {@code address_refs} (match key to a posting list of the
 * persons at that address, so an address goes when its last person does). The default family holds
 * the store's {@code Dictionary} of attribute names and values.
 *
 * <p>Performance notes: a batched point read costs about 1 µs a key when its blocks are hot in the
 * CPU caches and 3 to 4 µs for random keys (memory latency in the index, filter and data blocks;
 * the JNI flavour of multiGet makes no measurable difference). A writer flushes its memtables on
 * close, so readers replay no log and the dir holds no stale log; a writer that upserted 100,000
 * persons or more also compacts the index, persons and profiles families into one sorted run each
 * on close (about 20 to 50 s for a million persons), which makes resolve about a quarter cheaper
 * than reading through level-0 files and several levels.
 */
package io.idgraph.store.rocksdb;
