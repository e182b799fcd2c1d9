package io.idgraph.mcp;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Per-tool call counts, errors and latency, in Prometheus text format: {@code
 * idgraph_tool_calls_seconds{tool,outcome}} (count, sum, max) and {@code
 * idgraph_tool_errors_total{tool}}.
 */
public final class ToolMetrics {
  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final Map<String, Counter> errors = new ConcurrentHashMap<>();

  void record(String tool, boolean ok, long nanos) {
    String outcome = ok ? "ok" : "error";
    timers
        .computeIfAbsent(
            tool + "/" + outcome,
            k ->
                Timer.builder("idgraph.tool.calls")
                    .description("MCP tool calls by tool and outcome")
                    .tag("tool", tool)
                    .tag("outcome", outcome)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
    if (!ok) {
      errors
          .computeIfAbsent(
              tool,
              k ->
                  Counter.builder("idgraph.tool.errors")
                      .description("MCP tool calls that returned isError")
                      .tag("tool", tool)
                      .register(registry))
          .increment();
    }
  }

  /** The registry the HTTP server adds its own meters to (auth failures, queue, data dir). */
  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text exposition. */
  public String scrape() {
    return registry.scrape();
  }
}
