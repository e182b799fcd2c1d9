package io.idgraph.workflow;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.graph.Json;
import io.idgraph.store.EntryLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Submitted feedback: in the data dir, one JSON line per submission in {@code
 * <dir>/feedback.jsonl}, appended with O_APPEND and forced to disk before the call returns; in the
 * cluster, an {@link EntryLog} keyed by workflow id.
 */
public final class FeedbackStore {
  private final Path file;
  private final EntryLog shared;

  public FeedbackStore(Path dir) {
    this.file = dir.resolve("feedback.jsonl");
    this.shared = null;
  }

  /** Feedback kept in a shared log (a cluster store's), one key per workflow. */
  public FeedbackStore(EntryLog shared) {
    this.file = null;
    this.shared = shared;
  }

  public void append(FeedbackRecord record) {
    byte[] json = Json.MAPPER.writeValueAsString(record).getBytes(StandardCharsets.UTF_8);
    if (shared != null) {
      shared.append(record.workflowId(), json);
      return;
    }
    byte[] line =
        (new String(json, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      PrivateFiles.append(file, line, true);
    } catch (IOException e) {
      throw DiskTrouble.failure("store the feedback", e);
    }
  }

  /** All feedback, oldest first; only that of one workflow when {@code workflowId} is set. */
  public List<FeedbackRecord> list(String workflowId) {
    String wanted = workflowId == null ? null : WorkflowLog.parseId(workflowId);
    return shared != null ? listShared(wanted) : listFile(wanted);
  }

  private List<FeedbackRecord> listShared(String wanted) {
    List<FeedbackRecord> records = new ArrayList<>();
    for (String key : wanted == null ? shared.keys() : List.of(wanted)) {
      shared.entries(key).forEach(e -> records.add(Json.MAPPER.readValue(e, FeedbackRecord.class)));
    }
    records.sort(Comparator.comparing(r -> Instant.parse(r.submittedAt())));
    return records;
  }

  private List<FeedbackRecord> listFile(String wanted) {
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
