package io.idgraph.store.rocksdb;

import io.idgraph.files.PrivateFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the serving index lives: {@code <store>/serving/gen-NNNNNNNNNNNN/} holds one generation's
 * files, and {@code serving/CURRENT} names the generation readers use. A new generation is written
 * whole, then named in CURRENT by an atomic rename; older generations are deleted after that (a
 * reader that still maps one keeps reading it: the files go when the last map does).
 */
final class ServingFiles {
  static final String CURRENT = "CURRENT";
  private static final String PREFIX = "gen-";

  private ServingFiles() {}

  static Path dir(Path storeDir) {
    return storeDir.resolve("serving");
  }

  /** The generation CURRENT names, or null when there is none yet. */
  static String current(Path servingDir) throws IOException {
    try {
      String name =
          Files.readString(servingDir.resolve(CURRENT), StandardCharsets.US_ASCII).strip();
      return name.startsWith(PREFIX) ? name : null;
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /** A new, empty generation dir, numbered after every existing one. */
  static Path newGeneration(Path servingDir) throws IOException {
    PrivateFiles.createDirectories(servingDir);
    long last = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(servingDir, PREFIX + "*")) {
      for (Path entry : entries) {
        try {
          last = Math.max(last, Long.parseLong(entry.getFileName().toString().substring(4)));
        } catch (NumberFormatException e) {
          // not one of ours
        }
      }
    }
    Path dir = servingDir.resolve(String.format("%s%012d", PREFIX, last + 1));
    PrivateFiles.createDirectories(dir);
    return dir;
  }

  /** Makes {@code generation} the one readers use, then deletes every other generation. */
  static void publish(Path servingDir, Path generation) throws IOException {
    String name = generation.getFileName().toString();
    PrivateFiles.replace(
        servingDir.resolve(CURRENT), (name + "\n").getBytes(StandardCharsets.US_ASCII));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(servingDir, PREFIX + "*")) {
      for (Path entry : entries) {
        if (!entry.getFileName().toString().equals(name)) {
          StoreFiles.deleteTree(entry);
        }
      }
    }
  }
}
