#!/usr/bin/env bash
# A real Apache Cassandra 5.0 test cluster on loopback, from the Maven Central jars.
#
#   scripts/cassandra-test-cluster.sh start N DIR   N = 1 or 3 nodes on 127.0.0.1 (.2, .3);
#                                                   prints the store URI as its last line once
#                                                   every node answers CQL and sees the others
#   scripts/cassandra-test-cluster.sh stop DIR      kills the nodes this script started in DIR
#   scripts/cassandra-test-cluster.sh kill DIR I    kill -9 node I (1-based), for fault tests
#   scripts/cassandra-test-cluster.sh restart DIR I starts node I again on its own data
#
# One JVM per node (Java 17, small heap), one folder per node under DIR (data, commit log, logs,
# pid). The jars are fetched once with Maven (scripts/cassandra/pom.xml) into
# ${IDGRAPH_CASSANDRA_LIB:-~/.cache/idgraph/cassandra-<version>/lib}.
# Ports: CQL ${IDGRAPH_CASSANDRA_CQL_PORT:-9042}, internode ${IDGRAPH_CASSANDRA_STORAGE_PORT:-7000}
# on each node's own address. For tests only: no authentication, no JMX, fast start-up settings.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
version="$(sed -n 's:.*<cassandra.version>\(.*\)</cassandra.version>.*:\1:p' "$here/cassandra/pom.xml")"
lib="${IDGRAPH_CASSANDRA_LIB:-$HOME/.cache/idgraph/cassandra-$version/lib}"
cql_port="${IDGRAPH_CASSANDRA_CQL_PORT:-9042}"
storage_port="${IDGRAPH_CASSANDRA_STORAGE_PORT:-7000}"
heap="${IDGRAPH_CASSANDRA_HEAP:-512m}"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
start_timeout_s="${IDGRAPH_CASSANDRA_START_TIMEOUT:-180}"

die() {
  echo "cassandra-test-cluster: $*" >&2
  exit 1
}

