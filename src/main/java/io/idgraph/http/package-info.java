/**
 * Everything the server exposes over HTTP, on embedded Jetty: MCP at {@code /mcp} and {@code
 * /v1/mcp} (the servlet comes from the {@code mcp} package), signed file links under {@code
 * /v1/files/} ({@link io.idgraph.http.FileServlet}), {@code /healthz} and {@code /metrics}, all
 * behind {@code HttpGuard} (Host, Origin and bearer-key checks). Start with {@link
 * io.idgraph.http.McpHttpServer}, the one start-up used by {@code serve} and {@code demo}.
 */
package io.idgraph.http;
