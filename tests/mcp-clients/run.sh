#!/usr/bin/env bash
# Drives idgraph with real MCP clients from npm: the official TypeScript SDK (Streamable HTTP with a
# bearer key, and stdio) and the MCP Inspector CLI (HTTP and stdio).
#
#   tests/mcp-clients/run.sh DATA_DIR PORT
#
# DATA_DIR is loaded with the small test graph; the HTTP server listens on 127.0.0.1:PORT and an
# auth proxy for the Inspector on PORT+1. Builds target/idgraph.jar if missing. Exits non-zero on
# any failed check.
set -euo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 DATA_DIR PORT" >&2
  exit 2
fi
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
mkdir -p "$1"
data="$(cd "$1" && pwd)"
port="$2"
proxy_port=$((port + 1))

(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

# shellcheck source=../mcp-clients/loaded-server.sh
source "$repo/tests/mcp-clients/loaded-server.sh"
start_loaded_server mcp-clients

failed=0
echo "== TypeScript SDK $(node -p "require('$here/node_modules/@modelcontextprotocol/sdk/package.json').version")"
node "$here/client-check.mjs" --url "http://127.0.0.1:$port/mcp" --token "$token" \
  --jar "$jar" --data "$data" || failed=1

# the inspector's launcher drops "--" before handing the arguments to its CLI, so a stdio command
# goes before the variadic --tool-arg
inspector() {
  (cd "$here" && npx --no-install mcp-inspector --cli "$@")
}
expect_output() {
  local name="$1" pattern="$2"
  shift 2
  local out
  if out="$(inspector "$@" 2>&1)" && grep -q -- "$pattern" <<<"$out"; then
    echo "ok   inspector: $name"
  else
    echo "FAIL inspector: $name"
    echo "$out" | head -20
    failed=1
  fi
}

echo "== MCP Inspector CLI $(node -p "require('$here/node_modules/@modelcontextprotocol/inspector/package.json').version")"
http_url="http://127.0.0.1:$proxy_port/mcp"
expect_output "http tools/list" '"resolve_identities"' \
  "$http_url" --transport http --method tools/list
expect_output "http tools/call resolve_identities" '"person_id": 12347' \
  "$http_url" --transport http --method tools/call --tool-name resolve_identities \
  --tool-arg id_type=email 'identifiers=["customer1@example.com"]'
expect_output "http tools/call get_person" '"first_name": "Ann"' \
  "$http_url" --transport http --method tools/call --tool-name get_person \
  --tool-arg 'person_ids=["12347"]' 'domains=["name"]'
expect_output "http resources/read" 'catalog://domains' \
  "$http_url" --transport http --method resources/read --uri catalog://domains
expect_output "stdio tools/list" '"submit_feedback"' \
  --method tools/list -- java -jar "$jar" serve --stdio --data "$data"
expect_output "stdio tools/call resolve_identities" '"person_id": 12346' \
  --method tools/call --tool-name resolve_identities -- java -jar "$jar" serve --stdio \
  --data "$data" --tool-arg id_type=phone 'identifiers=["(555) 987-6543"]'

if grep -q -- "$token" "$data/serve-mcp-clients.log" || grep -q "customer1@example.com" "$data/serve-mcp-clients.log"; then
  echo "FAIL server log holds a token or an identifier"
  failed=1
else
  echo "ok   server log holds no token and no identifier"
fi

if [ "$failed" -ne 0 ]; then
  echo "mcp-clients: FAILED"
  exit 1
fi
echo "mcp-clients: all checks passed"
