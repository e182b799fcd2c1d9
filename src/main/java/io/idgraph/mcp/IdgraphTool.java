package io.idgraph.mcp;

/** One MCP tool: parses its arguments, calls the engine and returns the result record. */
interface IdgraphTool {
  String name();

  /** Runs the call; throws {@code IdgraphException} for anything the caller can fix. */
  ToolOutput call(Arguments args, CallContext context);
}
