/**
 * Builds persons from a user's own source records (PRODUCT.md section 11): reads CSV and JSONL
 * exports, links records into persons, keeps person ids stable across builds, writes the persons
 * through the store, and keeps a changelog. Start reading at {@link io.idgraph.build.GraphBuilder};
 * the linking rules are in {@link io.idgraph.build.Linker} and docs/linking.md.
 */
package io.idgraph.build;
