package io.idgraph.mcp;

import io.idgraph.auth.Caller;
import io.idgraph.auth.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Which scope each tool needs: the one rule behind both the tools/list a caller sees and the
 * refusal of a call by name (403 over HTTP). A tool is listed when the caller holds one of its
 * scopes; asking for a file ({@code format} csv, json or jsonl) also needs {@code export}.
 */
final class ToolScopes {
  /** The scopes that open each tool: any one of them will do. */
  private static final Map<String, List<Scope>> OPENED_BY =
      Map.of(
          ResolveTool.NAME, List.of(Scope.RESOLVE),
          PersonTool.NAME, List.of(Scope.RESOLVE),
          FeedbackTool.NAME, List.of(Scope.FEEDBACK),
          EnrichRowsTool.NAME, List.of(Scope.ENRICH),
          UploadUrlTool.NAME, List.of(Scope.RESOLVE, Scope.ENRICH),
          DownloadUrlTool.NAME, List.of(Scope.EXPORT));

  private ToolScopes() {}

  /** Whether {@code tool} is listed for {@code caller}. */
  static boolean lists(Caller caller, String tool) {
    List<Scope> opening = OPENED_BY.get(tool);
    return opening == null || opening.stream().anyMatch(caller::may);
  }

  /** The scope {@code caller} lacks for this call, or null when it may make it. */
  static Scope missing(Caller caller, String tool, JsonNode arguments) {
    List<Scope> opening = OPENED_BY.get(tool);
    if (opening != null && opening.stream().noneMatch(caller::may)) {
      return opening.get(0);
    }
    if (asksForFile(arguments) && !caller.may(Scope.EXPORT)) {
      return Scope.EXPORT;
    }
    return null;
  }

  private static boolean asksForFile(JsonNode arguments) {
    if (arguments == null || !arguments.isObject()) {
      return false;
    }
    JsonNode format = arguments.get("format");
    return format != null
        && format.isString()
        && !format.asString().trim().toLowerCase(Locale.ROOT).equals("none");
  }

  /** What the refusal says: the scope, and how to get a key that has it. */
  static String refusal(String tool, Scope scope) {
    return "this key lacks the '"
        + scope.wireName()
        + "' scope that "
        + tool
        + (scope == Scope.EXPORT ? " needs to write a file" : " needs")
        + "; create a key with: idgraph keys create --name NAME --scopes ...,"
        + scope.wireName();
  }
}
