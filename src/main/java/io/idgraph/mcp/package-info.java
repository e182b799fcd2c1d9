/**
 * MCP: the only package that knows the Model Context Protocol. Start at {@link
 * io.idgraph.mcp.IdgraphMcp} (the tools and the catalog resource over a data dir's store, built on
 * the MCP Java SDK's stateless server), then the transports: {@link io.idgraph.mcp.McpServlet}
 * (Streamable HTTP, mounted by the {@code http} package) and {@link io.idgraph.mcp.McpStdioServer}.
 * Both hand each JSON-RPC message to {@code JsonRpcDispatcher} (bounded parsing, -32700/-32600
 * errors); every tool call goes through {@code ToolRunner} (workflow and trace ids, the workflow
 * log, metrics, and the one mapping of failures to {@code isError} results). Tool schemas live in
 * {@code resources/io/idgraph/mcp/tools/}; {@code ToolSchema} reads them, and each tool takes the
 * argument names it accepts from there.
 */
package io.idgraph.mcp;
