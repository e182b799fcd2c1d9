package io.idgraph.export;

import io.idgraph.files.DiskTrouble;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.ExpiringFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The files of every workflow, named {@code {workflow_id}/{artifacts|uploads}/{filename}}, in the
 * data dir's {@code exports/} or in the cluster ({@link ExpiringFiles}). A file lives {@code ttl}
 * after it was written; an expired file is deleted when someone asks for it and by {@link
 * #sweep()}. A file is written whole before a reader sees it.
 */
public final class ArtifactStore {
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);
  public static final Duration MAX_TTL = Duration.ofHours(24);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ExpiringFiles files;
  private final Clock clock;
  private final Duration ttl;
  private final long maxPageBytes;

  public ArtifactStore(Path root, Clock clock, Duration ttl) {
    this(root, clock, ttl, ExportOptions.DEFAULT_MAX_PAGE_BYTES);
  }

  /** As above; {@code maxPageBytes} bounds one page read from a file ({@link ArtifactPages}). */
  public ArtifactStore(Path root, Clock clock, Duration ttl, long maxPageBytes) {
    this(new DataDirFiles(root, checkTtl(ttl)), clock, ttl, maxPageBytes);
  }

  /** The files kept in {@code files} (the cluster's, say). */
  public ArtifactStore(ExpiringFiles files, Clock clock, Duration ttl, long maxPageBytes) {
    this.files = files;
    this.clock = clock;
    this.ttl = checkTtl(ttl);
    this.maxPageBytes = maxPageBytes;
  }

  private static Duration checkTtl(Duration ttl) {
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
      throw IdgraphException.invalid(
          "export ttl must be between 1 second and "
              + MAX_TTL.toSeconds()
              + " seconds; got "
              + ttl.toSeconds());
    }
    return ttl;
  }

  /** The most text one page of a file may hold. */
  public long maxPageBytes() {
    return maxPageBytes;
  }

  public Duration ttl() {
    return ttl;
  }

  /** Now, in whole seconds (link expiries are whole seconds, so file expiries are too). */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** Where {@code uri} is on disk (data dir files only; for tests). */
  Path pathOf(ResourceUri uri) {
    return ((DataDirFiles) files).pathOf(nameOf(uri));
  }

  private static String nameOf(ResourceUri uri) {
    return folderOf(uri.workflowId(), uri.kind()) + "/" + uri.filename();
  }

  private static String folderOf(String workflowId, ArtifactKind kind) {
    ResourceUri.requireWorkflowId(workflowId);
    return workflowId + "/" + kind.wireName();
  }

  /** The file, if it exists and has not expired; an expired one is deleted. */
  public Optional<StoredFile> find(ResourceUri uri) {
    String name = nameOf(uri);
    Optional<ExpiringFiles.Entry> entry = files.find(name);
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.get().expiresAt())) {
      files.delete(name);
      return Optional.empty();
    }
    return Optional.of(stored(uri, entry.get()));
  }

  private StoredFile stored(ResourceUri uri, ExpiringFiles.Entry entry) {
    return new StoredFile(uri, entry.sizeBytes(), entry.expiresAt(), () -> files.open(entry));
  }

  /** The file, or a NOT_FOUND error that says it does not exist or has expired. */
  public StoredFile require(ResourceUri uri) {
    return find(uri)
        .orElseThrow(
            () ->
                new IdgraphException(
                    ErrorCode.NOT_FOUND,
                    "no file at "
                        + uri
                        + "; it does not exist or has expired (files live "
                        + ttl.toSeconds()
                        + " seconds); run the tool that made it again"));
  }

  /** Keeps the file at least until {@code until}; returns it with its new expiry. */
  public StoredFile keepUntil(StoredFile file, Instant until) {
    if (!until.isAfter(file.expiresAt())) {
      return file;
    }
    try {
      ExpiringFiles.Entry entry =
          files.keepUntil(
              new ExpiringFiles.Entry(nameOf(file.uri()), file.sizeBytes(), file.expiresAt()),
              until);
      return stored(file.uri(), entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new file being written; {@link NewFile#commit()} makes it visible. */
  public NewFile create(ResourceUri uri) {
    try {
      return new NewFile(uri, files.create(nameOf(uri), ttl));
    } catch (IOException e) {
      throw DiskTrouble.failure("write " + uri.kind().wireName() + " file " + uri.filename(), e);
    }
  }

  /**
   * Streams an upload into the store. More than {@code maxBytes} bytes is refused with TOO_LARGE
   * (and nothing is kept); a name already uploaded is refused with ALREADY_UPLOADED.
   */
  public StoredFile receive(ResourceUri uri, InputStream body, long maxBytes) throws IOException {
    if (find(uri).isPresent()) {
      throw alreadyUploaded(uri);
    }
    NewFile file = create(uri);
    try (OutputStream out = file.open()) {
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      for (int n; (n = body.read(buffer)) >= 0; ) {
        total += n;
        if (total > maxBytes) {
          throw new FileRefusedException(
              FileRefusedException.Reason.TOO_LARGE,
              "upload is larger than the limit of " + maxBytes + " bytes; split the file");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      file.abort();
      throw e;
    }
    return file.commitNew().orElseThrow(() -> alreadyUploaded(uri));
  }

  private static FileRefusedException alreadyUploaded(ResourceUri uri) {
    return new FileRefusedException(
        FileRefusedException.Reason.ALREADY_UPLOADED,
        "a file was already uploaded to "
            + uri
            + "; uploads are never overwritten, request a new url with generate_url_for_upload"
            + " and another filename");
  }

  /** The workflow's live files, artifacts first, by name. */
  public List<StoredFile> list(String workflowId) {
    List<StoredFile> found = new ArrayList<>();
    for (ArtifactKind kind : ArtifactKind.values()) {
      for (String name : files.names(folderOf(workflowId, kind))) {
        if (ResourceUri.isValidFilename(name)) {
          find(new ResourceUri(workflowId, kind, name)).ifPresent(found::add);
        }
      }
    }
    return found;
  }

  /**
   * Deletes every file of every workflow, live or expired, and returns the uris of those that were
   * live files (a privacy request withdraws them: their links must not serve what they held).
   */
  public List<ResourceUri> deleteAll() {
    List<ResourceUri> deleted = new ArrayList<>();
    for (String name : files.deleteAll()) {
      String[] parts = name.split("/", 3);
      Optional<ArtifactKind> kind =
          parts.length == 3 ? ArtifactKind.fromWire(parts[1]) : Optional.empty();
      if (kind.isPresent() && ResourceUri.isValidFilename(parts[2])) {
        try {
          deleted.add(new ResourceUri(parts[0], kind.get(), parts[2]));
        } catch (IdgraphException notAWorkflow) {
          // a folder no workflow made; its file is gone all the same
        }
      }
    }
    return deleted;
  }

  /**
   * Deletes expired files, temporary files older than the ttl (an interrupted write) and empty
   * folders; returns how many files were deleted.
   */
  public int sweep() {
    return files.sweep(clock.instant());
  }

  static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** A file being written; nothing of it is visible before {@link #commit()}. */
  public final class NewFile {
    private final ResourceUri uri;
    private final ExpiringFiles.Draft draft;

    private NewFile(ResourceUri uri, ExpiringFiles.Draft draft) {
      this.uri = uri;
      this.draft = draft;
    }

    public ResourceUri uri() {
      return uri;
    }

    public OutputStream open() throws IOException {
      return draft.out();
    }

    /** Makes the file visible (never over an existing one) and starts its ttl. */
    public StoredFile commit() throws IOException {
      return commitNew()
          .orElseThrow(() -> new java.nio.file.FileAlreadyExistsException(uri.toString()));
    }

    private Optional<StoredFile> commitNew() throws IOException {
      try {
        return draft.commit(now().plus(ttl)).map(entry -> stored(uri, entry));
      } catch (IOException | RuntimeException e) {
        draft.abort();
        throw e;
      }
    }

    public void abort() {
      draft.abort();
    }
  }
}
