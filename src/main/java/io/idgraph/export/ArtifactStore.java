package io.idgraph.export;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The files of every workflow under one root ({@code DataDir.exports()}): {@code
 * {root}/{workflow_id}/{artifacts|uploads}/{filename}}. A file lives {@code ttl} after it was
 * written (its modification time, set from the injected clock, is when); an expired file is deleted
 * when someone asks for it and by {@link #sweep()}. Files are written to a hidden temporary name
 * and moved into place when complete, so a reader never sees half a file.
 */
public final class ArtifactStore {
  public static final Duration DEFAULT_TTL = Duration.ofHours(1);
  public static final Duration MAX_TTL = Duration.ofHours(24);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;
  private final Clock clock;
  private final Duration ttl;
  private final long maxPageBytes;

  public ArtifactStore(Path root, Clock clock, Duration ttl) {
    this(root, clock, ttl, ExportOptions.DEFAULT_MAX_PAGE_BYTES);
  }

  /** As above; {@code maxPageBytes} bounds one page read from a file ({@link ArtifactPages}). */
  public ArtifactStore(Path root, Clock clock, Duration ttl, long maxPageBytes) {
    if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
      throw IdgraphException.invalid(
          "export ttl must be between 1 second and "
              + MAX_TTL.toSeconds()
              + " seconds; got "
              + ttl.toSeconds());
    }
    this.root = root.toAbsolutePath().normalize();
    this.clock = clock;
    this.ttl = ttl;
    this.maxPageBytes = maxPageBytes;
  }

  /** The most text one page of a file may hold. */
  public long maxPageBytes() {
    return maxPageBytes;
  }

  public Duration ttl() {
    return ttl;
  }

  public Clock clock() {
    return clock;
  }

  /** Now, in whole seconds (link expiries are whole seconds, so file expiries are too). */
  public Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }

  /** The path of {@code uri}, checked to stay inside its folder. */
  Path pathOf(ResourceUri uri) {
    Path folder = folderOf(uri.workflowId(), uri.kind());
    Path path = folder.resolve(uri.filename()).normalize();
    if (!path.startsWith(folder) || !path.getParent().equals(folder)) {
      throw IdgraphException.invalid("resource uri must name a file inside its workflow folder");
    }
    return path;
  }

  private Path folderOf(String workflowId, ArtifactKind kind) {
    ResourceUri.requireWorkflowId(workflowId);
    return root.resolve(workflowId).resolve(kind.wireName());
  }

  /** The file, if it exists and has not expired; an expired one is deleted. */
  public Optional<StoredFile> find(ResourceUri uri) {
    Path path = pathOf(uri);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!attributes.isRegularFile() || throughLink(path)) {
      return Optional.empty();
    }
    Instant expires = attributes.lastModifiedTime().toInstant().plus(ttl);
    if (!clock.instant().isBefore(expires)) {
      deleteQuietly(path);
      return Optional.empty();
    }
    return Optional.of(new StoredFile(uri, path, attributes.size(), expires));
  }

  /** True when a folder between the root and {@code file} is a symbolic link (never followed). */
  private boolean throughLink(Path file) {
    for (Path p = file.getParent(); p != null && p.startsWith(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        return true;
      }
    }
    return false;
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
      Files.setLastModifiedTime(file.path(), FileTime.from(until.minus(ttl)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new StoredFile(file.uri(), file.path(), file.sizeBytes(), until);
  }

  /** A new file being written; {@link NewFile#commit()} makes it visible. */
  public NewFile create(ResourceUri uri) {
    Path target = pathOf(uri);
    try {
      PrivateFiles.createDirectories(target.getParent());
      Path temp = target.resolveSibling("." + uri.filename() + "." + randomHex(8) + ".part");
      return new NewFile(uri, target, PrivateFiles.createFile(temp));
    } catch (IOException e) {
      throw DiskTrouble.failure("write " + uri.kind().wireName() + " file " + uri.filename(), e);
    }
  }

  /**
   * Streams an upload to disk. More than {@code maxBytes} bytes is refused with TOO_LARGE (and
   * nothing is kept); a name already uploaded is refused with ALREADY_UPLOADED.
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
    try {
      return file.commit();
    } catch (FileAlreadyExistsException e) {
      throw alreadyUploaded(uri);
    }
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
    List<StoredFile> files = new ArrayList<>();
    for (ArtifactKind kind : ArtifactKind.values()) {
      Path folder = folderOf(workflowId, kind);
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      List<String> names = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
        entries.forEach(p -> names.add(p.getFileName().toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      names.sort(null);
      for (String name : names) {
        if (ResourceUri.isValidFilename(name)) {
          find(new ResourceUri(workflowId, kind, name)).ifPresent(files::add);
        }
      }
    }
    return files;
  }

  /**
   * Deletes every file of every workflow, live or expired, and returns the uris of those that were
   * live files (a privacy request withdraws them: their links must not serve what they held).
   */
  public List<ResourceUri> deleteAll() {
    List<ResourceUri> deleted = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return deleted;
    }
    try (DirectoryStream<Path> workflows = Files.newDirectoryStream(root)) {
      for (Path workflow : workflows) {
        String workflowId = workflow.getFileName().toString();
        for (ArtifactKind kind : ArtifactKind.values()) {
          Path folder = workflow.resolve(kind.wireName());
          if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
              String name = file.getFileName().toString();
              if (deleteQuietly(file) && ResourceUri.isValidFilename(name)) {
                try {
                  deleted.add(new ResourceUri(workflowId, kind, name));
                } catch (IdgraphException notAWorkflow) {
                  // a folder no workflow made; its file is gone all the same
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deleted;
  }

  /**
   * Deletes expired files, temporary files older than the ttl (an interrupted write) and empty
   * folders; returns how many files were deleted.
   */
  public int sweep() {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    Instant cutoff = clock.instant().minus(ttl);
    int deleted = 0;
    try (DirectoryStream<Path> workflows = Files.newDirectoryStream(root)) {
      for (Path workflow : workflows) {
        for (ArtifactKind kind : ArtifactKind.values()) {
          deleted += sweepFolder(workflow.resolve(kind.wireName()), cutoff);
        }
        deleteIfEmpty(workflow);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return deleted;
  }

  private static int sweepFolder(Path folder, Instant cutoff) throws IOException {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
        if (!modified.toInstant().isAfter(cutoff) && deleteQuietly(file)) {
          deleted++;
        }
      }
    }
    deleteIfEmpty(folder);
    return deleted;
  }

  private static void deleteIfEmpty(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      if (entries.iterator().hasNext()) {
        return;
      }
    } catch (IOException e) {
      return;
    }
    deleteQuietly(dir);
  }

  private static boolean deleteQuietly(Path path) {
    try {
      return Files.deleteIfExists(path);
    } catch (IOException e) {
      return false;
    }
  }

  static String randomHex(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  /** A file being written under a temporary name. */
  public final class NewFile {
    private final ResourceUri uri;
    private final Path target;
    private final Path temp;

    private NewFile(ResourceUri uri, Path target, Path temp) {
      this.uri = uri;
      this.target = target;
      this.temp = temp;
    }

    public ResourceUri uri() {
      return uri;
    }

    public OutputStream open() throws IOException {
      return Files.newOutputStream(temp, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.WRITE);
    }

    /** Moves the file into place (never over an existing one) and starts its ttl. */
    public StoredFile commit() throws IOException {
      try {
        Files.setLastModifiedTime(temp, FileTime.from(now()));
        // a hard link is atomic and, unlike a rename, fails when the name is taken
        Files.createLink(target, temp);
      } catch (IOException e) {
        abort();
        throw e;
      }
      abort();
      return require(uri);
    }

    public void abort() {
      deleteQuietly(temp);
    }
  }
}
