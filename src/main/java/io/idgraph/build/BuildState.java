package io.idgraph.build;

import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a build remembers in {@code <data>/build/}: each source's normalized records with their
 * person ids ({@code records/<source>.jsonl}), each person's digest ({@code persons.bin}, sorted by
 * id) and the next fresh person id ({@code state.json}).
 */
final class BuildState {
  private final Path dir;

  /** Person ids (ascending) and the digest of what was written for each. */
  record Digests(long[] ids, long[] digests) {
    long digestOf(long id) {
      int at = java.util.Arrays.binarySearch(ids, id);
      return at < 0 ? 0 : digests[at];
    }

    boolean contains(long id) {
      return java.util.Arrays.binarySearch(ids, id) >= 0;
    }
  }

  BuildState(Path dir) {
    this.dir = dir;
  }

  Path dir() {
    return dir;
  }

  Path records(String source) {
    return dir.resolve("records").resolve(source + ".jsonl");
  }

  /** The sources built so far, by name. */
  List<String> sources() {
    Path records = dir.resolve("records");
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(records)) {
      return out;
    }
    try (Stream<Path> files = Files.list(records)) {
      files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".jsonl"))
          .map(n -> n.substring(0, n.length() - ".jsonl".length()))
          .sorted()
          .forEach(out::add);
    } catch (IOException e) {
      throw io("cannot list " + records, e);
    }
    return out;
  }

  long nextPersonId() {
    Path file = dir.resolve("state.json");
    if (!Files.exists(file)) {
      return 1;
    }
    try {
      return Json.MAPPER.readTree(file.toFile()).get("next_person_id").asLong();
    } catch (RuntimeException e) {
      throw io("cannot read " + file + "; remove the build dir to start over", e);
    }
  }

  void saveNextPersonId(long next) {
    write(dir.resolve("state.json"), Json.MAPPER.writeValueAsBytes(Map.of("next_person_id", next)));
  }

  Digests digests() {
    Path file = dir.resolve("persons.bin");
    if (!Files.exists(file)) {
      return new Digests(new long[0], new long[0]);
    }
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int n = in.readInt();
      long[] ids = new long[n];
      long[] digests = new long[n];
      for (int i = 0; i < n; i++) {
        ids[i] = in.readLong();
        digests[i] = in.readLong();
      }
      return new Digests(ids, digests);
    } catch (IOException e) {
      throw io("cannot read " + file, e);
    }
  }

  void saveDigests(long[] ids, long[] digests, int n) {
    Path file = dir.resolve("persons.bin");
    Path tmp = file.resolveSibling("persons.bin.tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      out.writeInt(n);
      for (int i = 0; i < n; i++) {
        out.writeLong(ids[i]);
        out.writeLong(digests[i]);
      }
    } catch (IOException e) {
      throw io("cannot write " + file, e);
    }
    move(tmp, file);
  }

  static void move(Path from, Path to) {
    try {
      PrivateFiles.createDirectories(to.getParent());
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw io("cannot replace " + to, e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      PrivateFiles.createDirectories(file.getParent());
      Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.write(tmp, bytes);
      move(tmp, file);
    } catch (IOException e) {
      throw io("cannot write " + file, e);
    }
  }

  static IdgraphException io(String message, Exception cause) {
    return new IdgraphException(ErrorCode.IO, message + ": " + cause.getMessage(), cause);
  }
}
