#!/usr/bin/env bash
# HTTP benchmark: hvhk serving the HSDS API at Flanders scale against nginx serving the
# very same response bytes as a static file. One command, everything on 127.0.0.1, bounded.
#
#   bench/http_bench.sh                 # 20 s per wrk run
#   DURATION=10 WORD=peuter bench/http_bench.sh
#
# Steps: build release (incremental) -> temp dir -> generate the Flanders-scale SQLite
# database (timed) -> start `hvhk serve` (start-up time = launch until the port file
# appears, plus the server's own "ready in N ms") -> fetch
# /api/hsds/services?search=WORD&page=1&per_page=20 and write the body to a static file ->
# start nginx (minimal config in the temp dir) serving that file under the same URL with
# Content-Type application/json -> wrk hvhk, nginx, hvhk, nginx -> optional query-mix run on
# hvhk (wrk Lua script over 10 words x 3 pages) -> hvhk peak memory (VmHWM) -> Markdown report.
#
# Environment (defaults): DURATION=20 (s per wrk run), WARMUP=2 (s, untimed, per server),
# THREADS=2 (hvhk --threads and nginx worker_processes), WRK_THREADS=2, CONNECTIONS=64,
# WORD=baby, MIX=1 (0: skip the query-mix run), KEEP_TMP=0 (1: keep the temp dir),
# HVHK_CMAKE_ARGS="" (extra arguments for the first `cmake --preset release`),
# REPORT=FILE (also write the Markdown report there).
# Goals: hvhk >= 50% of nginx's requests/s, hvhk p99 < 10 ms.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-2}"
THREADS="${THREADS:-2}"
WRK_THREADS="${WRK_THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
WORD="${WORD:-baby}"
MIX="${MIX:-1}"
KEEP_TMP="${KEEP_TMP:-0}"
REPORT="${REPORT:-}"
HVHK="$ROOT/build/release/hvhk"
BENCH_NAME=http_bench
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"  # log, die, build, temp dir, data, hvhk, nginx and wrk helpers

bench_require_tools cmake wrk nginx curl python3

# --- build ------------------------------------------------------------------------------
bench_build_release

# --- temp dir and clean-up ------------------------------------------------------------------
bench_make_tmp hvhk-http-bench.XXXXXX

# --- data -------------------------------------------------------------------------------
bench_generate_data

# --- hvhk -------------------------------------------------------------------------------
bench_start_hvhk

URL_PATH="/api/hsds/services?search=${WORD}&page=1&per_page=20"
HVHK_URL="http://127.0.0.1:${HVHK_PORT}${URL_PATH}"
mkdir -p "$TMP/www"
curl -sS --fail -D "$TMP/hvhk.headers" -o "$TMP/www/services.json" "$HVHK_URL" || die "GET $HVHK_URL failed"
chmod -R a+rX "$TMP/www"
BODY_BYTES=$(stat -c %s "$TMP/www/services.json")
HVHK_HEADER_BYTES=$(stat -c %s "$TMP/hvhk.headers")
read -r TOTAL_ITEMS SIZE < <(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["total_items"], d["size"])' "$TMP/www/services.json")
log "search=${WORD}: total_items=${TOTAL_ITEMS}, page size ${SIZE}, body ${BODY_BYTES} bytes"
(( TOTAL_ITEMS > 0 )) || die "search word '$WORD' matches nothing; pick another WORD"

# --- nginx ------------------------------------------------------------------------------
bench_start_nginx "Minimal nginx for http_bench.sh: one static file, same URL and Content-Type as hvhk." "" \
  "    location = /api/hsds/services {
      types { }
      default_type application/json;
      try_files /services.json =404;
    }" "$URL_PATH"
NGINX_URL="http://127.0.0.1:${NGINX_PORT}${URL_PATH}"
curl -sS --fail -D "$TMP/nginx.headers" -o "$TMP/nginx.body" "$NGINX_URL" || die "GET $NGINX_URL failed"
cmp -s "$TMP/nginx.body" "$TMP/www/services.json" || die "nginx body differs from hvhk body"
grep -qi '^content-type: application/json' "$TMP/nginx.headers" || die "nginx Content-Type is not application/json"
NGINX_HEADER_BYTES=$(stat -c %s "$TMP/nginx.headers")
log "nginx pid $NGINX_PID on port $NGINX_PORT serves the same ${BODY_BYTES} bytes"

# --- wrk --------------------------------------------------------------------------------
log "warm-up (${WARMUP} s each, not reported)"
warm_up "$HVHK_URL"
warm_up "$NGINX_URL"

run_wrk hvhk "$HVHK_URL" "$TMP/wrk-hvhk-1.txt"
run_wrk nginx "$NGINX_URL" "$TMP/wrk-nginx-1.txt"
run_wrk hvhk "$HVHK_URL" "$TMP/wrk-hvhk-2.txt"
run_wrk nginx "$NGINX_URL" "$TMP/wrk-nginx-2.txt"

MIX_LINE=""
if [[ "$MIX" == 1 ]]; then
  cat >"$TMP/mix.lua" <<'EOF'
