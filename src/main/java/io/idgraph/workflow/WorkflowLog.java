package io.idgraph.workflow;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The calls of each workflow, one JSON line per call in {@code <dir>/<workflow id>.jsonl}. Lines
 * are appended with O_APPEND, so concurrent processes can share a workflow.
 */
public final class WorkflowLog {
  private static final String SUFFIX = ".jsonl";
  private static final Charset UTF8 = StandardCharsets.UTF_8;

  private final Path dir;

  public WorkflowLog(Path dir) {
    this.dir = dir;
  }

  /**
   * The canonical (lowercase) form of a workflow id, or an invalid-argument failure saying what a
   * workflow id looks like.
   */
  public static String parseId(String raw) {
    return WorkflowId.parse(raw).value();
  }

  /**
   * Appends a call to a workflow, creating the workflow (an owner-only file) on its first call; a
   * call that cannot be recorded fails with STORE_UNAVAILABLE naming the cause.
   */
  public void append(String workflowId, CallRecord call) {
    byte[] line = (Json.MAPPER.writeValueAsString(call) + "\n").getBytes(UTF8);
    try {
      PrivateFiles.append(fileOf(workflowId), line, false);
    } catch (IOException e) {
      throw DiskTrouble.failure("record the call in the workflow log", e);
    }
  }

  /** True if this workflow has had at least one call, in any process. */
  public boolean exists(String workflowId) {
    return Files.isRegularFile(fileOf(workflowId));
  }

  /** The calls of a workflow, oldest first. */
  public List<CallRecord> calls(String workflowId) {
    String id = parseId(workflowId);
    try (Stream<String> lines = Files.lines(fileOf(id), UTF8)) {
      return lines
          .filter(line -> !line.isBlank())
          .map(line -> Json.MAPPER.readValue(line, CallRecord.class))
          .toList();
    } catch (NoSuchFileException e) {
      throw new IdgraphException(
          ErrorCode.NOT_FOUND, "no workflow " + id + "; see idgraph workflows list");
    } catch (IOException | UncheckedIOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot read workflow " + id, e);
    }
  }

  /** The most recently active workflows, newest first. */
  public List<WorkflowSummary> recent(int limit) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
              .map(p -> Map.entry(p, modified(p))) // each file's time read once, not per comparison
              .sorted(Map.Entry.<Path, FileTime>comparingByValue().reversed())
              .limit(limit)
              .map(Map.Entry::getKey)
              .toList();
    } catch (IOException e) {
      throw unavailable(e);
    }
    List<WorkflowSummary> summaries = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String id = name.substring(0, name.length() - SUFFIX.length());
      List<CallRecord> calls = calls(id);
      if (calls.isEmpty()) {
        continue;
      }
      LinkedHashSet<String> tools = new LinkedHashSet<>();
      calls.forEach(c -> tools.add(c.tool()));
      summaries.add(
          new WorkflowSummary(
              id,
              calls.size(),
              calls.get(0).at(),
              calls.get(calls.size() - 1).at(),
              List.copyOf(tools)));
    }
    return summaries;
  }

  private Path fileOf(String canonicalId) {
    return dir.resolve(canonicalId + SUFFIX);
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private IdgraphException unavailable(IOException e) {
    return new IdgraphException(
        ErrorCode.STORE_UNAVAILABLE,
        "cannot list the workflow log in " + dir + " (" + e.getClass().getSimpleName() + ")",
        e);
  }
}
