package io.idgraph.export;

import io.idgraph.graph.Echo;
import io.idgraph.graph.IdgraphException;
import io.idgraph.workflow.WorkflowId;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;

/**
 * The door for tools: writes results to workflow artifacts and hands out signed download and upload
 * links.
 */
public record Exports(ArtifactStore store, UrlSigner signer, long maxUploadBytes) {
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 1L << 30;

  /**
   * Writes {@code rows} to a new artifact {@code {baseName}-{suffix}.{ext}} of the workflow and
   * returns its export object with a download link valid as long as the file.
   */
  public <T> Export write(
      String workflowId,
      String baseName,
      String suffix,
      ExportFormat format,
      Columns<T> columns,
      RowSource<T> rows) {
    return writeStream(
        workflowId,
        baseName,
        suffix,
        format,
        out -> {
          try (ExportWriter<T> writer = ExportWriter.open(format, out, columns)) {
            rows.writeTo(writer);
            return writer.rows();
          }
        });
  }

  /** Writes a file some other writer produces; the body returns the data rows it wrote. */
  @FunctionalInterface
  public interface StreamBody {
    long writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes a new artifact {@code {baseName}-{suffix}.{ext}} with {@code body} (which may close the
   * stream) and returns its export object.
   */
  public Export writeStream(
      String workflowId, String baseName, String suffix, ExportFormat format, StreamBody body) {
    ResourceUri uri =
        new ResourceUri(
            workflowId, ArtifactKind.ARTIFACTS, baseName + "-" + suffix + "." + format.extension());
    ArtifactStore.NewFile file = store.create(uri);
    long count;
    try (OutputStream out = file.open()) {
      count = body.writeTo(out);
    } catch (IOException | RuntimeException e) {
      file.abort();
      if (e instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw (RuntimeException) e;
    }
    StoredFile stored;
    try {
      stored = file.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String url = signer.canSign() ? signer.sign("GET", uri, stored.expiresAt()) : null;
    return new Export(
        url,
        format.wireName(),
        count,
        stored.sizeBytes(),
        stored.expiresAt().toString(),
        uri.toString());
  }

  /**
   * A fresh download link for an existing file of the calling workflow; the file is kept at least
   * as long as the link.
   */
  public DownloadLink downloadUrl(String callerWorkflowId, String resourceUri) {
    ResourceUri uri = ResourceUri.parse(resourceUri);
    WorkflowId.requireSame(callerWorkflowId, uri.workflowId(), "resource_uri");
    StoredFile file = store.require(uri);
    Instant expires = store.now().plus(store.ttl());
    file = store.keepUntil(file, expires);
    return new DownloadLink(
        signer.sign("GET", uri, expires),
        expires.toString(),
        uri.toString(),
        uri.filename(),
        file.sizeBytes());
  }

  /** A signed PUT link for a new CSV upload named {@code filename} in the workflow. */
  public UploadLink uploadUrl(String workflowId, String filename) {
    if (filename == null || !filename.toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      throw IdgraphException.invalid(
          "filename must end in .csv, like customer-data.csv; got " + Echo.quoted(filename));
    }
    ResourceUri uri = new ResourceUri(workflowId, ArtifactKind.UPLOADS, filename);
    if (store.find(uri).isPresent()) {
      throw IdgraphException.invalid(
          "a file named "
              + filename
              + " was already uploaded to this workflow; pick another filename or use "
              + uri
              + " as it is");
    }
    Instant expires = store.now().plus(store.ttl());
    String url = signer.sign("PUT", uri, expires);
    return new UploadLink(
        url,
        expires.toString(),
        uri.toString(),
        filename,
        maxUploadBytes,
        "PUT the CSV (UTF-8, a header line first) to upload_url before upload_expires_at, e.g."
            + " curl -X PUT -H \"Content-Type: text/csv\" -T FILE \"<upload_url>\"; at most "
            + maxUploadBytes
            + " bytes; then pass resource_uri as csv_resource_uri with the same workflow_id.");
  }
}
