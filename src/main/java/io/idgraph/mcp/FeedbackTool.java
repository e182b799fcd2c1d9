package io.idgraph.mcp;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.workflow.CallRecord;
import io.idgraph.workflow.FeedbackItem;
import io.idgraph.workflow.FeedbackRecord;
import io.idgraph.workflow.FeedbackStore;
import io.idgraph.workflow.WorkflowLog;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** submit_feedback: stores feedback items on a known workflow. */
record FeedbackTool(WorkflowLog workflows, FeedbackStore store, Clock clock)
    implements IdgraphTool.Body {
  static final String NAME = "submit_feedback";
  static final int MAX_ITEMS = 100;
  static final int MAX_TEXT = 4000;
  private static final Set<String> NAMES = ToolSchema.argumentNames(NAME);
  private static final Set<String> ITEM_NAMES = ToolSchema.argumentNames(NAME, "feedback_items");
  private static final List<String> KINDS =
      List.of("wrong_match", "wrong_attribute", "missing_data", "other");
  private static final Pattern TRACE_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern PERSON_ID = Pattern.compile("[1-9][0-9]{0,18}");

  /** The submit_feedback result (workflow_id and tool_trace_id are added around it). */
  record FeedbackResult(
      String feedbackId,
      String message,
      String submittedAt,
      int storedItems,
      int invalidItems,
      List<String> warnings) {}

  @Override
  public ToolOutput call(Arguments args, CallContext context) {
    args.onlyKnown(NAMES, Map.of("items", "the items go in feedback_items"));
    String workflowId = knownWorkflow(context);
    List<Arguments> items =
        args.objects("feedback_items")
            .orElseThrow(
                () ->
                    IdgraphException.invalid(
                        "feedback_items is required: an array of {feedback, tool_trace_id?,"
                            + " person_id?, kind?, attribute?}"));
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw IdgraphException.invalid(
          "feedback_items must hold 1 to " + MAX_ITEMS + " items, got " + items.size());
    }
    Set<String> traces =
        workflows.calls(workflowId).stream()
            .map(CallRecord::toolTraceId)
            .collect(Collectors.toSet());
    List<FeedbackItem> stored = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Arguments item : items) {
      try {
        FeedbackItem parsed = item(item);
        if (parsed.toolTraceId() != null && !traces.contains(parsed.toolTraceId())) {
          warnings.add(
              item.name("tool_trace_id") + " is not a call of this workflow; stored anyway");
        }
        stored.add(parsed);
      } catch (IdgraphException e) {
        warnings.add(e.getMessage());
      }
    }
    int invalid = items.size() - stored.size();
    if (stored.isEmpty()) {
      throw IdgraphException.invalid(
          "no feedback item could be stored: " + String.join("; ", warnings));
    }
    String submittedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
    String feedbackId = UUID.randomUUID().toString();
    store.append(
        new FeedbackRecord(feedbackId, workflowId, submittedAt, context.toolTraceId(), stored));
    String message =
        "stored "
            + stored.size()
            + " feedback item"
            + (stored.size() == 1 ? "" : "s")
            + (invalid == 0 ? "" : "; " + invalid + " invalid, see warnings");
    return new ToolOutput(
        new FeedbackResult(feedbackId, message, submittedAt, stored.size(), invalid, warnings),
        ToolOutput.counts("stored_items", stored.size(), "invalid_items", invalid));
  }

  private String knownWorkflow(CallContext context) {
    if (!context.workflowGiven()) {
      throw IdgraphException.invalid(
          "workflow_id is required: the workflow_id of an earlier resolve_identities or"
              + " get_person result");
    }
    if (!workflows.exists(context.workflowId())) {
      throw new IdgraphException(
          ErrorCode.NOT_FOUND,
          "workflow_id "
              + context.workflowId()
              + " is not known to this server; use the workflow_id of an earlier"
              + " resolve_identities or get_person result");
    }
    return context.workflowId();
  }

  private static FeedbackItem item(Arguments item) {
    item.onlyKnown(ITEM_NAMES, Map.of("text", "the text goes in feedback"));
    String text =
        item.string("feedback")
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElseThrow(
                () -> IdgraphException.invalid(item.name("feedback") + " is required: the text"));
    if (text.length() > MAX_TEXT) {
      throw IdgraphException.invalid(
          item.name("feedback") + " must be at most " + MAX_TEXT + " characters");
    }
    String trace = item.string("tool_trace_id").orElse(null);
    if (trace != null && !TRACE_ID.matcher(trace).matches()) {
      throw IdgraphException.invalid(
          item.name("tool_trace_id") + " must be 32 lowercase hex digits, from a result");
    }
    String person = null;
    if (item.has("person_id")) {
      person = Arguments.stringOrInteger(item.raw("person_id"), item.name("person_id")).trim();
      if (!PERSON_ID.matcher(person).matches()) {
        throw IdgraphException.invalid(
            item.name("person_id") + " must be a positive integer person id, from a result");
      }
    }
    return new FeedbackItem(trace, text, person, kind(item), attribute(item));
  }

  private static String kind(Arguments item) {
    return item.choice("kind", KINDS, raw -> Optional.of(raw).filter(KINDS::contains)).orElse(null);
  }

  private static String attribute(Arguments item) {
    String attribute = item.string("attribute").orElse(null);
    if (attribute != null && attribute.length() > 200) {
      throw IdgraphException.invalid(item.name("attribute") + " must be at most 200 characters");
    }
    return attribute;
  }
}