usage() {
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

fetch_jars() {
  if [ -f "$lib/cassandra-all-$version.jar" ]; then
    return
  fi
  echo "cassandra-test-cluster: fetching Apache Cassandra $version jars with Maven into $lib" >&2
  mkdir -p "$lib"
  mvn -B -q -ntp -f "$here/cassandra/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$lib" >&2 \
    || die "could not fetch org.apache.cassandra:cassandra-all:$version with Maven"
}

# Evenly spaced Murmur3 tokens, one per node (no vnodes: fast start, even ownership).
token_of() {
  local i="$1" n="$2"
  python3 -c "print(-(2**63) + ($i - 1) * (2**64 // $n))" 2>/dev/null \
    || awk -v i="$i" -v n="$n" 'BEGIN { printf "%.0f\n", -(2^63) + (i - 1) * (2^64 / n) }'
}

write_config() {
  local node_dir="$1" address="$2" token="$3" seeds="$4"
  mkdir -p "$node_dir"/{data,commitlog,hints,saved_caches,cdc_raw,logs}
  cat >"$node_dir/cassandra.yaml" <<EOF
cluster_name: idgraph-test
num_tokens: 1
initial_token: $token
allocate_tokens_for_local_replication_factor: 1
partitioner: org.apache.cassandra.dht.Murmur3Partitioner
auto_bootstrap: false
listen_address: $address
rpc_address: $address
broadcast_rpc_address: $address
storage_port: $storage_port
native_transport_port: $cql_port
start_native_transport: true
seed_provider:
  - class_name: org.apache.cassandra.locator.SimpleSeedProvider
    parameters:
      - seeds: "$seeds"
endpoint_snitch: SimpleSnitch
data_file_directories:
  - $node_dir/data
commitlog_directory: $node_dir/commitlog
hints_directory: $node_dir/hints
saved_caches_directory: $node_dir/saved_caches
cdc_raw_directory: $node_dir/cdc_raw
commitlog_sync: periodic
commitlog_sync_period: 10000ms
commitlog_segment_size: 8MiB
authenticator: AllowAllAuthenticator
authorizer: AllowAllAuthorizer
storage_compatibility_mode: NONE
auto_snapshot: false
snapshot_before_compaction: false
concurrent_reads: 8
concurrent_writes: 16
concurrent_counter_writes: 4
memtable_heap_space: 64MiB
memtable_offheap_space: 64MiB
key_cache_size: 8MiB
counter_cache_size: 1MiB
prepared_statements_cache_size: 8MiB
native_transport_max_threads: 32
compaction_throughput: 0MiB/s
read_request_timeout: 5000ms
write_request_timeout: 5000ms
cas_contention_timeout: 5000ms
counter_write_request_timeout: 5000ms
range_request_timeout: 10000ms
request_timeout: 10000ms
dynamic_snitch: true
hinted_handoff_enabled: true
max_hint_window: 3h
materialized_views_enabled: false
sasi_indexes_enabled: false
EOF
  cat >"$node_dir/logback.xml" <<EOF
<configuration>
  <appender name="FILE" class="ch.qos.logback.core.FileAppender">
    <file>$node_dir/logs/system.log</file>
    <encoder><pattern>%-5level [%thread] %date{ISO8601} %F:%L - %msg%n</pattern></encoder>
  </appender>
  <root level="INFO"><appender-ref ref="FILE"/></root>
</configuration>
EOF
}

# The options Cassandra's own conf/jvm17-server.options passes on Java 17 (JPMS), plus a small
# heap and start-up settings for a test cluster.
jvm_options() {
  local node_dir="$1"
  cat <<EOF
-Xms$heap
-Xmx$heap
-Xss512k
-XX:+UseG1GC
-XX:+UseStringDeduplication
-XX:+ExitOnOutOfMemoryError
-XX:-UsePerfData
-Djava.net.preferIPv4Stack=true
-Djdk.attach.allowAttachSelf=true
-javaagent:$lib/jamm-0.4.0.jar
--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED
--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED
--add-exports=java.base/sun.nio.ch=ALL-UNNAMED
--add-exports=java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED
--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
--add-exports=java.rmi/sun.rmi.server=ALL-UNNAMED
--add-exports=java.sql/java.sql=ALL-UNNAMED
--add-exports=java.base/java.lang.ref=ALL-UNNAMED
--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED
--add-opens=java.base/java.lang.module=ALL-UNNAMED
--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED
--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
--add-opens=java.base/jdk.internal.reflect=ALL-UNNAMED
--add-opens=java.base/jdk.internal.math=ALL-UNNAMED
--add-opens=java.base/jdk.internal.module=ALL-UNNAMED
--add-opens=java.base/jdk.internal.util.jar=ALL-UNNAMED
--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED
--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
--add-opens=java.base/java.io=ALL-UNNAMED
--add-opens=java.base/java.nio=ALL-UNNAMED
--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
--add-opens=java.base/java.util=ALL-UNNAMED
--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
--add-opens=java.base/java.lang=ALL-UNNAMED
--add-opens=java.base/java.math=ALL-UNNAMED
--add-opens=java.base/java.lang.reflect=ALL-UNNAMED
--add-opens=java.base/java.net=ALL-UNNAMED
-Dcassandra.config=file://$node_dir/cassandra.yaml
-Dcassandra.storagedir=$node_dir
-Dcassandra.logdir=$node_dir/logs
-Dlogback.configurationFile=$node_dir/logback.xml
-Dcassandra-foreground=yes
-Dcassandra.jmx.local.port=0
-Dcassandra.skip_wait_for_gossip_to_settle=0
-Dcassandra.ring_delay_ms=1000
-Dcassandra.superuser_setup_delay_ms=0
-Dcassandra.migration_task_wait_in_seconds=1
-Dcassandra.initial_schema_pull_wait_ms=0
-Dcassandra.disable_auth_caches_remote_configuration=true
-Dcassandra.skip_sync=true
EOF
}

start_node() {
  local dir="$1" i="$2"
  local node_dir="$dir/node$i"
  local pid_file="$node_dir/pid"
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    die "node $i in $dir is already running (pid $(cat "$pid_file"))"
  fi
  local opts=()
  mapfile -t opts < <(jvm_options "$node_dir")
  # setsid: the node outlives this script, and a Ctrl-C in the caller's terminal does not reach it
  setsid "$java_bin" "${opts[@]}" -cp "$lib/*" org.apache.cassandra.service.CassandraDaemon \
    </dev/null >"$node_dir/logs/stdout.log" 2>&1 &
  echo $! >"$pid_file"
}

# True once the node answers a CQL OPTIONS request with SUPPORTED (protocol v4 frame).
cql_options_reply() {
  exec 3<>"/dev/tcp/$1/$cql_port" || return 1
  printf '\x04\x00\x00\x00\x05\x00\x00\x00\x00' >&3
  timeout 2 head -c 9 <&3 | od -An -tx1 | tr -d ' \n'
}

answers_cql() {
  local address="$1" reply
  reply="$(cql_options_reply "$address" 2>/dev/null)" || return 1
  # response version 0x84, opcode 0x06 (SUPPORTED)
  [ "${reply:0:2}" = "84" ] && [ "${reply:8:2}" = "06" ]
}

# True once the node's gossip has marked every other node up.
sees_peers() {
  local node_dir="$1" n="$2" up
  [ "$n" -le 1 ] && return 0
  up="$(grep -c 'is now UP' "$node_dir/logs/system.log" 2>/dev/null || true)"
  [ "${up:-0}" -ge $((n - 1)) ]
}

wait_ready() {
  local dir="$1" n="$2" deadline=$((SECONDS + start_timeout_s)) i
  for i in $(seq 1 "$n"); do
    while ! answers_cql "127.0.0.$i" || ! sees_peers "$dir/node$i" "$n"; do
      if ! kill -0 "$(cat "$dir/node$i/pid")" 2>/dev/null; then
        tail -n 30 "$dir/node$i/logs/system.log" "$dir/node$i/logs/stdout.log" >&2 || true
        die "node $i exited during start-up; logs in $dir/node$i/logs"
      fi
      if [ "$SECONDS" -ge "$deadline" ]; then
        die "node $i did not answer CQL on 127.0.0.$i:$cql_port within ${start_timeout_s}s; logs in $dir/node$i/logs"
      fi
      sleep 0.2
    done
  done
}

check_loopback() {
  local n="$1" i
  for i in $(seq 2 "$n"); do
    # Linux routes all of 127.0.0.0/8 to lo; say so clearly where that is not so
    if ! ip route get "127.0.0.$i" 2>/dev/null | grep -q ' dev lo'; then
      die "127.0.0.$i is not on the loopback interface here (add it: ip addr add 127.0.0.$i/8 dev lo)"
    fi
  done
}

cmd_start() {
  local n="${1:-}" dir="${2:-}"
  [ "$n" = 1 ] || [ "$n" = 3 ] || die "N must be 1 or 3 nodes, got '${n}'"
  [ -n "$dir" ] || usage
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  command -v "$java_bin" >/dev/null || die "java not found (Java 17 is needed; set JAVA_HOME)"
  check_loopback "$n"
  fetch_jars
  local seeds="" i started=$SECONDS
  for i in $(seq 1 "$n"); do seeds="${seeds:+$seeds,}127.0.0.$i:$storage_port"; done
  echo "$n" >"$dir/nodes"
  for i in $(seq 1 "$n"); do
    write_config "$dir/node$i" "127.0.0.$i" "$(token_of "$i" "$n")" "$seeds"
    start_node "$dir" "$i"
  done
  wait_ready "$dir" "$n"
  echo "cassandra-test-cluster: $n node(s) up in $((SECONDS - started))s; logs in $dir/node*/logs" >&2
  store_uri "$n"
}

store_uri() {
  local n="$1" hosts="" i
  for i in $(seq 1 "$n"); do
    hosts="${hosts:+$hosts,}127.0.0.$i"
    [ "$cql_port" = 9042 ] || hosts="$hosts:$cql_port"
  done
  echo "cassandra://$hosts/idgraph?rf=$n"
}

stop_pid_file() {
  local pid_file="$1" pid
  [ -f "$pid_file" ] || return 0
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$pid_file"
}

cmd_stop() {
  local dir="${1:-}" f
  [ -n "$dir" ] || usage
  [ -d "$dir" ] || die "no cluster folder $dir"
  for f in "$dir"/node*/pid; do
    [ -e "$f" ] && stop_pid_file "$f"
  done
  echo "cassandra-test-cluster: stopped the nodes in $dir" >&2
}

cmd_kill() {
  local dir="${1:-}" i="${2:-}"
  [ -f "$dir/node$i/pid" ] || die "no running node $i in $dir"
  kill -9 "$(cat "$dir/node$i/pid")" 2>/dev/null || true
  rm -f "$dir/node$i/pid"
}

cmd_restart() {
  local dir="${1:-}" i="${2:-}"
  [ -d "$dir/node$i" ] || die "no node $i in $dir"
  dir="$(cd "$dir" && pwd)"
  local n
  n="$(cat "$dir/nodes")"
  : >"$dir/node$i/logs/system.log"
  start_node "$dir" "$i"
  local deadline=$((SECONDS + start_timeout_s))
  while ! answers_cql "127.0.0.$i" || ! sees_peers "$dir/node$i" "$n"; do
    kill -0 "$(cat "$dir/node$i/pid")" 2>/dev/null || die "node $i exited during start-up"
    [ "$SECONDS" -lt "$deadline" ] || die "node $i did not answer CQL within ${start_timeout_s}s"
    sleep 0.2
  done
  echo "cassandra-test-cluster: node $i is back" >&2
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  kill) shift; cmd_kill "$@" ;;
  restart) shift; cmd_restart "$@" ;;
  *) usage ;;
esac
