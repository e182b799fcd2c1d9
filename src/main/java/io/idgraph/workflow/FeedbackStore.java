package io.idgraph.workflow;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Submitted feedback, one JSON line per submission in {@code <dir>/feedback.jsonl}, appended with
 * O_APPEND and forced to disk before the call returns.
 */
public final class FeedbackStore {
  private final Path file;

  public FeedbackStore(Path dir) {
    this.file = dir.resolve("feedback.jsonl");
  }

  public void append(FeedbackRecord record) {
    byte[] line = (Json.MAPPER.writeValueAsString(record) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      PrivateFiles.append(file, line, true);
    } catch (IOException e) {
      throw DiskTrouble.failure("store the feedback", e);
    }
  }

  /** All feedback, oldest first; only that of one workflow when {@code workflowId} is set. */
  public List<FeedbackRecord> list(String workflowId) {
    String wanted = workflowId == null ? null : WorkflowLog.parseId(workflowId);
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines
          .filter(line -> !line.isBlank())
          .map(line -> Json.MAPPER.readValue(line, FeedbackRecord.class))
          .filter(r -> wanted == null || wanted.equals(r.workflowId()))
          .toList();
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot read feedback from " + file, e);
    }
  }
}
