#!/usr/bin/env bash
# Load check of the REST API from outside (issue #14): a real load generator (Debian's hey and wrk, installed here if
# missing) against a real `apogee serve` on 127.0.0.1, over a store made by the product's own commands
# (`Apogee.Bench generate --count N`, then `apogee ingest`). Both are cached in --dir between runs (a store is reused
# once its ingest finished; delete the folder to rebuild).
#
#   bash bench/api-load.sh [--count 100000] [--rate 200] [--seconds 10] [--warmup 3] [--engine sqlite|postgresql|both] [--dir D]
#
# Per query kind: --warmup seconds of hey at --rate, not counted (the first seconds after a start are the JIT's and
# the page cache's, not the steady state the table reports), then hey at --rate requests/s for --seconds (10 workers, each rate/10 per second; latency is measured by
# hey from each request's send, and a server that cannot keep up shows as fewer requests/s than asked); then wrk
# closed-loop (2 threads, 32 connections) over every kind's URL in turn. Prints one table row per kind (req/s, p50,
# p99, errors = requests that failed or were not 200) and the server's peak RSS (VmHWM), with the load average.
# Traffic goes to 127.0.0.1 only; every run is bounded by --seconds; the server is started with --max-seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

count=100000
rate=200
seconds=10
warmup=3
engine=sqlite
dir=${APOGEE_LOAD_DIR:-/tmp/apogee-load}
while [ $# -gt 0 ]; do
  case "$1" in
    --count) count=$2; shift 2 ;;
    --rate) rate=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --engine) engine=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    *) echo "api-load: unknown argument '$1' (see the header of $0)" >&2; exit 2 ;;
  esac
done
case "$engine" in sqlite|postgresql|both) ;; *) echo "api-load: --engine wants sqlite, postgresql or both, not '$engine'" >&2; exit 2 ;; esac
mkdir -p "$dir"

# Load generators from Debian, as scripts/deps/*.sh install packages.
if ! command -v hey >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1; then
  echo "api-load: installing Debian's hey and wrk" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq hey wrk >/dev/null
fi

# Built into --dir, not over src/*/bin: an `apogee` already running from there (an ingest) keeps its files.
dotnet build "$root/src/Apogee.Cli" -c Release --nologo -v q -o "$dir/bin/cli" >&2
export DOTNET_TC_CallCountingDelayMs=0 # as ./apogee sets it
cli=(dotnet "$dir/bin/cli/apogee.dll")
bench=(dotnet "$dir/bin/bench/Apogee.Bench.dll")

articles="$dir/articles-$count.jsonl"
if [ ! -s "$articles" ]; then
  dotnet build "$root/bench/Apogee.Bench" -c Release --nologo -v q -o "$dir/bin/bench" >&2
  "${bench[@]}" generate --count "$count" --out "$articles.tmp" >&2
  mv "$articles.tmp" "$articles"
fi

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }

# Prints the --db of a ready store of this engine, ingesting it first when its marker is missing.
store() {
  local kind=$1 db marker
  if [ "$kind" = sqlite ]; then
    db="$dir/store-$count.db"
  else
    # The server this checkout's .deps.env names (scripts/deps/postgres.sh; set APOGEE_PG_PORT for a port of your own).
    # shellcheck disable=SC1091
    [ -z "${APOGEE_TEST_POSTGRES:-}" ] && [ -f "$root/.deps.env" ] && . "$root/.deps.env"
    bash "$root/scripts/deps/postgres.sh" >&2
    # shellcheck disable=SC1091
    [ -z "${APOGEE_TEST_POSTGRES:-}" ] && . "$root/.deps.env"
    local schema="load_$count"
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    local base=${APOGEE_TEST_POSTGRES%%\?*}
    db="$base?schema=$schema"
    if [ ! -f "$dir/$schema.done" ]; then
      PGPASSWORD=apogee "$bin/psql" -q "${base/postgres:/postgresql:}" -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema" >&2
    fi
    marker="$dir/$schema.done"
  fi
  marker=${marker:-$db.done}
  if [ ! -f "$marker" ]; then
    [ "$kind" = sqlite ] && rm -f "$db" "$db-wal" "$db-shm"
    echo "api-load: ingesting $articles into $kind ($(date -u +%H:%M:%S) UTC, load $(loadavg))" >&2
    local t0=$SECONDS
    "${cli[@]}" ingest "$articles" --db "$db" | tail -n 1 >&2
    echo "api-load: ingest took $((SECONDS - t0)) s" >&2
    touch "$marker"
  fi
  echo "$db"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

server_pid=
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; fi
  server_pid=
}
trap stop_server EXIT

