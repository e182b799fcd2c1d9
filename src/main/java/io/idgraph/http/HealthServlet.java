package io.idgraph.http;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.WriteProbe;
import io.idgraph.mcp.ToolMetrics;
import io.micrometer.core.instrument.Gauge;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /healthz} (no auth) and {@code /metrics} (Prometheus text, behind the bearer key). Both
 * say whether the data dir can be written: /healthz answers 503 {@code {"status":"degraded",
 * "data_dir":"not writable: full"}} when it cannot, and {@code idgraph_data_dir_writable} is 0.
 */
final class HealthServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient ToolMetrics metrics;
  private final transient WriteProbe dataDir;

  HealthServlet(ToolMetrics metrics, WriteProbe dataDir) {
    this.metrics = metrics;
    this.dataDir = dataDir;
    Gauge.builder("idgraph.data_dir.writable", dataDir, p -> p.writable() ? 1 : 0)
        .description("1 when the data dir can be written, 0 when it cannot (full, read-only)")
        .register(metrics.registry());
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean health = "/healthz".equals(request.getRequestURI());
    int status = 200;
    String body;
    if (health) {
      if (dataDir.writable()) {
        body = "{\"status\":\"ok\"}";
      } else {
        status = 503;
        String why = dataDir.trouble().map(DiskTrouble::label).orElse("io_error");
        body = "{\"status\":\"degraded\",\"data_dir\":\"not writable: " + why + "\"}";
      }
    } else {
      body = metrics.scrape();
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(health ? "application/json" : "text/plain; version=0.0.4");
    response.setCharacterEncoding("UTF-8");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
