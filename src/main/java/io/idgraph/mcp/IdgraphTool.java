package io.idgraph.mcp;

/**
 * One MCP tool: its name (which is also the name of its schema file, see {@link ToolSchema}) and
 * what a call does.
 */
record IdgraphTool(String name, Body body) {
  /** What a tool does with a call: parse the arguments, call the engine, return the result. */
  @FunctionalInterface
  interface Body {
    /** Runs the call; throws {@code IdgraphException} for anything the caller can fix. */
    ToolOutput call(Arguments args, CallContext context);
  }

  ToolOutput call(Arguments args, CallContext context) {
    return body.call(args, context);
  }
}
