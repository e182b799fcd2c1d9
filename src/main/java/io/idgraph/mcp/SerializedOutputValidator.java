package io.idgraph.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.Map;
import tools.jackson.databind.util.RawValue;

/**
 * The SDK checks every tool's structured content against the tool's output schema. idgraph's tools
 * hand over their result already serialized (one serialization for the text copy and the structured
 * copy, see {@link ToolRunner}), which the SDK's validator cannot read; those results pass here
 * unparsed, because a second parse and validation on every call would cost as much as the
 * serialization. The schemas are held to the results by the integration tests, whose real MCP
 * clients (Java, TypeScript, Inspector) validate every structured result they receive. Anything
 * else goes to the SDK's validator.
 */
final class SerializedOutputValidator implements JsonSchemaValidator {
  private final JsonSchemaValidator sdk = McpJsonDefaults.getSchemaValidator();

  @Override
  public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
    if (structuredContent instanceof RawValue) {
      // the text is unused: the tool result has its own text content (ToolRunner)
      return ValidationResponse.asValid("");
    }
    return sdk.validate(schema, structuredContent);
  }

  @Override
  public ValidationResponse validateSchema(Map<String, Object> schema) {
    return sdk.validateSchema(schema);
  }
}
