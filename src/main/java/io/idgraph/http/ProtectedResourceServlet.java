package io.idgraph.http;

import io.idgraph.auth.OAuthSettings;
import io.idgraph.auth.Scope;
import io.idgraph.graph.Json;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 9728 OAuth 2.0 Protected Resource Metadata at {@value #PATH} (and with the MCP path after
 * it): the resource (the audience tokens must carry), the authorization server that issues them,
 * the scopes, and that tokens go in the Authorization header only.
 */
final class ProtectedResourceServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  static final String PATH = "/.well-known/oauth-protected-resource";

  private final transient OAuthSettings oauth;

  ProtectedResourceServlet(OAuthSettings oauth) {
    this.oauth = oauth;
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    List<String> scopes = new ArrayList<>();
    for (Scope s : Scope.values()) {
      scopes.add(s.wireName());
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("resource", oauth.audience());
    body.put("authorization_servers", List.of(oauth.issuer()));
    body.put("scopes_supported", scopes);
    body.put("bearer_methods_supported", List.of("header"));
    body.put("resource_name", "idgraph");
    res.setStatus(200);
    res.setContentType("application/json");
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.getOutputStream().write(Json.MAPPER.writeValueAsBytes(body));
  }

  /** The metadata URL for 401 answers: on this server, as the client reached it. */
  static String urlFor(HttpServletRequest request, String publicUrl) {
    String base =
        publicUrl != null
            ? publicUrl.replaceAll("/+$", "")
            : request.getScheme() + "://" + request.getHeader("Host");
    return base + PATH;
  }
}
