package io.idgraph.workflow;

import java.util.List;

/** One submit_feedback call as stored. */
public record FeedbackRecord(
    String feedbackId,
    String workflowId,
    String submittedAt,
    String toolTraceId,
    List<FeedbackItem> items) {}
