package io.idgraph.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Everything under the data dir is private to the user who runs idgraph: folders are created 0700
 * and files 0600, whatever the umask (the mode is set after creation, which the umask cannot narrow
 * or widen). Small files that hold secrets (API key hashes, link signing keys) are also replaced
 * atomically and re-read only when they change.
 */
public final class PrivateFiles {
  /** The {@link #version} of a file that does not exist. */
  public static final Object ABSENT = "absent";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String DIR_MODE = "rwx------";
  private static final String FILE_MODE = "rw-------";

  private PrivateFiles() {}

  /**
   * What changes when the file is rewritten: its inode (an atomic replace), modification time and
   * size; {@link #ABSENT} when there is no file. Compare versions to know when to read it again.
   */
  public static Object version(Path file) throws IOException {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      return List.of(
          String.valueOf(attrs.fileKey()), attrs.lastModifiedTime().toMillis(), attrs.size());
    } catch (NoSuchFileException e) {
      return ABSENT;
    }
  }

  /** A new owner-only (0600) file beside {@code file}, holding {@code bytes}. */
  public static Path writeTemp(Path file, byte[] bytes) throws IOException {
    createDirectories(file.toAbsolutePath().getParent());
    byte[] suffix = new byte[6];
    RANDOM.nextBytes(suffix);
    Path temp =
        file.resolveSibling(file.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".tmp");
    createFile(temp);
    try {
      Files.write(temp, bytes);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp); // a full disk leaves no half-written file behind
      throw e;
    }
    return temp;
  }

  /**
   * Creates {@code dir} and any missing parents, each new one owner-only (0700); existing folders
   * keep their mode.
   */
  public static void createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return;
    }
    Path parent = absolute.getParent();
    if (parent != null) {
      createDirectories(parent);
    }
    try {
      Files.createDirectory(absolute, permissions(DIR_MODE));
    } catch (FileAlreadyExistsException e) {
      if (!Files.isDirectory(absolute)) {
        throw e;
      }
      return;
    } catch (UnsupportedOperationException e) {
      Files.createDirectory(absolute); // not a POSIX file system
      return;
    }
    setMode(absolute, DIR_MODE);
  }

  /** Creates a new, empty owner-only (0600) file; fails if it exists. */
  public static Path createFile(Path file) throws IOException {
    try {
      Files.createFile(file, permissions(FILE_MODE));
    } catch (UnsupportedOperationException e) {
      return Files.createFile(file); // not a POSIX file system: the folder's permissions apply
    }
    setMode(file, FILE_MODE);
    return file;
  }

  /**
   * Appends {@code bytes} to {@code file} in one write with O_APPEND (so concurrent processes can
   * share it), creating the file owner-only, and its folders, when it is missing. With {@code sync}
   * the bytes are on disk when this returns.
   */
  public static void append(Path file, byte[] bytes, boolean sync) throws IOException {
    try {
      appendExisting(file, bytes, sync);
    } catch (NoSuchFileException e) {
      createDirectories(file.toAbsolutePath().getParent());
      boolean created = false;
      try {
        createFile(file);
        created = true;
      } catch (FileAlreadyExistsException raced) {
        // another writer created it first
      }
      try {
        appendExisting(file, bytes, sync);
      } catch (IOException | RuntimeException failed) {
        if (created && Files.size(file) == 0) {
          Files.deleteIfExists(file); // a full disk leaves no empty file behind
        }
        throw failed;
      }
    }
  }

  private static void appendExisting(Path file, byte[] bytes, boolean sync) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      if (sync) {
        channel.force(false);
      }
    }
  }

  /** Makes an existing file owner-only (0600). */
  public static void ownerOnly(Path file) throws IOException {
    setMode(file, FILE_MODE);
  }

  private static FileAttribute<Set<PosixFilePermission>> permissions(String mode) {
    return PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(mode));
  }

  private static void setMode(Path path, String mode) throws IOException {
    try {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system
    }
  }

  /** Writes {@code bytes} to {@code file} owner-only, replacing it atomically where possible. */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path temp = writeTemp(file, bytes);
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
