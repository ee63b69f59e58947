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

log() { printf '[http_bench] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

for tool in cmake wrk nginx curl python3; do
  command -v "$tool" >/dev/null || die "$tool not found"
done

# --- build ------------------------------------------------------------------------------
log "building release (incremental)"
if [[ ! -f "$ROOT/build/release/build.ninja" ]]; then
  # shellcheck disable=SC2086
  (cd "$ROOT" && cmake --preset release ${HVHK_CMAKE_ARGS:-} >/dev/null)
fi
(cd "$ROOT" && cmake --build --preset release --target hvhk >/dev/null) ||
  die "release build failed (try HVHK_CMAKE_ARGS=-DHVHK_WERROR=OFF after removing build/release)"

# --- temp dir and clean-up ------------------------------------------------------------------
TMP="$(mktemp -d -t hvhk-http-bench.XXXXXX)"
chmod 755 "$TMP"  # nginx workers may run as another user
HVHK_PID=""
NGINX_PID=""
stop_pid() {
  local pid="$1"
  [[ -n "$pid" ]] || return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  stop_pid "$NGINX_PID"
  stop_pid "$HVHK_PID"
  if [[ "$KEEP_TMP" == 1 || $rc -ne 0 ]]; then
    log "temp dir kept: $TMP"
  else
    rm -rf "$TMP"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- data -------------------------------------------------------------------------------
DB="$TMP/hvhk.db"
log "generating Flanders-scale data into $DB"
t0=$(now_ms)
"$HVHK" --db "sqlite:$DB" demo --scale flanders >"$TMP/demo.out" 2>"$TMP/demo.err" ||
  { cat "$TMP/demo.err" >&2; die "demo --scale flanders failed"; }
GEN_MS=$(( $(now_ms) - t0 ))
# spdlog writes to stdout; look in both streams.
GEN_LOG_MS="$(cat "$TMP/demo.out" "$TMP/demo.err" | grep -o 'demo data stored in [0-9]* ms' | grep -o '[0-9]\+' || echo '?')"
DB_BYTES=$(stat -c %s "$DB")
log "generated in ${GEN_MS} ms (log: ${GEN_LOG_MS} ms): $(grep -h 'stored\.' "$TMP/demo.out" "$TMP/demo.err" || true)"

# --- hvhk -------------------------------------------------------------------------------
PORT_FILE="$TMP/hvhk.port"
t0=$(now_ms)
"$HVHK" --db "sqlite:$DB" serve --listen 127.0.0.1 --port 0 --port-file "$PORT_FILE" --threads "$THREADS" \
  >"$TMP/hvhk.out" 2>"$TMP/hvhk.err" &
HVHK_PID=$!
deadline=$(( t0 + 120000 ))
while [[ ! -s "$PORT_FILE" ]]; do
  kill -0 "$HVHK_PID" 2>/dev/null || { cat "$TMP/hvhk.err" >&2; die "hvhk exited during start-up"; }
  (( $(now_ms) < deadline )) || die "hvhk did not start within 120 s"
  sleep 0.01
done
STARTUP_MS=$(( $(now_ms) - t0 ))
HVHK_PORT="$(tr -d '[:space:]' <"$PORT_FILE")"
for _ in $(seq 100); do cat "$TMP/hvhk.out" "$TMP/hvhk.err" | grep -q 'ready in' && break; sleep 0.02; done
READY_MS="$(cat "$TMP/hvhk.out" "$TMP/hvhk.err" | grep -o 'ready in [0-9]* ms' | grep -o '[0-9]\+' || echo '?')"
HWM_START_KB="$(awk '/^VmHWM:/ {print $2}' "/proc/$HVHK_PID/status")"
log "hvhk pid $HVHK_PID on port $HVHK_PORT: port file after ${STARTUP_MS} ms, log says ready in ${READY_MS} ms"

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
NGINX_PORT="$(free_port)"
mkdir -p "$TMP/nginx-tmp"
cat >"$TMP/nginx.conf" <<EOF
# Minimal nginx for http_bench.sh: one static file, same URL and Content-Type as hvhk.
worker_processes ${THREADS};
daemon off;
pid ${TMP}/nginx.pid;
error_log ${TMP}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nodelay on;
  keepalive_timeout 65;
  keepalive_requests 1000000;
  client_body_temp_path ${TMP}/nginx-tmp/body;
  proxy_temp_path ${TMP}/nginx-tmp/proxy;
  fastcgi_temp_path ${TMP}/nginx-tmp/fastcgi;
  uwsgi_temp_path ${TMP}/nginx-tmp/uwsgi;
  scgi_temp_path ${TMP}/nginx-tmp/scgi;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${TMP}/www;
    location = /api/hsds/services {
      types { }
      default_type application/json;
      try_files /services.json =404;
    }
  }
}
EOF
nginx -p "$TMP" -c "$TMP/nginx.conf" -e "$TMP/nginx-error.log" >"$TMP/nginx.out" 2>&1 &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:${NGINX_PORT}${URL_PATH}"
for _ in $(seq 200); do
  curl -sS --fail -o /dev/null "$NGINX_URL" 2>/dev/null && break
  kill -0 "$NGINX_PID" 2>/dev/null || { cat "$TMP/nginx.out" "$TMP/nginx-error.log" >&2 || true; die "nginx exited"; }
  sleep 0.05
