#!/usr/bin/env bash
# Benchmark: Tandem's KPI and analytics queries over LEADS leads (default 10 million) on MariaDB.
#
#   bash bench/kpis.sh                 # after `mvn -q package -DskipTests`
#   LEADS=1000000 bash bench/kpis.sh   # a quicker run
#   KEEP=1 bash bench/kpis.sh          # leave the server and Tandem running afterwards, to look closer
#
# Runs a MariaDB server of its own (mariadb-install-db into a temporary folder, mariadbd on a spare
# port, 2 GB buffer pool), starts the packaged jar on it with the mysql profile (Flyway creates the
# schema, the first owner comes from the environment), fills it with bench/generate.sql, then times
# each GraphQL query over HTTP (1 warm-up, RUNS timed runs) and reads the JVM's heap and RSS.
# Prints a Markdown table; docs/benchmarks.md keeps the numbers of a run. Everything is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

LEADS=${LEADS:-10000000}
MONTHS=${MONTHS:-24}
RUNS=${RUNS:-5}
HEAP=${HEAP:-1g}
JAR=${JAR:-backend/target/tandem-backend-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || { echo "No $JAR: run mvn -q package -DskipTests first" >&2; exit 1; }

home=$(mktemp -d /tmp/tandem-bench.XXXXXX)
db_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
app_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
sock="$home/mariadbd.sock"
app_pid=""
db_pid=""
cleanup() {
  if [ -n "${KEEP:-}" ]; then
    echo "Kept: Tandem http://localhost:$app_port (owner@bench.tandem / bench-password-1), MariaDB" \
      "mariadb --no-defaults --socket=$sock -uroot tandem; stop with: kill $app_pid $db_pid; rm -rf $home" >&2
    return
  fi
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT
root() { mariadb --no-defaults --socket="$sock" -uroot "$@"; }
now() { date +%s.%N; }
since() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$(now)"; }

echo "MariaDB of its own on port $db_port ..." >&2
mariadb-install-db --no-defaults --datadir="$home/data" --user="$(id -un)" --auth-root-authentication-method=normal \
  --skip-test-db >"$home/install.log" 2>&1
mariadbd --no-defaults --datadir="$home/data" --socket="$sock" --port="$db_port" --bind-address=127.0.0.1 \
  --user="$(id -un)" --skip-log-bin --innodb-buffer-pool-size=2G --innodb-log-file-size=512M \
  --innodb-flush-log-at-trx-commit=2 >"$home/mariadbd.log" 2>&1 &
db_pid=$!
for _ in $(seq 1 60); do root -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
root -e "CREATE DATABASE tandem CHARACTER SET utf8mb4; CREATE USER 'tandem'@'127.0.0.1' IDENTIFIED BY 'bench';
         GRANT ALL ON tandem.* TO 'tandem'@'127.0.0.1';"

echo "Tandem on port $app_port (heap $HEAP) ..." >&2
SPRING_PROFILES_ACTIVE=mysql,mariadb MYSQL_URL="jdbc:mysql://127.0.0.1:$db_port/tandem" MYSQL_USER=tandem \
  MYSQL_PASSWORD=bench TANDEM_TOKEN_SECRET="$(head -c 48 /dev/urandom | base64 -w0)" \
  TANDEM_OWNER_EMAIL=owner@bench.tandem TANDEM_OWNER_PASSWORD=bench-password-1 TANDEM_DATA_DIR="$home/app" \
  java "-Xmx$HEAP" -jar "$JAR" --server.port="$app_port" >"$home/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do curl -sf "http://localhost:$app_port/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "http://localhost:$app_port/actuator/health" >/dev/null || { tail -40 "$home/app.log" >&2; exit 1; }

echo "Generating $LEADS leads over $MONTHS months ..." >&2
start=$(now)
root tandem -e "SET @leads = $LEADS, @months = $MONTHS; SOURCE bench/generate.sql;"
root tandem -e "ANALYZE TABLE sales_lead, deal, client, marketing_spend" >/dev/null
load_seconds=$(since "$start")
counts=$(root -N tandem -e "SELECT (SELECT COUNT(*) FROM sales_lead), (SELECT COUNT(*) FROM deal),
  (SELECT COUNT(*) FROM client), (SELECT COUNT(*) FROM marketing_spend)")
read -r n_leads n_deals n_clients n_spend <<<"$counts"
echo "Loaded $n_leads leads, $n_deals deals, $n_clients clients, $n_spend spend rows in $load_seconds s" >&2

graphql() { # token, JSON body → prints seconds, or "error" (the answer goes to stderr)
  local out
  out=$(curl -s -o "$home/answer.json" -w '%{time_total}' -H 'Content-Type: application/json' \
    ${1:+-H "Authorization: Bearer $1"} --data "$2" "http://localhost:$app_port/graphql")
  if grep -q '"errors"' "$home/answer.json"; then
    echo "GraphQL error after $out s: $(head -c 300 "$home/answer.json")" >&2
    echo error
  else
    echo "$out"
  fi
}
token=$(curl -s -H 'Content-Type: application/json' \
  --data '{"query":"mutation { login(email: \"owner@bench.tandem\", password: \"bench-password-1\") { accessToken } }"}' \
  "http://localhost:$app_port/graphql" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["login"]["accessToken"])')
hunter=$(root -N tandem -e "SELECT MIN(id) FROM employee WHERE job_position = 'HUNTER'")
month=$(TZ=Europe/Moscow date +%Y-%m)
previous=$(TZ=Europe/Moscow date -d "$(date +%Y-%m-15) -1 month" +%Y-%m)
year_ago=$(TZ=Europe/Moscow date -d "$(date +%Y-%m-15) -11 month" +%Y-%m)
next=$(TZ=Europe/Moscow date -d "$(date +%Y-%m-15) +1 month" +%Y-%m)
kpi='fragment kpi on Kpi { metric actual target completion expectedByNow forecast requiredDailyPace status }'
dashboard='turnover grossMargin leads spend costPerLead leadConversion newClients turnoverKpi { ...kpi }
  members { employee { id fullName } kpis { ...kpi } contribution { turnoverShare marginShare } }
  funnel { steps { stage value } } channels { channel { name } spend leads costPerLead conversion romi }'
json() { python3 -c 'import json,sys; print(json.dumps({"query": sys.argv[1]}))' "$1"; }

declare -a names bodies
add() { names+=("$1"); bodies+=("$(json "$2")"); }
add "dashboard, this month (team view)" "{ dashboard(period: \"$month\") { $dashboard } } $kpi"
add "dashboard, 12 months" "{ dashboard(period: \"$year_ago\", to: \"$month\") { $dashboard } } $kpi"
add "employeeKpis, a hunter, this month" "{ employeeKpis(employeeId: \"$hunter\", period: \"$month\") { kpis { ...kpi } } } $kpi"
add "conversionMatrix, last month" "{ conversionMatrix(period: \"$previous\") { channels { channel { name } leads won conversion pValue significance cells { leads won conversion pValue significance } } } }"
add "varianceDecomposition, last month" "{ varianceDecomposition(period: \"$previous\") { baselineSource turnover { difference parts { factor amount } } } }"
add "planFromGoal, next month" "{ planFromGoal(period: \"$next\", turnoverTarget: \"90000000\") { requiredDeals requiredLeads } }"
add "leads, newest 100" "{ leads(first: 100) { edges { node { id status channel { name } assignee { fullName } } } } }"

echo "| Query | median s | max s |"
echo "|---|---|---|"
for i in "${!names[@]}"; do
  graphql "$token" "${bodies[$i]}" >/dev/null   # warm-up
  times=()
  for _ in $(seq 1 "$RUNS"); do times+=("$(graphql "$token" "${bodies[$i]}")"); done
  python3 - "${names[$i]}" "${times[@]}" <<'PY'
import statistics, sys
if "error" in sys.argv[2:]:
    print(f"| {sys.argv[1]} | refused (see the error above) | |")
else:
    t = [float(x) for x in sys.argv[2:]]
    print(f"| {sys.argv[1]} | {statistics.median(t):.3f} | {max(t):.3f} |")
PY
done
heap=$(jcmd "$app_pid" GC.heap_info 2>/dev/null | grep -Eo 'used [0-9]+K' | head -1 || true)
rss=$(grep VmRSS "/proc/$app_pid/status" | awk '{print $2 " " $3}')
echo
echo "Data: $n_leads leads, $n_deals deals, $n_clients clients, $n_spend spend rows over $MONTHS months; loaded in ${load_seconds} s."
echo "JVM after the runs (-Xmx$HEAP): heap ${heap:-?}, RSS $rss. Cores: $(nproc), $(mariadbd --version | cut -d' ' -f1-4)."
