package io.idgraph.store.cassandra;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;

/** Every statement the graph store runs, prepared once per session. */
final class GraphStatements {
  final PreparedStatement lookup;
  final PreparedStatement linkInsert;
  final PreparedStatement linkDelete;
  final PreparedStatement personState;
  final PreparedStatement personInsert;
  final PreparedStatement personRead;
  final PreparedStatement personDelete;
  final PreparedStatement addressLink;
  final PreparedStatement addressUnlink;
  final PreparedStatement addressRead;
  final PreparedStatement addressUse;
  final PreparedStatement addressDelete;
  final PreparedStatement blockInsert;
  final PreparedStatement blockDelete;
  final PreparedStatement blockRead;
  final PreparedStatement lineageRead;
  final PreparedStatement lineageInsert;
  final PreparedStatement lineageDelete;
  final PreparedStatement countAdd;
  final PreparedStatement countRead;

  GraphStatements(CqlSession session, String ks) {
    lookup = session.prepare("SELECT person, quality FROM " + ks + ".index_links WHERE k = ?");
    linkInsert =
        session.prepare("INSERT INTO " + ks + ".index_links (k, person, quality) VALUES (?, ?, ?)");
    linkDelete = session.prepare("DELETE FROM " + ks + ".index_links WHERE k = ? AND person = ?");
    personState =
        session.prepare(
            "SELECT index_keys, address_keys, size FROM " + ks + ".persons WHERE id = ?");
    personInsert =
        session.prepare(
            "INSERT INTO "
                + ks
                + ".persons (id, core, attributes, index_keys, address_keys, size)"
                + " VALUES (?, ?, ?, ?, ?, ?)");
    personRead = session.prepare("SELECT core, attributes FROM " + ks + ".persons WHERE id = ?");
    personDelete = session.prepare("DELETE FROM " + ks + ".persons WHERE id = ?");
    addressLink =
        session.prepare(
            "UPDATE "
                + ks
                + ".addresses SET display = ?, lat = ?, lon = ?, blocks = ?,"
                + " persons = persons + ? WHERE match_key = ?");
    addressUnlink =
        session.prepare(
            "UPDATE " + ks + ".addresses SET persons = persons - ? WHERE match_key = ?");
    addressRead =
        session.prepare(
            "SELECT display, lat, lon, blocks FROM " + ks + ".addresses WHERE match_key = ?");
    addressUse =
        session.prepare("SELECT persons, blocks FROM " + ks + ".addresses WHERE match_key = ?");
    addressDelete = session.prepare("DELETE FROM " + ks + ".addresses WHERE match_key = ?");
    blockInsert =
        session.prepare("INSERT INTO " + ks + ".address_blocks (block, match_key) VALUES (?, ?)");
    blockDelete =
        session.prepare("DELETE FROM " + ks + ".address_blocks WHERE block = ? AND match_key = ?");
    blockRead =
        session.prepare("SELECT match_key FROM " + ks + ".address_blocks WHERE block = ? LIMIT ?");
    lineageRead = session.prepare("SELECT lineage FROM " + ks + ".lineage WHERE id = ?");
    lineageInsert = session.prepare("INSERT INTO " + ks + ".lineage (id, lineage) VALUES (?, ?)");
    lineageDelete = session.prepare("DELETE FROM " + ks + ".lineage WHERE id = ?");
    // counter updates are not idempotent: the driver must never retry them
    countAdd =
        session.prepare(
            SimpleStatement.newInstance(
                    "UPDATE " + ks + ".counts SET value = value + ? WHERE name = ?")
                .setIdempotent(false));
    countRead = session.prepare("SELECT value FROM " + ks + ".counts WHERE name = ?");
  }
}