done
curl -sS --fail -D "$TMP/nginx.headers" -o "$TMP/nginx.body" "$NGINX_URL" || die "GET $NGINX_URL failed"
cmp -s "$TMP/nginx.body" "$TMP/www/services.json" || die "nginx body differs from hvhk body"
grep -qi '^content-type: application/json' "$TMP/nginx.headers" || die "nginx Content-Type is not application/json"
NGINX_HEADER_BYTES=$(stat -c %s "$TMP/nginx.headers")
log "nginx pid $NGINX_PID on port $NGINX_PORT serves the same ${BODY_BYTES} bytes"

# --- wrk --------------------------------------------------------------------------------
# Prints "rps p50_ms p99_ms non2xx socket_errors" for one wrk output file.
parse_wrk() {
  awk '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /m$/)  { sub(/m$/, "", v);  return v * 60000 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v + 0
    }
    /^Requests\/sec:/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx responses:/ { non2xx = $NF }
    /Socket errors:/ { errors = $0; sub(/.*Socket errors: */, "", errors); gsub(/ /, "", errors) }
    END { printf "%s %.3f %.3f %s %s\n", rps, p50, p99, (non2xx == "" ? 0 : non2xx), (errors == "" ? "none" : errors) }
  ' "$1"
}
run_wrk() {  # name url out-file [extra wrk args...]
  local name="$1" url="$2" out="$3"
  shift 3
  log "wrk ${name}: -t${WRK_THREADS} -c${CONNECTIONS} -d${DURATION}s $*"
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$out" 2>&1 ||
    { cat "$out" >&2; die "wrk against ${name} failed"; }
  log "  -> $(parse_wrk "$out")"
}

log "warm-up (${WARMUP} s each, not reported)"
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$HVHK_URL" >/dev/null 2>&1 || true
wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$NGINX_URL" >/dev/null 2>&1 || true

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

HWM_KB="$(awk '/^VmHWM:/ {print $2}' "/proc/$HVHK_PID/status")"
RSS_KB="$(awk '/^VmRSS:/ {print $2}' "/proc/$HVHK_PID/status")"
kill -0 "$HVHK_PID" 2>/dev/null || die "hvhk died during the runs"

# --- report -----------------------------------------------------------------------------
read -r H1_RPS H1_P50 H1_P99 H1_NON H1_ERR < <(parse_wrk "$TMP/wrk-hvhk-1.txt")
read -r H2_RPS H2_P50 H2_P99 H2_NON H2_ERR < <(parse_wrk "$TMP/wrk-hvhk-2.txt")
read -r N1_RPS N1_P50 N1_P99 N1_NON N1_ERR < <(parse_wrk "$TMP/wrk-nginx-1.txt")
read -r N2_RPS N2_P50 N2_P99 N2_NON N2_ERR < <(parse_wrk "$TMP/wrk-nginx-2.txt")

calc() { python3 -c "print($1)"; }
H_MEAN=$(calc "round(($H1_RPS + $H2_RPS) / 2, 1)")
N_MEAN=$(calc "round(($N1_RPS + $N2_RPS) / 2, 1)")
RATIO=$(calc "round(100 * $H_MEAN / $N_MEAN, 1)")
H_P99_WORST=$(calc "max($H1_P99, $H2_P99)")
GOAL_RPS=$(calc "'met' if $H_MEAN >= 0.5 * $N_MEAN else 'NOT met'")
GOAL_P99=$(calc "'met' if $H_P99_WORST < 10 else 'NOT met'")

{
  echo "## HTTP benchmark: hvhk vs nginx (same response bytes)"
  echo
  echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM"
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