-- Rotates through 10 search words x pages 1..3 (30 different requests).
local words = {"baby", "peuter", "opvang", "zwanger", "opvoeding", "kinderopvang", "huiswerk", "spel", "budget",
               "ouders"}
local paths = {}
for _, w in ipairs(words) do
  for p = 1, 3 do
    paths[#paths + 1] = "/api/hsds/services?search=" .. w .. "&page=" .. p .. "&per_page=20"
  end
end
local n = 0
function init(args)
  n = math.random(#paths)
end
function request()
  n = n % #paths + 1
  return wrk.format("GET", paths[n])
end
EOF
  run_wrk "hvhk (query mix)" "http://127.0.0.1:${HVHK_PORT}/" "$TMP/wrk-hvhk-mix.txt" -s "$TMP/mix.lua"
  MIX_LINE="$(parse_wrk "$TMP/wrk-hvhk-mix.txt")"
fi

HWM_KB="$(proc_status_kb "$HVHK_PID" VmHWM)"
RSS_KB="$(proc_status_kb "$HVHK_PID" VmRSS)"
kill -0 "$HVHK_PID" 2>/dev/null || die "hvhk died during the runs"

# --- report -----------------------------------------------------------------------------
read -r H1_RPS H1_P50 H1_P99 H1_NON H1_ERR < <(parse_wrk "$TMP/wrk-hvhk-1.txt")
read -r H2_RPS H2_P50 H2_P99 H2_NON H2_ERR < <(parse_wrk "$TMP/wrk-hvhk-2.txt")
read -r N1_RPS N1_P50 N1_P99 N1_NON N1_ERR < <(parse_wrk "$TMP/wrk-nginx-1.txt")
read -r N2_RPS N2_P50 N2_P99 N2_NON N2_ERR < <(parse_wrk "$TMP/wrk-nginx-2.txt")

H_MEAN=$(calc "round(($H1_RPS + $H2_RPS) / 2, 1)")
N_MEAN=$(calc "round(($N1_RPS + $N2_RPS) / 2, 1)")
RATIO=$(calc "round(100 * $H_MEAN / $N_MEAN, 1)")
H_P99_WORST=$(calc "max($H1_P99, $H2_P99)")
GOAL_RPS=$(calc "'met' if $H_MEAN >= 0.5 * $N_MEAN else 'NOT met'")
GOAL_P99=$(calc "'met' if $H_P99_WORST < 10 else 'NOT met'")

{
  echo "## HTTP benchmark: hvhk vs nginx (same response bytes)"
  echo
  echo "- date: $(bench_date); machine: $(bench_machine)"
  echo "- hvhk --threads ${THREADS}; nginx worker_processes ${THREADS}; wrk -t${WRK_THREADS} -c${CONNECTIONS} -d${DURATION}s --latency (after a ${WARMUP} s warm-up each)"
  echo "- URL: \`${URL_PATH}\` (nginx: same path, static file); total_items=${TOTAL_ITEMS}, page size ${SIZE}"
  echo "- Flanders-scale data into SQLite: ${GEN_MS} ms wall (log: demo data stored in ${GEN_LOG_MS} ms); database $(( DB_BYTES / 1024 )) KiB"
  echo "- hvhk start-up: port file after ${STARTUP_MS} ms; log: ready in ${READY_MS} ms"
  echo "- hvhk memory: VmHWM ${HWM_START_KB} kB after start-up, ${HWM_KB} kB after the runs (VmRSS now ${RSS_KB} kB)"
  echo
  echo "| server | req/s run 1 | req/s run 2 | req/s mean | p50 (ms) run 1 / 2 | p99 (ms) run 1 / 2 | body bytes | header bytes |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  echo "| hvhk | ${H1_RPS} | ${H2_RPS} | ${H_MEAN} | ${H1_P50} / ${H2_P50} | ${H1_P99} / ${H2_P99} | ${BODY_BYTES} | ${HVHK_HEADER_BYTES} |"
  echo "| nginx (static) | ${N1_RPS} | ${N2_RPS} | ${N_MEAN} | ${N1_P50} / ${N2_P50} | ${N1_P99} / ${N2_P99} | ${BODY_BYTES} | ${NGINX_HEADER_BYTES} |"
  echo
  echo "- hvhk / nginx requests/s: ${RATIO}% (goal >= 50%: **${GOAL_RPS}**)"
  echo "- hvhk p99 (worst run): ${H_P99_WORST} ms (goal < 10 ms: **${GOAL_P99}**)"
  echo "- non-2xx responses: hvhk ${H1_NON}/${H2_NON}, nginx ${N1_NON}/${N2_NON}; socket errors: hvhk ${H1_ERR}/${H2_ERR}, nginx ${N1_ERR}/${N2_ERR}"
  if [[ -n "$MIX_LINE" ]]; then
    read -r M_RPS M_P50 M_P99 M_NON M_ERR <<<"$MIX_LINE"
    echo "- hvhk query mix (10 words x pages 1-3, wrk Lua script): ${M_RPS} req/s, p50 ${M_P50} ms, p99 ${M_P99} ms, non-2xx ${M_NON}, socket errors ${M_ERR}"
  fi
} | tee ${REPORT:+"$REPORT"}
