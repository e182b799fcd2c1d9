package io.idgraph.cli;

import io.idgraph.files.DataDir;
import io.idgraph.graph.OpenInOrder;
import io.idgraph.privacy.PrivacyState;
import io.idgraph.state.ServerState;
import io.idgraph.store.IdentityStore;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreUri;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/** The --data and --store options every command takes. */
public final class DataDirOption {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "Data dir (default: $IDGRAPH_DATA or ./idgraph-data).")
  Path data;

  @Option(
      names = "--store",
      paramLabel = "URI",
      defaultValue = "${env:IDGRAPH_STORE}",
      description =
          "Where the graph lives: rocksdb: (the embedded store under the data dir, the default)"
              + " or cassandra://HOST[:PORT][,HOST...]/KEYSPACE?dc=DC&rf=N&consistency=LEVEL"
              + " (default: $IDGRAPH_STORE, else rocksdb:).")
  String store;

  public DataDir dataDir() {
    return DataDir.resolve(data);
  }

  /**
   * The graph for reading (also while a load holds it), seen through the privacy state of the data
   * dir or the cluster: opted-out and deleted persons never show. Closing it closes both.
   */
  public IdentityStore openPrivacyFilteredReader() {
    StoreUri where = store();
    DataDir dir = dataDir();
    try (OpenInOrder opening = new OpenInOrder()) {
      PrivacyState privacy = opening.add(PrivacyState.open(dir, where));
      return opening.handOver(privacy.filterAndOwn(IdentityStores.openReader(where, dir.graph())));
    }
  }

  /** What {@code read} finds in the server state (workflows, feedback, signing keys) here. */
  <T> T fromServerState(Function<ServerState, T> read) {
    try (ServerState state = ServerState.open(dataDir(), store())) {
      return read.apply(state);
    }
  }

  /** What {@code read} finds in the privacy state (the request log, say) here. */
  <T> T fromPrivacyState(Function<PrivacyState, T> read) {
    try (PrivacyState state = PrivacyState.open(dataDir(), store())) {
      return read.apply(state);
    }
  }

  /** The parsed --store (or IDGRAPH_STORE); a bad URI is a usage error naming the forms. */
  public StoreUri store() {
    return StoreUri.parse(store);
  }
}
