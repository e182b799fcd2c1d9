package io.idgraph.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * Small files that hold secrets (API key hashes, link signing keys): written owner-only and
 * replaced atomically, and re-read only when they change.
 */
public final class PrivateFiles {
  /** The {@link #version} of a file that does not exist. */
  public static final Object ABSENT = "absent";

  private static final SecureRandom RANDOM = new SecureRandom();

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
    Files.createDirectories(file.toAbsolutePath().getParent());
    byte[] suffix = new byte[6];
    RANDOM.nextBytes(suffix);
    Path temp =
        file.resolveSibling(file.getFileName() + "." + HexFormat.of().formatHex(suffix) + ".tmp");
    try {
      Files.createFile(
          temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      Files.createFile(temp); // not a POSIX file system: the data dir's own permissions apply
    }
    Files.write(temp, bytes);
    return temp;
  }

  /** Writes {@code bytes} to {@code file} owner-only, replacing it atomically where possible. */
  public static void replace(Path file, byte[] bytes) throws IOException {
    Path temp = writeTemp(file, bytes);
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
