#!/usr/bin/env bash
# Load: 32 signed-in users mixing reads and writes for 60 s against one Tandem, on H2 and on MariaDB, then count
# in the database that every acknowledged write is there exactly once and nothing else was written.
#
#   bash bench/load.sh                  # after `mvn -q package -DskipTests`; both databases
#   DB=mariadb bash bench/load.sh       # one of them (h2 | mariadb)
#   USERS=16 DURATION=30 bash bench/load.sh
#
# H2: the packaged jar with a fresh data folder (the demo company). MariaDB: the machine's server (127.0.0.1:3306),
# a schema and user of the run's own made through the root socket login, the mysql profile with the demo company
# switched on; both dropped at the end. bench/load.mjs (Node 20+) drives the load and prints the latencies; after
# the app has stopped, the script reads the database directly (H2's Shell on the file, the mariadb client) and
# checks leads, deals, clients and spend against what the load acknowledged. Exit status 1 on any error or mismatch.
# docs/benchmarks.md keeps the numbers of a run.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-both}
HEAP=${HEAP:-1g}
export USERS=${USERS:-32} DURATION=${DURATION:-60}
JAR=${JAR:-backend/target/tandem-backend-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || { echo "No $JAR: run mvn -q package -DskipTests first" >&2; exit 1; }

home=$(mktemp -d /tmp/tandem-load.XXXXXX)
app_pid=""
schema=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  if [ -n "$schema" ]; then
    mariadb -uroot -e "DROP DATABASE IF EXISTS $schema; DROP USER IF EXISTS '$schema'@'127.0.0.1';" || true
  fi
  rm -rf "$home"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

stop_app() {
  kill "$app_pid"
  wait "$app_pid" 2>/dev/null || true
  app_pid=""
}

wait_for_app() {
  for _ in $(seq 1 240); do
    grep -q "Tandem demo is running" "$home/app.log" 2>/dev/null && return 0
    kill -0 "$app_pid" 2>/dev/null || { tail -30 "$home/app.log" >&2; return 1; }
    sleep 1
  done
  echo "Tandem did not start" >&2
  return 1
}

# What the database must hold, from the acknowledgements: "label|SQL giving one number|expected number".
checks() {
  python3 - "$1" <<'PY'
import json, sys
a = json.load(open(sys.argv[1]))
run = a["run"]
ids = lambda xs: ",".join(xs) or "0"
print(f"leads written|SELECT COUNT(*) FROM sales_lead WHERE external_id LIKE 'load-{run}-%'|{len(a['leads'])}")
print(f"leads acknowledged and present|SELECT COUNT(*) FROM sales_lead WHERE id IN ({ids(a['leads'])})|{len(a['leads'])}")
print(f"distinct lead external ids|SELECT COUNT(DISTINCT external_id) FROM sales_lead WHERE external_id LIKE 'load-{run}-%'|{len(a['leads'])}")
print(f"deals written|SELECT COUNT(*) FROM deal WHERE external_id LIKE 'load-{run}-%'|{len(a['deals'])}")
print(f"deals acknowledged and present|SELECT COUNT(*) FROM deal WHERE id IN ({ids(a['deals'])})|{len(a['deals'])}")
print(f"deal revenue (kopecks)|SELECT CAST(COALESCE(SUM(revenue), 0) * 100 AS DECIMAL(30,0)) FROM deal WHERE external_id LIKE 'load-{run}-%'|{a['revenue']}")
print(f"leads won by a load deal|SELECT COUNT(*) FROM sales_lead WHERE status = 'WON' AND id IN ({ids(a['dealsWithLead'])})|{len(a['dealsWithLead'])}")
print(f"deals per won lead|SELECT COUNT(*) FROM deal WHERE lead_id IN ({ids(a['dealsWithLead'])})|{len(a['dealsWithLead'])}")
print(f"clients written|SELECT COUNT(*) FROM client WHERE name LIKE 'Load {run} %'|{len(a['clients'])}")
first = min(map(int, a["spends"])) if a["spends"] else 0
print(f"spend acknowledged and present|SELECT COUNT(*) FROM marketing_spend WHERE id IN ({ids(a['spends'])})|{len(a['spends'])}")
print(f"spend rows since the first|SELECT COUNT(*) FROM marketing_spend WHERE id >= {first}|{len(a['spends'])}")
PY
}

verify() { # $1: a command that runs one SQL statement and prints its number
  local failed=0 label sql expected actual
  while IFS='|' read -r label sql expected; do
    actual=$("$1" "$sql")
    if [ "$actual" = "$expected" ]; then
      echo "| $label | $expected | $actual | ok |"
    else
      echo "| $label | $expected | $actual | MISMATCH |"
      failed=1
    fi
  done < <(checks "$home/acks.json")
  return $failed
}

h2_sql() {
  java -cp "$home/h2.jar" org.h2.tools.Shell -url "jdbc:h2:file:$home/h2-data/tandem;MODE=MySQL;DATABASE_TO_LOWER=TRUE" \
    -user sa -password "" -sql "$1" | grep -E '^-?[0-9]+$' | head -1
}

mariadb_sql() {
  mariadb -uroot -N -B "$schema" -e "$1"
}

load() { # $1: label
  local status=0
  echo "== $1: $USERS users, $DURATION s ==" >&2
  RUN="$(date +%s)" node bench/load.mjs "http://localhost:$port" "$home/acks.json" | tee "$home/load.txt" || status=1
  echo "RSS of Tandem after the run: $(ps -o rss= -p "$app_pid" | awk '{printf "%.0f", $1 / 1024}') MB"
  return $status
}

result=0
if [ "$DB" = both ] || [ "$DB" = h2 ]; then
  port=$(free_port)
  unzip -p "$JAR" "$(unzip -Z1 "$JAR" | grep 'BOOT-INF/lib/h2-.*\.jar')" >"$home/h2.jar"
  TANDEM_DATA_DIR="$home/h2-data" java "-Xmx$HEAP" -jar "$JAR" --server.port="$port" --tandem.open-browser=false \
    >"$home/app.log" 2>&1 &
  app_pid=$!
  wait_for_app
  load "H2 (embedded default)" || result=1
  stop_app
  echo "| H2: check | expected | in the database | |"
  echo "|---|---|---|---|"
  verify h2_sql || result=1
fi

if [ "$DB" = both ] || [ "$DB" = mariadb ]; then
  port=$(free_port)
  schema="tandem_load_$$"
  password=$(head -c 18 /dev/urandom | base64 -w0 | tr -dc 'A-Za-z0-9')
  mariadb -uroot -e "CREATE DATABASE $schema CHARACTER SET utf8mb4;
    CREATE USER '$schema'@'127.0.0.1' IDENTIFIED BY '$password'; GRANT ALL ON $schema.* TO '$schema'@'127.0.0.1';"
  SPRING_PROFILES_ACTIVE=mysql,mariadb MYSQL_URL="jdbc:mysql://127.0.0.1:3306/$schema" MYSQL_USER="$schema" \
    MYSQL_PASSWORD="$password" TANDEM_TOKEN_SECRET="$(head -c 48 /dev/urandom | base64 -w0)" \
    TANDEM_DATA_DIR="$home/mariadb-app" \
    java "-Xmx$HEAP" -jar "$JAR" --server.port="$port" --tandem.demo.enabled=true --tandem.open-browser=false \
    >"$home/app.log" 2>&1 &
  app_pid=$!
  wait_for_app
  load "MariaDB 10.11" || result=1
  stop_app
  echo "| MariaDB: check | expected | in the database | |"
  echo "|---|---|---|---|"
  verify mariadb_sql || result=1
fi
exit $result
