package io.idgraph.audit;

import io.idgraph.files.DataDir;
import io.idgraph.store.IdentityStores;
import io.idgraph.store.StoreUri;

/** The one place that says where the audit log lives. */
public final class AuditLogs {
  private AuditLogs() {}

  /**
   * The audit log of the cluster when {@code where} is one (every server and command on it writes
   * and reads the same log), else {@code <data>/audit/}.
   */
  public static AuditLog open(DataDir dir, StoreUri where) {
    return where.isCluster()
        ? new SharedAuditLog(IdentityStores.openSharedState(where))
        : new DataDirAuditLog(dir.root().resolve("audit"));
  }
}
