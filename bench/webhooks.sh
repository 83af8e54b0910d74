#!/usr/bin/env bash
# Benchmark: signed webhook deliveries against the packaged jar on the embedded H2 default (demo company).
#
#   bash bench/webhooks.sh                       # after `mvn -q package -DskipTests`
#   DELIVERIES=2000 CONCURRENCY=16 bash bench/webhooks.sh
#
# Starts Tandem with a fresh data folder, runs bench/webhooks.mjs (Node 20+) and removes everything at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${JAR:-backend/target/tandem-backend-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || { echo "No $JAR: run mvn -q package -DskipTests first" >&2; exit 1; }
home=$(mktemp -d /tmp/tandem-webhooks.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
TANDEM_DATA_DIR="$home/data" java -Xmx1g -jar "$JAR" --server.port="$port" --tandem.open-browser=false >"$home/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do grep -q "Tandem demo is running" "$home/app.log" && break; sleep 1; done
node bench/webhooks.mjs "http://localhost:$port"
