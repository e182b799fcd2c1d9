package io.idgraph.mcp;

import io.idgraph.audit.AuditLog;
import io.idgraph.audit.AuditLogs;
import io.idgraph.files.DataDir;
import io.idgraph.graph.OpenInOrder;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.state.ServerState;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreUri;

/**
 * What the MCP server reads and records in, opened together for a data dir or a cluster: the graph
 * as the privacy state filters it, that privacy state, the server state (workflows, feedback,
 * exports) and the audit log. Closing it closes them all.
 */
record GraphResources(IdentityStore store, PrivacyState privacy, ServerState state, AuditLog audit)
    implements AutoCloseable {

  /**
   * Opens the graph at {@code where} (the data dir's, or a cluster) for reading, with the privacy
   * state and audit log that go with it (in the cluster too, for a cluster).
   */
  static GraphResources open(DataDir dataDir, StoreUri where) {
    try (OpenInOrder opening = new OpenInOrder()) {
      PrivacyState privacy = opening.add(PrivacyState.open(dataDir, where));
      AuditLog audit = opening.add(AuditLogs.open(dataDir, where));
      IdentityStore store =
          opening.add(privacy.filter(IdentityStores.openReader(where, dataDir.graph())));
      return opening.handOver(
          new GraphResources(store, privacy, ServerState.open(dataDir, where), audit));
    }
  }

  @Override
  public void close() {
    state.close();
    store.close();
    audit.close();
    privacy.close();
  }
}
