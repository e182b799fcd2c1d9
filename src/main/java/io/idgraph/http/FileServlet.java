package io.idgraph.http;

import io.idgraph.export.ArtifactKind;
import io.idgraph.export.ExportFormat;
import io.idgraph.export.Exports;
import io.idgraph.export.FileRefusedException;
import io.idgraph.export.ResourceUri;
import io.idgraph.export.StoredFile;
import io.idgraph.export.UrlSigner;
import io.idgraph.files.DiskTrouble;
import io.idgraph.graph.IdgraphException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves signed file links under {@code /v1/files/*}: GET downloads an artifact or upload, PUT
 * receives an upload. The signature is the credential (no bearer token). Answers: 200/201, 403 for
 * a link that was altered, 404 for no such link or file, 409 for a second PUT to a used upload
 * link, 410 for an expired link, 413 for an upload over the size limit. Nothing here logs a query
 * string.
 */
public final class FileServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(FileServlet.class);
  static final long DRAIN_BYTES = 16L << 20;

  private final transient UrlSigner signer;
  private final transient Exports exports;
  private final transient Transfers transfers;
  private final transient WithdrawnFiles withdrawn;

  public FileServlet(UrlSigner signer, Exports exports) {
    this(signer, exports, new Transfers(Integer.MAX_VALUE, 0), uri -> false);
  }

  /**
   * @param withdrawn files a privacy request withdrew: their links answer 410 rather than 404
   */
  public FileServlet(
      UrlSigner signer, Exports exports, Transfers transfers, WithdrawnFiles withdrawn) {
    this.signer = signer;
    this.exports = exports;
    this.transfers = transfers;
    this.withdrawn = withdrawn;
  }

  /** Whether a privacy request withdrew the file at a resource uri. */
  @FunctionalInterface
  public interface WithdrawnFiles {
    boolean isWithdrawn(String resourceUri);
  }

  /**
   * How many downloads and uploads may run at once (each holds a thread while its client reads or
   * sends), and the least bytes per second an upload body must average after a grace period.
   */
  public static final class Transfers {
    private final Semaphore slots;
    private final long minDataRate;

    public Transfers(int maxTransfers, long minDataRate) {
      this.slots = new Semaphore(maxTransfers);
      this.minDataRate = minDataRate;
    }
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    res.setHeader("Cache-Control", "no-store, private");
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "no-referrer");
    String method = req.getMethod();
    if (!method.equals("GET") && !method.equals("PUT")) {
      res.setHeader("Allow", "GET, PUT");
      text(res, 405, "only GET (download) and PUT (upload) are served here");
      return;
    }
    UrlSigner.Verification check = signer.verify(method, req.getRequestURI(), req.getQueryString());
    switch (check.outcome()) {
      case NOT_A_LINK ->
          text(
              res,
              404,
              "no file here; links look like /v1/files/{workflow_id}/"
                  + "{artifacts|uploads}/{filename}?expires=...&kid=...&sig=...");
      case FORBIDDEN ->
          text(
              res,
              403,
              "this link is not valid: it was altered, or its signing key"
                  + " was rotated; request a new one with generate_download_url or"
                  + " generate_url_for_upload");
      case EXPIRED ->
          text(
              res,
              410,
              "this link expired at "
                  + check.expires()
                  + "; request a new"
                  + " one with "
                  + (method.equals("PUT") ? "generate_url_for_upload" : "generate_download_url"));
      case OK -> {
        if (!transfers.slots.tryAcquire()) {
          res.setHeader("Retry-After", "5");
          res.setHeader("Connection", "close");
          text(res, 503, "too many downloads and uploads in progress; retry in a few seconds");
          return;
        }
        try {
          if (method.equals("GET")) {
            download(check.uri(), res);
          } else {
            upload(check.uri(), req, res);
          }
        } finally {
          transfers.slots.release();
        }
      }
    }
  }

  private void download(ResourceUri uri, HttpServletResponse res) throws IOException {
    Optional<StoredFile> found = exports.store().find(uri);
    if (found.isEmpty() && withdrawn.isWithdrawn(uri.toString())) {
      text(
          res,
          410,
          "the file at "
              + uri
              + " was withdrawn by a privacy request (it may have held a person who asked to be"
              + " deleted or opted out); run the tool that made it again");
      return;
    }
    if (found.isEmpty()) {
      text(res, 404, "no file at " + uri + "; it does not exist or has expired");
      return;
    }
    StoredFile file = found.get();
    res.setStatus(200);
    res.setContentType(
        ExportFormat.ofFilename(uri.filename())
            .map(ExportFormat::contentType)
            .orElse("application/octet-stream"));
    res.setHeader("Content-Disposition", "attachment; filename=\"" + uri.filename() + "\"");
    res.setContentLengthLong(file.sizeBytes());
    try (InputStream in = file.open();
        OutputStream out = res.getOutputStream()) {
      in.transferTo(out);
    }
    LOG.debug("served {} ({} bytes)", uri, file.sizeBytes());
  }

  private void upload(ResourceUri uri, HttpServletRequest req, HttpServletResponse res)
      throws IOException {
    if (uri.kind() != ArtifactKind.UPLOADS) {
      text(res, 403, "only upload links accept PUT; request one with generate_url_for_upload");
      return;
    }
    long max = exports.maxUploadBytes();
    if (req.getContentLengthLong() > max) {
      refuseTooLarge(req, res, max);
      return;
    }
    StoredFile stored;
    UploadBody body = new UploadBody(req.getInputStream(), transfers.minDataRate);
    try {
      stored = exports.store().receive(uri, body, max);
    } catch (FileRefusedException e) {
      switch (e.reason()) {
        case TOO_LARGE -> refuseTooLarge(req, res, max);
        case ALREADY_UPLOADED -> text(res, 409, e.getMessage());
      }
      return;
    } catch (UploadBody.TooSlowException e) {
      res.setHeader("Connection", "close");
      text(res, 408, e.getMessage());
      return;
    } catch (IOException | IdgraphException e) {
      Optional<DiskTrouble> disk = DiskTrouble.of(e);
      if (disk.isEmpty() && !(e instanceof IdgraphException)) {
        throw e; // the client went away mid-upload
      }
      LOG.warn("an upload could not be stored: {}", disk.map(DiskTrouble::label).orElse("io"));
      res.setHeader("Connection", "close");
      text(
          res,
          507,
          "the upload was not stored: "
              + disk.map(DiskTrouble::description).orElse(e.getMessage())
              + "; nothing of it was kept");
      return;
    }
    res.setStatus(201);
    res.setContentType("application/json");
    res.getOutputStream()
        .write(
            ("{\"resource_uri\":\""
                    + uri
                    + "\",\"size_bytes\":"
                    + stored.sizeBytes()
                    + ",\"expires_at\":\""
                    + stored.expiresAt()
                    + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
    LOG.info("received upload {} ({} bytes)", uri, stored.sizeBytes());
  }

  /**
   * Answers 413. A client that sent {@code Expect: 100-continue} has sent no body yet; for others
   * up to {@link #DRAIN_BYTES} of the body are read and dropped first, so the client is still
   * listening when the answer comes (past that the connection is closed under it).
   */
  private static void refuseTooLarge(HttpServletRequest req, HttpServletResponse res, long max)
      throws IOException {
    if (!"100-continue".equalsIgnoreCase(req.getHeader("Expect"))) {
      byte[] buffer = new byte[1 << 16];
      long drained = 0;
      var in = req.getInputStream();
      for (int n; drained < DRAIN_BYTES && (n = in.read(buffer)) >= 0; ) {
        drained += n;
      }
    }
    res.setHeader("Connection", "close");
    text(res, 413, tooLarge(max));
  }

  private static String tooLarge(long max) {
    return "upload is larger than the limit of "
        + max
        + " bytes; split the file or start the"
        + " server with a larger --max-upload-bytes";
  }

  private static void text(HttpServletResponse res, int status, String message) throws IOException {
    res.setStatus(status);
    res.setContentType("text/plain; charset=utf-8");
    res.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
