package io.idgraph.workflow;

/**
 * One feedback item as stored.
 *
 * @param toolTraceId the call the feedback is about, if given
 * @param feedback the text
 * @param personId the person concerned, as a string of digits, if given
 * @param kind wrong_match, wrong_attribute, missing_data or other, if given
 * @param attribute the attribute concerned, if given
 */
public record FeedbackItem(
    String toolTraceId, String feedback, String personId, String kind, String attribute) {}
