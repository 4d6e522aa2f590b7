#!/usr/bin/env bash
# PostgreSQL ingest throughput with 1, 2 and 4 `apogee ingest` processes in parallel (a benchmark, not a test).
#
#   bash bench/postgres-workers.sh [--count 100000] [--workers "1 2 4"] [--input FILE] [--chunk 5000] [--no-sqlite]
#
# The generator's articles (bench/Apogee.Bench `generate`, seed 42) are cut into 5,000-line (--chunk) .jsonl chunks and the
# chunks are dealt round-robin to N processes (the CLI streams a .jsonl of any size, but each process needs its own
# slice): every article is ingested exactly once per run, by one of the N workers (slices, not duplicates). Each
# process gets --workers cores/N (at least 1), so N processes do not start N x cores extraction threads. Each run gets a fresh database on the
# server scripts/deps/postgres.sh starts. Prints wall time, articles/s, events and the load average, one line per N,
# then (unless --no-sqlite) the same single `apogee ingest` process on a fresh SQLite file, for comparison.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

count=100000
workers="1 2 4"
input=""
sqlite=1
chunk=5000
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --workers) workers=$2; shift 2 ;;
    --input) input=$2; shift 2 ;;
    --no-sqlite) sqlite=0; shift ;;
    --chunk) chunk=$2; shift 2 ;;
    *) echo "usage: $0 [--count N] [--workers \"1 2 4\"] [--input FILE] [--chunk LINES] [--no-sqlite]" >&2; exit 2 ;;
  esac
done

bash scripts/deps/postgres.sh >&2
. ./.deps.env
# postgres://user:pass@host:port/db → the admin connection (the cluster trusts local connections) and a URL per run.
hostport=$(printf '%s' "$APOGEE_TEST_POSTGRES" | sed -E 's#^postgres(ql)?://[^@]*@([^/]+)/.*$#\2#')
host=${hostport%:*}
port=${hostport##*:}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
export PGOPTIONS='-c client_min_messages=warning'
admin() { "$bin/psql" -h "$host" -p "$port" -U postgres -d postgres -Atqc "$1"; }
# The grouping itself, not just the number of events: each event as the sorted content hashes of its reports'
# documents, all events sorted, hashed. Equal fingerprints = the same events whatever the processes' interleaving.
groups_sql="select substr(md5(coalesce(string_agg(g, '|' order by g collate \"C\"), '')), 1, 12) from (select string_agg(k, ',' order by k collate \"C\") g from (select r.event_id, d.content_hash || ':' || r.role k from event_reports r join documents d on d.id = r.document_id) y group by event_id) x"
sqlite_groups() {
  python3 - "$1" <<'PY'
import hashlib, sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute(
    "select r.event_id, d.content_hash || ':' || r.role from event_reports r join documents d on d.id = r.document_id").fetchall()
events = {}
for e, k in rows:
    events.setdefault(e, []).append(k)
print(hashlib.md5("|".join(sorted(",".join(sorted(v)) for v in events.values())).encode()).hexdigest()[:12])
PY
}

work=$(mktemp -d /tmp/apogee-pgbench.XXXXXX)
trap 'rm -rf "$work"' EXIT

echo "building the CLI and the bench (Release)" >&2
dotnet build src/Apogee.Cli -c Release --nologo -v q >&2
cli="$root/src/Apogee.Cli/bin/Release/net10.0/apogee.dll"
if [ -z "$input" ]; then
  input="$work/articles.jsonl"
  dotnet run -c Release --project bench/Apogee.Bench -- generate --count "$count" --out "$input" >&2
fi
total=$(wc -l < "$input")
(cd "$work" && split -l "$chunk" -d -a 4 --additional-suffix=.jsonl "$input" chunk-)
mapfile -t chunks < <(ls "$work"/chunk-*.jsonl)

echo "| engine | processes | articles | wall s | articles/s | events | grouping | load average (1/5/15 min) before |"
echo "|---|---:|---:|---:|---:|---:|---|---|"
for n in $workers; do
  db="apogee_bench_w${n}"
  admin "drop database if exists ${db}" >/dev/null
  admin "create database ${db} owner apogee" >/dev/null
  url="postgres://apogee:apogee@${host}:${port}/${db}"
  # Migrate once before the clock starts, so every run times ingest alone.
  dotnet "$cli" events --db "$url" --limit 1 >/dev/null 2>&1 || true
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  pids=()
  threads=$(( $(nproc) / n )); [ "$threads" -ge 1 ] || threads=1
  for ((w = 0; w < n; w++)); do
    mine=()
    for ((i = w; i < ${#chunks[@]}; i += n)); do mine+=("${chunks[$i]}"); done
    [ ${#mine[@]} -gt 0 ] || continue # fewer chunks than processes
    dotnet "$cli" ingest --db "$url" --workers "$threads" "${mine[@]}" >/dev/null 2>"$work/worker-$n-$w.err" &
    pids+=($!)
  done
  failed=0
  for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
  end=$(date +%s.%N)
  if [ "$failed" -ne 0 ]; then
    echo "processes=$n: a worker failed:" >&2
    head -n 5 "$work"/worker-"$n"-*.err >&2
  fi
  events=$(PGPASSWORD=apogee "$bin/psql" -h "$host" -p "$port" -U apogee -d "$db" -Atqc "select count(*) from events")
  docs=$(PGPASSWORD=apogee "$bin/psql" -h "$host" -p "$port" -U apogee -d "$db" -Atqc "select count(*) from documents")
  groups=$(PGPASSWORD=apogee "$bin/psql" -h "$host" -p "$port" -U apogee -d "$db" -Atqc "$groups_sql")
  awk -v n="$n" -v t="$total" -v d="$docs" -v s="$start" -v e="$end" -v ev="$events" -v l="$load" -v g="$groups" \
    'BEGIN { w = e - s; printf "| postgresql | %d | %d (stored %d) | %.1f | %.0f | %d | %s | %s |\n", n, t, d, w, t / w, ev, g, l }'
done

if [ "$sqlite" -eq 1 ]; then
  file="$work/sqlite.db"
  dotnet "$cli" events --db "$file" --limit 1 >/dev/null 2>&1 || true
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  start=$(date +%s.%N)
  dotnet "$cli" ingest --db "$file" "${chunks[@]}" >/dev/null 2>"$work/sqlite.err" || { echo "sqlite run failed:" >&2; head -n 5 "$work/sqlite.err" >&2; }
  end=$(date +%s.%N)
  events=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from events').fetchone()[0])" "$file")
  groups=$(sqlite_groups "$file")
  awk -v t="$total" -v s="$start" -v e="$end" -v l="$load" -v ev="$events" -v g="$groups" \
    'BEGIN { w = e - s; printf "| sqlite | 1 | %d | %.1f | %.0f | %d | %s | %s |\n", t, w, t / w, ev, g, l }'
fi
