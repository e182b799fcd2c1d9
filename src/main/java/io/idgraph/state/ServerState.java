package io.idgraph.state;

import io.idgraph.export.ArtifactStore;
import io.idgraph.export.ExportOptions;
import io.idgraph.export.ExportService;
import io.idgraph.export.SigningKeys;
import io.idgraph.files.DataDir;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.SharedState;
import io.idgraph.store.StoreUri;
import io.idgraph.workflow.FeedbackStore;
import io.idgraph.workflow.WorkflowLog;
import java.time.Clock;

/**
 * The one place that decides where a server's state lives: the link signing keys, the workflow
 * logs, the feedback and the workflow files are in the data dir for the embedded store, and in the
 * cluster (over one connection) when the store is a cluster, so that every server on it answers for
 * every workflow and link. Close it to release the connection.
 *
 * @param shared the cluster's shared state; null when the state is in the data dir
 */
public record ServerState(DataDir dir, SharedState shared) implements AutoCloseable {

  /** The state of {@code dir}, or of the cluster {@code where} names. */
  public static ServerState open(DataDir dir, StoreUri where) {
    return new ServerState(dir, where.isCluster() ? IdentityStores.openSharedState(where) : null);
  }

  /** True when the state is in the cluster. */
  public boolean inCluster() {
    return shared != null;
  }

  /** The key ring that signs download and upload links. */
  public SigningKeys signingKeys() {
    return shared != null
        ? new SigningKeys(shared.document("signing_keys"))
        : ExportService.signingKeys(dir);
  }

  /** Each workflow's calls. */
  public WorkflowLog workflows() {
    return shared != null
        ? new WorkflowLog(shared.log("workflows"))
        : new WorkflowLog(dir.workflows());
  }

  /** Submitted feedback. */
  public FeedbackStore feedback() {
    return shared != null
        ? new FeedbackStore(shared.log("feedback"))
        : new FeedbackStore(dir.feedback());
  }

  /** The workflows' export and upload files. */
  public ArtifactStore files(Clock clock, ExportOptions options) {
    return shared != null
        ? new ArtifactStore(shared.files("exports"), clock, options.ttl(), options.maxPageBytes())
        : new ArtifactStore(dir.exports(), clock, options.ttl(), options.maxPageBytes());
  }

  /** Exports with their files and signing keys here. */
  public ExportService exports(Clock clock, ExportOptions options) {
    return new ExportService(dir, files(clock, options), signingKeys(), clock, options);
  }

  @Override
  public void close() {
    if (shared != null) {
      shared.close();
    }
  }
}
