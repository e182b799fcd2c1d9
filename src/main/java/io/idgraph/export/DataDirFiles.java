package io.idgraph.export;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.ExpiringFiles;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ExpiringFiles} in a folder of the data dir ({@code exports/}): {@code
 * {root}/{folder}/{file}}, owner-only. A file's modification time is its expiry less the ttl. A
 * draft is a hidden temporary file, hard-linked into place on commit (atomic, and never over an
 * existing file); symbolic links are never followed.
 */
final class DataDirFiles implements ExpiringFiles {
  private final Path root;
  private final Duration ttl;

  DataDirFiles(Path root, Duration ttl) {
    this.root = root.toAbsolutePath().normalize();
    this.ttl = ttl;
  }

  /** The path of {@code name}, checked to stay inside the root and its folder. */
  Path pathOf(String name) {
    Path path = root.resolve(name).normalize();
    if (!path.startsWith(root) || path.getParent() == null) {
      throw IdgraphException.invalid("resource uri must name a file inside its workflow folder");
    }
    return path;
  }

  @Override
  public Optional<Entry> find(String name) {
    Path path = pathOf(name);
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
    return Optional.of(new Entry(name, attributes.size(), expires));
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

  @Override
  public InputStream open(Entry entry) throws IOException {
    return Files.newInputStream(pathOf(entry.name()), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public Draft create(String name, Duration lifetime) throws IOException {
    Path target = pathOf(name);
    PrivateFiles.createDirectories(target.getParent());
    Path temp =
        target.resolveSibling(
            "." + target.getFileName() + "." + ArtifactStore.randomHex(8) + ".part");
    return new DiskDraft(name, target, PrivateFiles.createFile(temp), ttl);
  }

  @Override
  public Entry keepUntil(Entry entry, Instant until) throws IOException {
    Files.setLastModifiedTime(pathOf(entry.name()), FileTime.from(until.minus(ttl)));
    return new Entry(entry.name(), entry.sizeBytes(), until);
  }

  @Override
  public void delete(String name) {
    deleteQuietly(pathOf(name));
  }

  @Override
  public List<String> names(String folder) {
    Path dir = root.resolve(folder).normalize();
    List<String> names = new ArrayList<>();
    if (!dir.startsWith(root) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return names;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      entries.forEach(p -> names.add(p.getFileName().toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(null);
    return names;
  }

  @Override
  public List<String> deleteAll() {
    List<String> deleted = new ArrayList<>();
    forEachFolder(
        (folder, name) -> {
          if (deleteQuietly(root.resolve(folder).resolve(name))) {
            deleted.add(folder + "/" + name);
          }
        });
    return deleted;
  }

  @Override
  public int sweep(Instant now) {
    Instant cutoff = now.minus(ttl);
    int[] deleted = new int[1];
    forEachFolder(
        (folder, name) -> {
          Path file = root.resolve(folder).resolve(name);
          try {
            FileTime modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS);
            if (!modified.toInstant().isAfter(cutoff) && deleteQuietly(file)) {
              deleted[0]++;
            }
          } catch (IOException e) {
            // gone meanwhile
          }
        });
    return deleted[0];
  }

  /**
   * Calls {@code action} with each file two levels down ({workflow}/{kind}/{file}), then tidies.
   */
  private void forEachFolder(FileAction action) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (DirectoryStream<Path> workflows = Files.newDirectoryStream(root)) {
      for (Path workflow : workflows) {
        for (ArtifactKind kind : ArtifactKind.values()) {
          Path folder = workflow.resolve(kind.wireName());
          if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          String folderName = workflow.getFileName() + "/" + kind.wireName();
          try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
              action.accept(folderName, file.getFileName().toString());
            }
          }
          deleteIfEmpty(folder);
        }
        deleteIfEmpty(workflow);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface FileAction {
    void accept(String folder, String name);
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

  /**
   * A file being written under a temporary name.
   *
   * @param ttl what the committed file's modification time is its expiry less
   */
  private record DiskDraft(String name, Path target, Path temp, Duration ttl) implements Draft {

    @Override
    public OutputStream out() {
      try {
        return Files.newOutputStream(temp, LinkOption.NOFOLLOW_LINKS, StandardOpenOption.WRITE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public Optional<Entry> commit(Instant expiresAt) throws IOException {
      try {
        Files.setLastModifiedTime(temp, FileTime.from(expiresAt.minus(ttl)));
        // a hard link is atomic and, unlike a rename, fails when the name is taken
        Files.createLink(target, temp);
      } catch (FileAlreadyExistsException e) {
        return Optional.empty();
      } finally {
        abort();
      }
      return Optional.of(new Entry(name, Files.size(target), expiresAt));
    }

    @Override
    public void abort() {
      deleteQuietly(temp);
    }
  }
}
