package io.idgraph.store.cassandra;

import io.idgraph.graph.IdgraphException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A parsed {@code cassandra://HOST[:PORT][,HOST...]/KEYSPACE?dc=DC&rf=N&consistency=LEVEL}: the
 * contact points, the keyspace (created on first use with replication factor {@code rf} in data
 * center {@code dc}), and the consistency level of reads and writes.
 *
 * @param text the URI as given (it holds no secret)
 * @param contactPoints hosts with ports (9042 unless given)
 * @param keyspace the keyspace name
 * @param datacenter the local data center (default: Cassandra's default data center name,
 *     datacenter1)
 * @param replicationFactor copies of each row (default 3); used only when creating the keyspace
 * @param consistency the consistency level name (default {@code LOCAL_QUORUM})
 */
public record CassandraUri(
    String text,
    List<InetSocketAddress> contactPoints,
    String keyspace,
    String datacenter,
    int replicationFactor,
    String consistency) {
  public static final String SCHEME = "cassandra";
  static final int DEFAULT_PORT = 9042;
  static final int MAX_RF = 15;
  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,252})");
  private static final Pattern KEYSPACE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,47}");
  private static final Pattern DATACENTER = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
  private static final Set<String> CONSISTENCIES =
      Set.of("ONE", "TWO", "THREE", "QUORUM", "ALL", "LOCAL_QUORUM", "EACH_QUORUM", "LOCAL_ONE");
  private static final String FORM =
      "cassandra://HOST[:PORT][,HOST...]/KEYSPACE?dc=DC&rf=N&consistency=LEVEL";

  /** Parses a {@code cassandra://} URI; every mistake is an INVALID_ARGUMENT naming the rule. */
  public static CassandraUri parse(String text) {
    String rest = text.substring(SCHEME.length() + 3);
    int slash = rest.indexOf('/');
    if (slash < 0) {
      throw bad(text, "it names no keyspace (the path after the hosts, e.g. /idgraph)");
    }
    List<InetSocketAddress> hosts = hosts(text, rest.substring(0, slash));
    String path = rest.substring(slash + 1);
    int question = path.indexOf('?');
    String keyspace = question < 0 ? path : path.substring(0, question);
    if (!KEYSPACE.matcher(keyspace).matches()) {
      throw bad(text, "the keyspace must be a letter then up to 47 letters, digits or underscores");
    }
    Map<String, String> params = params(text, question < 0 ? "" : path.substring(question + 1));
    String dc = params.getOrDefault("dc", "datacenter1");
    if (!DATACENTER.matcher(dc).matches()) {
      throw bad(text, "dc must be a data center name (letters, digits, _ . -)");
    }
    int rf = replicationFactor(text, params.get("rf"));
    String consistency =
        params.getOrDefault("consistency", "LOCAL_QUORUM").toUpperCase(Locale.ROOT);
    if (!CONSISTENCIES.contains(consistency)) {
      throw bad(text, "consistency must be one of " + String.join(", ", sorted(CONSISTENCIES)));
    }
    return new CassandraUri(
        text, List.copyOf(hosts), keyspace.toLowerCase(Locale.ROOT), dc, rf, consistency);
  }

  /** The same cluster and settings with another keyspace (tests give each data dir its own). */
  public CassandraUri withKeyspace(String other) {
    return parse(text.replaceFirst("/" + Pattern.quote(keyspace) + "(?=\\?|$)", "/" + other));
  }

  /** The hosts as {@code host:port,...}, for messages. */
  public String hostList() {
    List<String> out = new ArrayList<>();
    for (InetSocketAddress a : contactPoints) {
      out.add(a.getHostString() + ":" + a.getPort());
    }
    return String.join(",", out);
  }

  private static List<InetSocketAddress> hosts(String text, String list) {
    if (list.isEmpty()) {
      throw bad(text, "it names no host");
    }
    String[] parts = list.split(",", -1);
    if (parts.length > 64) {
      throw bad(text, "it may name at most 64 hosts, got " + parts.length);
    }
    List<InetSocketAddress> hosts = new ArrayList<>();
    for (String part : parts) {
      if (part.startsWith("[")) {
        throw bad(text, "IPv6 literals are not supported; name the host or its IPv4 address");
      }
      int colon = part.lastIndexOf(':');
      String host = colon < 0 ? part : part.substring(0, colon);
      int port = colon < 0 ? DEFAULT_PORT : port(text, part.substring(colon + 1));
      if (!HOST.matcher(host).matches()) {
        throw bad(
            text, "'" + part + "' is not HOST or HOST:PORT (IPv6 literals are not supported)");
      }
      hosts.add(InetSocketAddress.createUnresolved(host, port));
    }
    return hosts;
  }

  private static int port(String text, String digits) {
    try {
      int port = Integer.parseInt(digits);
      if (port >= 1 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw bad(text, "a port must be a number from 1 to 65535, got '" + digits + "'");
  }

  private static Map<String, String> params(String text, String query) {
    Map<String, String> params = new LinkedHashMap<>();
    if (query.isEmpty()) {
      return params;
    }
    for (String pair : query.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value =
          eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (!Set.of("dc", "rf", "consistency").contains(name)) {
        throw bad(text, "unknown parameter '" + name + "' (known: dc, rf, consistency)");
      }
      if (value.isEmpty()) {
        throw bad(text, "parameter " + name + " has no value");
      }
      if (params.put(name, value) != null) {
        throw bad(text, "parameter " + name + " is given twice");
      }
    }
    return params;
  }

  private static int replicationFactor(String text, String value) {
    if (value == null) {
      return 3;
    }
    try {
      int rf = Integer.parseInt(value);
      if (rf >= 1 && rf <= MAX_RF) {
        return rf;
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw bad(text, "rf must be a number from 1 to " + MAX_RF + ", got '" + value + "'");
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static IdgraphException bad(String text, String why) {
    return IdgraphException.invalid(
        "--store '" + text + "' is not a cluster URI: " + why + " (form: " + FORM + ")");
  }
}
