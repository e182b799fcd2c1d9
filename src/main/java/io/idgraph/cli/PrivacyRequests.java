package io.idgraph.cli;

import io.idgraph.export.ExportOptions;
import io.idgraph.files.DataDir;
import io.idgraph.graph.OpenInOrder;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.PrivacyService;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.state.ServerState;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import java.time.Clock;

/**
 * What a privacy command acts on, opened together where {@code --data} and {@code --store} say: the
 * graph, the privacy state and the workflow files (so a request withdraws files in the cluster too
 * when the store is one). Closing it closes them all.
 */
record PrivacyRequests(PrivacyService service, ServerState server) implements AutoCloseable {
  /** Opens the graph writable (deletions) or for reading (opt-outs and opt-ins). */
  static PrivacyRequests open(DataDirOption data, boolean writable) {
    DataDir dir = data.dataDir();
    try (OpenInOrder opening = new OpenInOrder()) {
      PrivacyState state = opening.add(PrivacyState.open(dir, data.store()));
      IdentityStore store =
          opening.add(
              writable
                  ? IdentityStores.openWritable(data.store(), dir.graph())
                  : IdentityStores.openReader(data.store(), dir.graph()));
      ServerState server = opening.add(ServerState.open(dir, data.store()));
      return opening.handOver(
          new PrivacyRequests(
              new PrivacyService(
                  store,
                  state,
                  server.files(Clock.systemUTC(), ExportOptions.defaults()),
                  new IdentifierNormalizer(),
                  Clock.systemUTC()),
              server));
    }
  }

  @Override
  public void close() {
    server.close();
    service.store().close();
    service.state().close();
  }
}
