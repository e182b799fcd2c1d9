// A tiny reverse proxy that adds "Authorization: Bearer TOKEN" to every request. The MCP Inspector
// CLI 0.15.0 has no --header option (later versions do), and the conformance suite has none, so the
// runners put this in front of idgraph. The proxy's own address in Host and Origin is mapped to the
// target's, as a reverse proxy does; any other Host or Origin passes unchanged, so idgraph's DNS
// rebinding checks still see a foreign one.
//
//   node auth-proxy.mjs LISTEN_PORT TARGET_BASE_URL TOKEN
import http from "node:http";

const [listenPort, targetBase, token] = process.argv.slice(2);
const target = new URL(targetBase);
const own = new Set([`127.0.0.1:${listenPort}`, `localhost:${listenPort}`]);

http
  .createServer((req, res) => {
    const headers = { ...req.headers, authorization: `Bearer ${token}` };
    if (!req.headers.host || own.has(req.headers.host)) {
      headers.host = target.host;
    }
    if (req.headers.origin && own.has(req.headers.origin.replace(/^http:\/\//, ""))) {
      headers.origin = target.origin;
    }
    const upstream = http.request(
      { hostname: target.hostname, port: target.port, path: req.url, method: req.method, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  })
  .listen(Number(listenPort), "127.0.0.1", () => console.log(`auth proxy on ${listenPort}`));
