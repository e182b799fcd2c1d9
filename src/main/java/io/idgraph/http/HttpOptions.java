package io.idgraph.http;

import io.idgraph.graph.IdgraphException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * How the HTTP server listens and what it accepts. Values that cannot work are refused here, with
 * the flag to change, before anything binds.
 *
 * @param host the address to bind (127.0.0.1 by default)
 * @param port the port; 0 picks a free one
 * @param publicUrl the base URL clients use, if not http://host:port (its host and origin are
 *     allowed)
 * @param allowedOrigins extra browser origins to accept, e.g. https://app.example.com
 * @param allowedHosts extra Host header values to accept (host or host:port)
 * @param maxBodyBytes the largest request body accepted
 * @param limits timeouts and caps on concurrent work
 */
public record HttpOptions(
    String host,
    int port,
    String publicUrl,
    List<String> allowedOrigins,
    List<String> allowedHosts,
    long maxBodyBytes,
    HttpLimits limits) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

  /** The smallest body limit that still admits an initialize request. */
  public static final long MIN_MAX_BODY = 1024;

  public HttpOptions {
    if (host == null || host.isBlank() || host.contains("/") || host.contains(" ")) {
      throw IdgraphException.invalid(
          "--host must be an address or name such as 127.0.0.1, 0.0.0.0 or ::1; got '"
              + host
              + "'");
    }
    if (port < 0 || port > 65535) {
      throw IdgraphException.invalid(
          "--port must be from 0 to 65535 (0 picks a free port); got " + port);
    }
    if (publicUrl != null) {
      checkPublicUrl(publicUrl);
    }
    allowedOrigins = List.copyOf(allowedOrigins);
    allowedOrigins.forEach(HttpOptions::checkOrigin);
    allowedHosts = List.copyOf(allowedHosts);
    allowedHosts.forEach(HttpOptions::checkHost);
    if (maxBodyBytes < MIN_MAX_BODY) {
      throw IdgraphException.invalid(
          "--max-body-bytes must be at least " + MIN_MAX_BODY + "; got " + maxBodyBytes);
    }
  }

  public HttpOptions(
      String host,
      int port,
      String publicUrl,
      List<String> allowedOrigins,
      List<String> allowedHosts,
      long maxBodyBytes) {
    this(host, port, publicUrl, allowedOrigins, allowedHosts, maxBodyBytes, HttpLimits.defaults());
  }

  public static HttpOptions loopback(int port) {
    return new HttpOptions(DEFAULT_HOST, port, null, List.of(), List.of(), DEFAULT_MAX_BODY);
  }

  private static void checkPublicUrl(String value) {
    URI url = parse(value);
    if (!isWebAddress(url)) {
      throw IdgraphException.invalid(
          "--public-url must be an absolute http or https URL with a host and no query, such as"
              + " https://idgraph.example.com; got '"
              + value
              + "'");
    }
  }

  private static void checkOrigin(String value) {
    URI url = parse(value.trim());
    String path = url == null ? null : url.getRawPath();
    if (!isWebAddress(url) || !(path == null || path.isEmpty() || path.equals("/"))) {
      throw IdgraphException.invalid(
          "--allowed-origin must be a browser origin, scheme://host[:port] such as"
              + " https://app.example.com (no path, no wildcard); got '"
              + value
              + "'");
    }
  }

  private static void checkHost(String value) {
    String h = value.trim().toLowerCase(Locale.ROOT);
    if (h.isEmpty() || h.contains("/") || h.contains(" ") || h.contains("@") || h.equals("*")) {
      throw IdgraphException.invalid(
          "--allowed-host must be a Host header value, host or host:port such as"
              + " idgraph.internal:8080 (no scheme, no path, no wildcard); got '"
              + value
              + "'");
    }
  }

  /** An absolute http or https URL with a host, and no user info, query or fragment. */
  private static boolean isWebAddress(URI url) {
    String scheme = url == null ? null : url.getScheme();
    return scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        && url.getHost() != null
        && url.getRawUserInfo() == null
        && url.getRawQuery() == null
        && url.getRawFragment() == null;
  }

  private static URI parse(String value) {
    try {
      return new URI(value);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
