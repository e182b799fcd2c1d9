package io.idgraph.workflow;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.EntryLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An {@link EntryLog} in a folder of the data dir: one owner-only file per key, {@code
 * <dir>/<key>.jsonl}, one entry (a line of JSON) per line, appended with O_APPEND so that several
 * processes may append to one key. Keys are ordered by their file's modification time.
 *
 * @param what the log, for messages ("the workflow log")
 * @param appending what an append does, for messages ("record the call in the workflow log")
 */
record DirectoryEntryLog(Path dir, String what, String appending) implements EntryLog {
  private static final String SUFFIX = ".jsonl";

  @Override
  public void append(String key, byte[] entry) {
    byte[] line = new byte[entry.length + 1];
    System.arraycopy(entry, 0, line, 0, entry.length);
    line[entry.length] = '\n';
    try {
      PrivateFiles.append(fileOf(key), line, false);
    } catch (IOException e) {
      throw DiskTrouble.failure(appending, e);
    }
  }

  @Override
  public List<byte[]> entries(String key) {
    try (Stream<String> lines = Files.lines(fileOf(key), StandardCharsets.UTF_8)) {
      return lines
          .filter(line -> !line.isBlank())
          .map(line -> line.getBytes(StandardCharsets.UTF_8))
          .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException | UncheckedIOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot read " + what + " in " + dir, e);
    }
  }

  @Override
  public boolean has(String key) {
    return Files.isRegularFile(fileOf(key));
  }

  @Override
  public List<String> keys() {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> listing = Files.list(dir)) {
      List<Map.Entry<String, FileTime>> found = new ArrayList<>();
      listing
          .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .forEach(p -> found.add(Map.entry(keyOf(p), modified(p)))); // each time read once
      found.sort(Map.Entry.<String, FileTime>comparingByValue().reversed());
      return found.stream().map(Map.Entry::getKey).toList();
    } catch (IOException e) {
      throw new IdgraphException(
          ErrorCode.STORE_UNAVAILABLE,
          "cannot list " + what + " in " + dir + " (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  private Path fileOf(String key) {
    return dir.resolve(key + SUFFIX);
  }

  private static String keyOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - SUFFIX.length());
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }
}
