#!/usr/bin/env bash
# Benchmark: one amoCRM export of ROWS rows (default 50,000) through POST /api/imports, on the embedded H2 default.
#
#   bash bench/import.sh                # after `mvn -q package -DskipTests`
#   ROWS=5000 bash bench/import.sh      # a quicker run
#
# Starts the packaged jar with a fresh data folder (the demo company: its channels, aliases and people), writes an
# amoCRM-style CSV (UTF-8 with BOM, `;`, `1 234,56`, dd.MM.yyyy HH:mm:ss; 60 % open, 25 % won, 15 % lost), then
# times with curl: a dry run, the import, and the same file again (all rows unchanged). Prints a Markdown table;
# docs/benchmarks.md keeps the numbers of a run. Everything is removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${ROWS:-50000}
HEAP=${HEAP:-1g}
JAR=${JAR:-backend/target/tandem-backend-0.1.0-SNAPSHOT.jar}
[ -f "$JAR" ] || { echo "No $JAR: run mvn -q package -DskipTests first" >&2; exit 1; }

home=$(mktemp -d /tmp/tandem-import-bench.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$home"
}
trap cleanup EXIT

python3 - "$ROWS" "$home/amocrm.csv" <<'PY'
import random, sys, datetime
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(10)
people = ["Ivan Sokolov", "Sergey Volkov", "Maria Kuznetsova"]
sources = [("yandex", ""), ("vk", ""), ("", "SEO"), ("", "Рекомендация"), ("google", "")]
start = datetime.datetime(2026, 9, 1)
def money(x):
    whole, cents = divmod(int(round(x * 100)), 100)
    return f"{whole:,}".replace(",", "\u00a0") + f",{cents:02d}"
with open(path, "w", encoding="utf-8-sig", newline="") as f:
    f.write("ID;Название сделки;Компания;Основной контакт;Ответственный;Статус сделки;Бюджет;Дата создания;"
            "Дата закрытия;Причина отказа;utm_source;Источник;Себестоимость\r\n")
    for i in range(rows):
        created = start + datetime.timedelta(minutes=random.randrange(0, 60 * 24 * 70))
        utm, source = random.choice(sources)
        person = random.choice(people)
        roll = random.random()
        budget = random.randrange(5_000, 500_000) + random.randrange(0, 100) / 100
        if roll < 0.25:
            status, closed = "Успешно реализовано", created + datetime.timedelta(days=random.randrange(0, 10))
            cost, reason = money(budget * 0.6), ""
        elif roll < 0.40:
            status, closed = "Закрыто и не реализовано", created + datetime.timedelta(days=1)
            cost, reason = "", random.choice(["Нецелевой", "Дорого", "Спам", ""])
        else:
            status, closed, cost, reason = "Переговоры", None, "", ""
        closed_text = "не закрыта" if closed is None else closed.strftime("%d.%m.%Y")
        f.write(f"{900000 + i};Сделка {i};ООО Клиент {i % 5000};Контакт {i};{person};{status};{money(budget)};"
                f"{created.strftime('%d.%m.%Y %H:%M:%S')};{closed_text};{reason};{utm};{source};{cost}\r\n")
PY
bytes=$(stat -c %s "$home/amocrm.csv")

echo "Tandem on port $port (heap $HEAP, H2, demo company) ..." >&2
TANDEM_DATA_DIR="$home/data" TANDEM_IMPORT_MAX_BYTES=64MB TANDEM_IMPORT_TIMEOUT=30m \
  java "-Xmx$HEAP" -jar "$JAR" --server.port="$port" --tandem.open-browser=false >"$home/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do curl -sf "localhost:$port/actuator/health" >/dev/null 2>&1 && break; sleep 1; done
token=$(curl -s "localhost:$port/graphql" -H 'Content-Type: application/json' \
  -d '{"query":"mutation { login(email: \"owner@demo.tandem\", password: \"tandem-demo-1\") { accessToken } }"}' \
  | sed 's/.*"accessToken":"\([^"]*\)".*/\1/')

run() {
  curl -s -o "$home/answer.json" -w '%{time_total}' --max-time 3600 "localhost:$port/api/imports" \
    -H "Authorization: Bearer $token" -F "file=@$home/amocrm.csv" -F source=amocrm-leads -F "dryRun=$1"
}
dry=$(run true); dry_answer=$(head -c 200 "$home/answer.json")
apply=$(run false); apply_answer=$(head -c 200 "$home/answer.json")
again=$(run false); again_answer=$(head -c 200 "$home/answer.json")
rss=$(ps -o rss= -p "$app_pid" | awk '{printf "%.0f", $1 / 1024}')

echo "| amoCRM CSV, $ROWS rows, $((bytes / 1024)) KB | seconds | answer |"
echo "|---|---|---|"
echo "| dry run | $dry | \`$dry_answer\` |"
echo "| import | $apply | \`$apply_answer\` |"
echo "| same file again | $again | \`$again_answer\` |"
echo "RSS after the runs: $rss MB" >&2
