// A tiny reverse proxy that adds "Authorization: Bearer TOKEN" to every request. The MCP Inspector
// CLI 0.15.0 has no --header option (later versions do), so run.sh puts this in front of idgraph
// for the Inspector's HTTP calls.
//
//   node auth-proxy.mjs LISTEN_PORT TARGET_BASE_URL TOKEN
import http from "node:http";

const [listenPort, targetBase, token] = process.argv.slice(2);
const target = new URL(targetBase);

http
  .createServer((req, res) => {
    const headers = { ...req.headers, host: target.host, authorization: `Bearer ${token}` };
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