# hey's summary → "req/s p50_ms p99_ms errors". Status lines are "[code] count responses", error lines "[count] message";
# errors: every request that got no response or not a 200.
hey_row() {
  awk '
    /Requests\/sec:/ { rps = $2 }
    /50% in/ { p50 = $3 * 1000 }
    /99% in/ { p99 = $3 * 1000 }
    /Status code distribution:/ { sec = "status" }
    /Error distribution:/ { sec = "error" }
    $1 ~ /^\[[0-9]+\]$/ {
      if (sec == "status" && $1 == "[200]") ok += $2
      else if (sec == "status") bad += $2
      else if (sec == "error") bad += substr($1, 2, length($1) - 2)
    }
    END { printf "%.0f %.1f %.1f %d\n", rps, p50, p99, bad }' "$1"
}

run_engine() {
  local kind=$1 db port base
  db=$(store "$kind")
  port=$(free_port)
  base="http://127.0.0.1:$port"
  "${cli[@]}" serve --db "$db" --urls "$base" --max-seconds 3600 >"$dir/serve-$kind.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fsS "$base/healthz" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { echo "api-load: apogee serve exited; see $dir/serve-$kind.log" >&2; exit 1; }
    sleep 1
  done

  local total deep cursor year
  total=$(curl -fsS "$base/api/events?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  deep=$((total * 3 / 4))
  cursor=$(curl -fsS "$base/api/events?limit=1&offset=$((deep - 1))" | python3 -c 'import json,sys; print(json.load(sys.stdin)["next"])')
  year=$(curl -fsS "$base/api/events?limit=1&offset=$((total / 2))" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["earliest"][:4])')
  local -a kinds=(
    "page_first /api/events?limit=50"
    "page_deep_offset /api/events?limit=50&offset=$deep"
    "page_deep_after /api/events?limit=50&after=$cursor"
    "category /api/events?category=cruise"
    "site /api/events?site=sinpo"
    "range_class /api/events?range_class=SRBM"
    "range /api/events?min_range=1000&max_range=5000"
    "period /api/events?since=$year-01-01&until=$year-12-31"
    "text_word /api/events?q=submarine"
    "text_phrase /api/events?q=%22flew%20900%20kilometers%22"
  )
  : >"$dir/urls-$kind.txt"
  for k in "${kinds[@]}"; do
    local url=${k#* }
    echo "$url" >>"$dir/urls-$kind.txt"
    curl -fsS -o /dev/null "$base$url" # warm: first use of each query (its count is then cached until the next ingest)
  done

  echo
  echo "## $kind: $total events, $rate requests/s per kind for ${seconds}s after ${warmup}s not counted (hey -c 10 -q $((rate / 10))), then wrk closed-loop"
  echo "load average before: $(loadavg)"
  printf '| %-16s | %8s | %8s | %8s | %6s | %s\n' kind "req/s" "p50 ms" "p99 ms" errors "matching"
  echo '|---|---:|---:|---:|---:|---:|'
  for k in "${kinds[@]}"; do
    local name=${k%% *} url=${k#* } out="$dir/hey-$kind-${k%% *}.txt" matching
    matching=$(curl -fsS "$base$url" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
    [ "$warmup" -gt 0 ] && { hey -z "${warmup}s" -c 10 -q $((rate / 10)) "$base$url" >/dev/null 2>&1 || true; }
    hey -z "${seconds}s" -c 10 -q $((rate / 10)) "$base$url" >"$out" 2>&1 || true
    read -r rps p50 p99 errors < <(hey_row "$out")
    printf '| %-16s | %8s | %8s | %8s | %6s | %s\n' "$name" "$rps" "$p50" "$p99" "$errors" "$matching"
  done

  local out="$dir/wrk-$kind.txt"
  wrk -t 2 -c 32 -d "${seconds}s" --latency -s "$root/bench/api-load.lua" "$base" -- "$dir/urls-$kind.txt" >"$out" 2>&1 || true
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; return v * 1000 }
    /Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /requests in/ { n = $1 }
    /Non-2xx or 3xx responses:/ { bad += $NF }
    /Socket errors:/ { gsub(",", ""); bad += $4 + $6 + $8 + $10 }
    END { printf "| %-16s | %8.0f | %8.1f | %8.1f | %6d | %s requests\n", "closed_loop_mix", rps, p50, p99, bad, n }' "$out"
  echo "load average after: $(loadavg)"
  # VmHWM counts file pages the server mapped as well as its own memory; RssAnon is the process's own (heap, stacks).
  echo "apogee serve peak RSS: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server_pid/status"); now: $(awk '/RssAnon|RssFile/ { printf "%s %.0f MB ", $1, $2 / 1024 }' "/proc/$server_pid/status")"
  stop_server
}

[ "$engine" = sqlite ] || [ "$engine" = both ] && run_engine sqlite
[ "$engine" = postgresql ] || [ "$engine" = both ] && run_engine postgresql
exit 0
