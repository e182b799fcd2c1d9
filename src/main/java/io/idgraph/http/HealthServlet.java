package io.idgraph.http;

import io.idgraph.mcp.ToolMetrics;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code /healthz} (no auth) and {@code /metrics} (Prometheus text, behind the bearer key). */
final class HealthServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient ToolMetrics metrics;

  HealthServlet(ToolMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean health = "/healthz".equals(request.getRequestURI());
    byte[] body =
        (health ? "{\"status\":\"ok\"}" : metrics.scrape()).getBytes(StandardCharsets.UTF_8);
    response.setStatus(200);
    response.setContentType(health ? "application/json" : "text/plain; version=0.0.4");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
