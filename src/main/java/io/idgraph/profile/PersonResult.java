package io.idgraph.profile;

import java.util.List;

/** The get_person result (workflow_id and tool_trace_id are added by the caller). */
public record PersonResult(List<Profile> profiles, List<String> notFound) {}
