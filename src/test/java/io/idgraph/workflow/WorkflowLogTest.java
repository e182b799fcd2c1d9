package io.idgraph.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowLogTest {
  private static final String ID = "550e8400-e29b-41d4-a716-446655440000";
  @TempDir Path dir;

  private static CallRecord call(String tool, String trace) {
    return new CallRecord(
        tool, trace, "2025-01-15T10:30:00Z", 3, "http", "ok", Map.of("requested", 2));
  }

  @Test
  void append_isReadByAnotherInstance() {
    new WorkflowLog(dir).append(ID, call("resolve_identities", "a".repeat(32)));
    WorkflowLog other = new WorkflowLog(dir);
    other.append(ID, call("get_person", "b".repeat(32)));

    assertThat(new WorkflowLog(dir).exists(ID)).isTrue();
    assertThat(new WorkflowLog(dir).calls(ID))
        .extracting(CallRecord::tool)
        .containsExactly("resolve_identities", "get_person");
  }

  @Test
  void parseId_acceptsUppercaseUuidAsCanonical() {
    assertThat(WorkflowLog.parseId(ID.toUpperCase(Locale.ROOT))).isEqualTo(ID);
  }

  @Test
  void parseId_rejectsNonUuidWithExample() {
    assertThatThrownBy(() -> WorkflowLog.parseId("../../etc/passwd"))
        .isInstanceOf(IdgraphException.class)
        .hasMessageContaining("workflow_id must be a UUID such as 550e8400")
        .hasMessageContaining("got '../../etc/passwd'");
  }

  @Test
  void calls_unknownWorkflowIsNotFound() {
    assertThatThrownBy(() -> new WorkflowLog(dir).calls(ID))
        .isInstanceOfSatisfying(
            IdgraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
  }

  @Test
  void recent_summarizesNewestFirst() throws Exception {
    WorkflowLog log = new WorkflowLog(dir);
    String other = "650e8400-e29b-41d4-a716-446655440000";
    log.append(ID, call("resolve_identities", "a".repeat(32)));
    Files.setLastModifiedTime(
        dir.resolve(ID + ".jsonl"), java.nio.file.attribute.FileTime.fromMillis(1000));
    log.append(other, call("get_person", "b".repeat(32)));

    List<WorkflowSummary> recent = log.recent(10);
    assertThat(recent).extracting(WorkflowSummary::workflowId).containsExactly(other, ID);
    assertThat(recent.get(1).tools()).containsExactly("resolve_identities");
  }

  @Test
  void feedback_roundTripsAndFilters() {
    FeedbackStore store = new FeedbackStore(dir.resolve("feedback"));
    FeedbackItem item = new FeedbackItem(null, "wrong age", "12", "wrong_attribute", "age_range");
    store.append(
        new FeedbackRecord("f1", ID, "2025-01-15T10:30:00Z", "c".repeat(32), List.of(item)));
    store.append(
        new FeedbackRecord(
            "f2", "650e8400-e29b-41d4-a716-446655440000", "t", "d".repeat(32), List.of(item)));

    assertThat(store.list(null)).hasSize(2);
    assertThat(store.list(ID))
        .singleElement()
        .satisfies(r -> assertThat(r.items()).containsExactly(item));
  }
}
