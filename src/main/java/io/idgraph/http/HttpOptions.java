package io.idgraph.http;

import java.util.List;

/**
 * How the HTTP server listens and what it accepts.
 *
 * @param host the address to bind (127.0.0.1 by default)
 * @param port the port; 0 picks a free one
 * @param publicUrl the base URL clients use, if not http://host:port (its host and origin are
 *     allowed)
 * @param allowedOrigins extra browser origins to accept, e.g. https://app.example.com
 * @param allowedHosts extra Host header values to accept (host or host:port)
 * @param maxBodyBytes the largest request body accepted
 */
public record HttpOptions(
    String host,
    int port,
    String publicUrl,
    List<String> allowedOrigins,
    List<String> allowedHosts,
    long maxBodyBytes) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

  public static HttpOptions loopback(int port) {
    return new HttpOptions(DEFAULT_HOST, port, null, List.of(), List.of(), DEFAULT_MAX_BODY);
  }
}
