package io.idgraph.store.rocksdb;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File-system chores around a store dir: creation, presence, size, scratch dirs. */
final class StoreFiles {
  private StoreFiles() {}

  static void createDirectories(Path dir) {
    try {
      PrivateFiles.createDirectories(dir);
    } catch (IOException e) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "the data dir " + dir + " cannot be created: " + e.getMessage(),
          e);
    }
  }

  /** True when {@code dir} holds a store (RocksDB's CURRENT file names its manifest). */
  static boolean exists(Path dir) {
    return Files.isRegularFile(dir.resolve("CURRENT"));
  }

  /** Creates an empty store; if a writer got there first, that writer creates it. */
  static void createEmpty(Path dir) {
    createDirectories(dir);
    try {
      RocksDbHandles.openPrimary(dir).close();
    } catch (IdgraphException e) {
      if (!exists(dir)) {
        throw e;
      }
    }
  }

  static Path scratchDir() {
    try {
      return Files.createTempDirectory("idgraph-reader-");
    } catch (IOException e) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "a reader needs a temporary dir and none can be created: " + e.getMessage(),
          e);
    }
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(StoreFiles::deleteQuietly);
    } catch (IOException | UncheckedIOException e) {
      // a leftover scratch dir in the temp dir is harmless
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // see deleteTree
    }
  }

  /** The sum of the sizes of the files in {@code dir}; files removed meanwhile count as 0. */
  static long bytesOnDisk(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      return paths.filter(Files::isRegularFile).mapToLong(StoreFiles::sizeOrZero).sum();
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // compacted away meanwhile
    }
  }
}
