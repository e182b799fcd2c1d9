package io.idgraph.http;

import io.idgraph.audit.AuditEvent;
import io.idgraph.audit.AuditLog;
import io.idgraph.auth.Caller;
import io.idgraph.auth.RateLimiter;
import io.idgraph.export.UrlSigner;
import io.idgraph.mcp.McpServlet;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * Every HTTP request passes here first: the Host header must name this server (DNS rebinding), a
 * browser Origin must be this server's or an allowed one (which then gets CORS headers, and its
 * preflight an answer without credentials), and everything but {@code /healthz} and the signed file
 * links under {@code /v1/files/} needs {@code Authorization: Bearer <api key>}. Failed keys are
 * counted and throttled per client address ({@link AuthThrottle}).
 */
final class HttpGuard implements Filter {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HttpGuard.class);
  private static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "[::1]");
  private static final String PUBLIC_PATH = "/healthz";

  private final HttpOptions options;
  private final BearerTokens tokens;
  private final IntSupplier port;
  private final AuthThrottle throttle;
  private final RateLimiter rates = new RateLimiter(System::nanoTime);
  private final AuditLog audit;
  private volatile Set<String> hosts;
  private volatile Set<String> origins;

  HttpGuard(
      HttpOptions options,
      BearerTokens tokens,
      IntSupplier port,
      MeterRegistry registry,
      AuditLog audit) {
    this.audit = audit;
    this.options = options;
    this.tokens = tokens;
    this.port = port;
    this.throttle =
        new AuthThrottle(options.limits().authFailuresPerMinute(), registry, System::nanoTime);
  }

  /** True when any Host is accepted: a wildcard bind with no allowed hosts or public URL. */
  boolean acceptsAnyHost() {
    return isWildcard(options.host())
        && options.allowedHosts().isEmpty()
        && options.publicUrl() == null;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    if (hosts == null) {
      computeAllowed();
    }
    String host = request.getHeader("Host");
    if (host != null && !acceptsAnyHost() && !hosts.contains(host.toLowerCase(Locale.ROOT))) {
      reject(
          response,
          403,
          -32003,
          "host not allowed; connect through this server's address or"
              + " start it with --allowed-host");
      return;
    }
    String origin = request.getHeader("Origin");
    if (origin != null && !origins.contains(normalizeOrigin(origin))) {
      reject(response, 403, -32003, "origin not allowed; start the server with --allowed-origin");
      return;
    }
    if (origin != null) {
      Cors.allow(response, origin);
      if (Cors.isPreflight(request)) {
        Cors.answerPreflight(response);
        return;
      }
    }
    // signed file links carry their own credential (the signature) and need no bearer token
    boolean signedLink = request.getRequestURI().startsWith(UrlSigner.PATH_PREFIX);
    boolean metadata =
        tokens.oauthOn() && request.getRequestURI().startsWith(ProtectedResourceServlet.PATH);
    if (!PUBLIC_PATH.equals(request.getRequestURI())
        && !metadata
        && !signedLink
        && !authorized(request, response)) {
      return;
    }
    chain.doFilter(req, res);
  }

  private boolean authorized(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String header = request.getHeader("Authorization");
    String address = request.getRemoteAddr();
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      if (throttled(address, response)) {
        return false;
      }
      throttle.failed(
          address, header == null ? AuthThrottle.Reason.MISSING : AuthThrottle.Reason.MALFORMED);
      audit("unauthenticated", request, "unauthenticated", "no bearer token");
      response.setHeader("WWW-Authenticate", challenge(request, null));
      reject(
          response,
          401,
          -32001,
          "missing bearer token; send Authorization: Bearer <api key>"
              + " (create a key with: idgraph keys create --name NAME)");
      return false;
    }
    Optional<BearerTokens.Holder> key = tokens.authenticate(header.substring(7).trim());
    if (key.isEmpty()) {
      if (throttled(address, response)) {
        return false;
      }
      throttle.failed(address, AuthThrottle.Reason.INVALID);
      audit("unauthenticated", request, "unauthenticated", "invalid bearer token");
      response.setHeader("WWW-Authenticate", challenge(request, "invalid_token"));
      reject(
          response,
          401,
          -32001,
          tokens.oauthOn()
              ? "invalid bearer token: an unknown api key, or an access token with a bad"
                  + " signature, another issuer or audience, or expired; get a new token"
              : "invalid api key; check the token or create a new key with:"
                  + " idgraph keys create --name NAME");
      return false;
    }
    Double rate = key.get().ratePerSecond();
    long wait = rate == null ? 0 : rates.acquire(key.get().rateKey(), rate);
    if (wait > 0) {
      audit(key.get().caller().name(), request, "rate_limited", "over " + rate + " calls a second");
      response.setHeader("Retry-After", Long.toString(wait));
      reject(
          response,
          429,
          -32000,
          "this key is over its rate of "
              + rate
              + " calls a second; retry after "
              + wait
              + " seconds, or create a key with a higher --rate");
      return false;
    }
    request.setAttribute(Caller.ATTRIBUTE, key.get().caller());
    return true;
  }

  /**
   * The WWW-Authenticate challenge of a 401: with OAuth on, where the protected resource metadata
   * is and the scopes (RFC 9728 section 5.1, MCP authorization); {@code error} when a token was
   * sent but is not valid.
   */
  private String challenge(HttpServletRequest request, String error) {
    StringBuilder c = new StringBuilder("Bearer realm=\"idgraph\"");
    if (error != null) {
      c.append(", error=\"").append(error).append('"');
    }
    if (tokens.oauthOn()) {
      c.append(", resource_metadata=\"")
          .append(ProtectedResourceServlet.urlFor(request, options.publicUrl()))
          .append("\", scope=\"resolve enrich export feedback\"");
    }
    return c.toString();
  }

  /** Records a refusal: who, which path, why; never the token or the address. */
  private void audit(String actor, HttpServletRequest request, String outcome, String detail) {
    try {
      audit.append(
          new AuditEvent(
              Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
              actor,
              "mcp-http",
              "http " + request.getMethod() + " " + pathOf(request),
              outcome,
              Map.of(),
              null,
              null,
              detail));
    } catch (RuntimeException e) {
      LOG.warn("a refused request could not be written to the audit log");
    }
  }

  /** The path, cut to the routes this server has (a path may carry anything a client sent). */
  private static String pathOf(HttpServletRequest request) {
    String uri = request.getRequestURI();
    for (String route : List.of("/mcp", "/v1/mcp", "/metrics", "/healthz")) {
      if (uri.equals(route)) {
        return route;
      }
    }
    return "(other)";
  }

  /** Answers 429 when {@code address} has failed too often lately; a valid key never gets here. */
  private boolean throttled(String address, HttpServletResponse response) throws IOException {
    long retryAfter = throttle.retryAfterSeconds(address);
    if (retryAfter == 0) {
      return false;
    }
    throttle.failed(address, AuthThrottle.Reason.THROTTLED);
    response.setHeader("Retry-After", Long.toString(retryAfter));
    reject(
        response,
        429,
        -32001,
        "too many failed authentications from this address; retry after "
            + retryAfter
            + " seconds with a valid api key");
    return true;
  }

  /**
   * Answers a request the guard refuses. Its body is left unread (a refused client gets no say in
   * what the server reads), so the connection closes after the answer, and the answer says so: a
   * client that reused it would otherwise find it closed under its next request.
   */
  static void reject(HttpServletResponse response, int status, int code, String message)
      throws IOException {
    response.setHeader("Connection", "close");
    McpServlet.writeError(response, status, code, message);
  }

  private synchronized void computeAllowed() {
    int p = port.getAsInt();
    Set<String> hostSet = new HashSet<>();
    Set<String> originSet = new HashSet<>();
    List<String> names = new java.util.ArrayList<>(LOOPBACK);
    if (!isWildcard(options.host()) && !LOOPBACK.contains(bracket(options.host()))) {
      names.add(bracket(options.host()).toLowerCase(Locale.ROOT));
    }
    for (String name : names) {
      hostSet.add(name + ":" + p);
      originSet.add("http://" + name + ":" + p);
      originSet.add("https://" + name + ":" + p);
    }
    if (options.publicUrl() != null) {
      URI url = URI.create(options.publicUrl());
      String authority = url.getRawAuthority().toLowerCase(Locale.ROOT);
      hostSet.add(authority);
      originSet.add(url.getScheme().toLowerCase(Locale.ROOT) + "://" + authority);
    }
    for (String allowed : options.allowedHosts()) {
      String h = allowed.toLowerCase(Locale.ROOT);
      hostSet.add(h);
      if (!h.matches(".*:[0-9]+$")) {
        hostSet.add(h + ":" + p);
      }
    }
    for (String allowed : options.allowedOrigins()) {
      originSet.add(normalizeOrigin(allowed));
    }
    origins = Set.copyOf(originSet);
    hosts = Set.copyOf(hostSet);
  }

  private static String normalizeOrigin(String origin) {
    String o = origin.trim().toLowerCase(Locale.ROOT);
    return o.endsWith("/") ? o.substring(0, o.length() - 1) : o;
  }

  static boolean isWildcard(String host) {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }

  static boolean isLoopback(String host) {
    return LOOPBACK.contains(bracket(host)) || host.startsWith("127.") || host.equals("::1");
  }

  private static String bracket(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }
}
