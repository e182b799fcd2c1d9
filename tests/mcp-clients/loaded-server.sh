# Sourced by the client suites (tests/mcp-clients/run.sh, tests/mcp-conformance/run.sh):
#   start_loaded_server NAME
# with repo, data, port and proxy_port set. Loads the small test graph into $data, creates an API
# key ($token), starts `serve` on 127.0.0.1:$port and the auth proxy on $proxy_port (both stopped
# on exit), and waits until /healthz answers. The server log is $data/serve-NAME.log.

start_loaded_server() {
  local name="$1"
  jar="$repo/target/idgraph.jar"
  if [ ! -f "$jar" ]; then
    (cd "$repo" && mvn -q -B -ntp package -DskipTests)
  fi
  java -jar "$jar" load --data "$data" "$repo/src/test/resources/io/idgraph/mcp/small-graph.jsonl" \
    >/dev/null 2>&1
  token="$(java -jar "$jar" keys create --data "$data" --name "$name-$$" 2>/dev/null)"

  pids=()
  trap stop_loaded_server EXIT
  java -jar "$jar" serve --data "$data" --port "$port" 2>"$data/serve-$name.log" &
  pids+=($!)
  node "$repo/tests/mcp-clients/auth-proxy.mjs" "$proxy_port" "http://127.0.0.1:$port" "$token" \
    >/dev/null &
  pids+=($!)
  for _ in $(seq 1 120); do
    if node -e "fetch('http://127.0.0.1:$port/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"; then
      break
    fi
    sleep 0.5
  done
}

stop_loaded_server() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
