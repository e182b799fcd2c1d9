/**
 * The identity graph on Apache Cassandra 5.0 (or ScyllaDB), chosen with {@code --store
 * cassandra://...}: start at {@link io.idgraph.store.cassandra.CassandraIdentityStore}; the tables
 * are in {@code GraphSchema}, the URI in {@link io.idgraph.store.cassandra.CassandraUri}; a
 * server's shared state (keys, logs, files in chunks, privacy state, audit log) in {@link
 * io.idgraph.store.cassandra.ClusterSharedState}. Nothing outside this package names the driver,
 * and nothing here is loaded for the embedded store.
 */
package io.idgraph.store.cassandra;
