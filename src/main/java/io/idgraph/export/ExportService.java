package io.idgraph.export;

import io.idgraph.files.DataDir;
import io.idgraph.graph.DaemonThreads;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything exports need, wired together: the artifact store (the data dir's {@code exports/} or
 * the cluster's), the signing keys (the data dir's {@code signing-keys.json} or the cluster's), the
 * signer, and a sweep of expired files every minute. The public base URL is set once the HTTP
 * server knows its port.
 */
public final class ExportService implements AutoCloseable {
  public static final String SIGNING_KEYS_FILE = "signing-keys.json";
  private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

  private final DataDir dataDir;
  private final Exports exports;
  private final UrlSigner signer;
  private final AtomicReference<String> baseUrl = new AtomicReference<>();
  private final ScheduledExecutorService sweeper;

  public ExportService(DataDir dataDir, Clock clock, ExportOptions options) {
    this(
        dataDir,
        new ArtifactStore(dataDir.exports(), clock, options.ttl(), options.maxPageBytes()),
        signingKeys(dataDir),
        clock,
        options);
  }

  /** Exports over {@code store} and {@code keys} (the cluster's, say). */
  public ExportService(
      DataDir dataDir, ArtifactStore store, SigningKeys keys, Clock clock, ExportOptions options) {
    this.dataDir = dataDir;
    baseUrl.set(options.publicUrl());
    this.signer = new UrlSigner(keys, clock, ArtifactStore.MAX_TTL, baseUrl::get);
    this.exports = new Exports(store, signer, options.maxUploadBytes());
    this.sweeper =
        Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("idgraph-export-sweep"));
    var unused = sweeper.scheduleWithFixedDelay(this::sweep, 0, 60, TimeUnit.SECONDS);
  }

  public static SigningKeys signingKeys(DataDir dataDir) {
    return new SigningKeys(dataDir.root().resolve(SIGNING_KEYS_FILE));
  }

  /** The data dir the files live in. */
  public DataDir dataDir() {
    return dataDir;
  }

  public Exports exports() {
    return exports;
  }

  public UrlSigner signer() {
    return signer;
  }

  /** Sets the base URL unless a public URL was configured. */
  public void offerBaseUrl(String url) {
    baseUrl.compareAndSet(null, url);
  }

  private void sweep() {
    try {
      int deleted = exports.store().sweep();
      if (deleted > 0) {
        LOG.info("deleted {} expired export files", deleted);
      }
    } catch (RuntimeException e) {
      LOG.warn("export sweep failed: {}", e.getClass().getSimpleName());
    }
  }

  @Override
  public void close() {
    sweeper.shutdownNow();
  }
}
