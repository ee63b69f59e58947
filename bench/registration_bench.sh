#!/usr/bin/env bash
# Registration benchmark (issue 5): how many families per second hvhk registers on the public
# form, sustained, on SQLite and on PostgreSQL, and the p50/p99 latency of one registration; with
# nginx answering the same POST with a static 303 (the HTTP floor) and hvhk's GET of the form
# page as baselines in the same run. One command, everything on 127.0.0.1, bounded.
#
#   bench/registration_bench.sh                    # 15 s per wrk run, ~4 min
#   DURATION=10 PG=0 bench/registration_bench.sh   # SQLite only
#
# Steps: build release (incremental) -> temp dir -> `hvhk demo` into SQLite and (PG=1) into a
# fresh database on a throw-away PostgreSQL 15 (scripts/test-postgres) -> two sessions of one
# offer: "bench-open" (capacity 1 000 000: every family confirmed) and "bench-full" (capacity 1,
# taken 1: every family goes in line) -> `hvhk serve` with a data key -> nginx with a 303 for the
# same POST path -> wrk: nginx POST, hvhk GET form, then per engine POST to the open session, POST
# to the full session, and POST at one connection (the server time of a registration). Every POST
# is a new family (bench/registration.lua: unique form token and e-mail, made-up double-submit
# cookie). After each POST run the rows stored are counted against wrk's answered requests.
#
# Environment (defaults): DURATION=15 (s per wrk run), WARMUP=2 (s, untimed), THREADS=2 (hvhk
# --threads, nginx worker_processes), WRK_THREADS=2, CONNECTIONS=32, PG=1 (0: SQLite only), PG_PORT (free),
# KEEP_TMP=0, REPORT=FILE (also write the Markdown report there), HVHK_CMAKE_ARGS="", HVHK_BIN
# (a binary to measure instead of building build/release/hvhk).
# Needs cmake, wrk, nginx, curl, python3, sqlite3; for PG=1 psql and PostgreSQL 15's server.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-2}"
THREADS="${THREADS:-2}"
WRK_THREADS="${WRK_THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
PG="${PG:-1}"
KEEP_TMP="${KEEP_TMP:-0}"
REPORT="${REPORT:-}"
HVHK="${HVHK_BIN:-$ROOT/build/release/hvhk}"  # HVHK_BIN: another binary, no build
BENCH_NAME=registration_bench
LUA="$ROOT/bench/registration.lua"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"  # log, die, build, temp dir, nginx and wrk helpers

bench_require_tools cmake wrk nginx curl python3 sqlite3
[[ "$PG" == 1 ]] && bench_require_tools psql

[[ -n "${HVHK_BIN:-}" ]] || bench_build_release
bench_make_tmp hvhk-registration-bench.XXXXXX

# Stops the PostgreSQL (if any) before lib.sh's clean-up stops hvhk and nginx.
PG_DIR=""
HVHK_ERR=""
registration_cleanup() {
  local rc=$?
  set +e  # a failing step here must not end the clean-up (errexit is still on in a trap)
  if [[ -n "$PG_DIR" ]]; then "$ROOT/scripts/test-postgres" stop "$PG_DIR" || true; fi
  (exit $rc)
  cleanup
}
trap registration_cleanup EXIT

# --- databases and sessions ----------------------------------------------------------------------
sql_sqlite() { sqlite3 -batch -cmd ".timeout 30000" "$TMP/hvhk.db" "$1"; }
sql_pg() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$PG_DB_URL" -c "$1"; }
SESSIONS_SQL=""
sessions_sql() {  # service-id
  local id capacity taken
  SESSIONS_SQL=""
  for spec in "bench-open 1000000 0" "bench-full 1 1"; do
    read -r id capacity taken <<<"$spec"
    SESSIONS_SQL+="INSERT INTO activity_sessions (id, service_id, location_id, starts_at, ends_at, capacity, taken,
      created_at) VALUES ('$id', '$1', '', '2027-03-03T14:00', '2027-03-03T16:00', $capacity, $taken,
      '2026-11-23T10:00:00Z');
    INSERT INTO activity_session_dates (session_id, starts_at, ends_at) VALUES ('$id', '2027-03-03T14:00',
      '2027-03-03T16:00');"
  done
}

log "demo data into SQLite"
"$HVHK" --db "sqlite:$TMP/hvhk.db" demo >"$TMP/demo-sqlite.log" 2>&1 || { cat "$TMP/demo-sqlite.log" >&2; die "demo failed"; }
SERVICE="$(sql_sqlite "SELECT id FROM services ORDER BY id LIMIT 1")"
[[ -n "$SERVICE" ]] || die "no offer in the demo data"
sessions_sql "$SERVICE"
sql_sqlite "$SESSIONS_SQL"
log "offer $SERVICE: sessions bench-open (capacity 1000000) and bench-full (capacity 1, full)"

if [[ "$PG" == 1 ]]; then
  PG_DIR="$TMP/pg"
  PG_URL="$("$ROOT/scripts/test-postgres" start "$PG_DIR" "${PG_PORT:-$(free_port)}")"
  PG_DB_URL="$PG_URL/hvhk_bench"
  psql -X -q -d "$PG_URL/postgres" -c "CREATE DATABASE hvhk_bench" >/dev/null
  log "PostgreSQL at $PG_URL: demo data into hvhk_bench"
  "$HVHK" --db "$PG_DB_URL" demo >"$TMP/demo-pg.log" 2>&1 || { cat "$TMP/demo-pg.log" >&2; die "demo (PostgreSQL) failed"; }
  [[ "$(sql_pg "SELECT id FROM services ORDER BY id LIMIT 1")" == "$SERVICE" ]] || die "PostgreSQL demo has other offers"
  sql_pg "$SESSIONS_SQL" >/dev/null
  PG_SETTINGS="$(sql_pg "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings
    WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_level')")"
fi
SQLITE_SETTINGS="journal_mode=WAL, synchronous=NORMAL (src/store/sqlite/sqlite_connection.cc)"

# --- hvhk ------------------------------------------------------------------------------------
# Starts `hvhk serve` on DB-URL; sets HVHK_PID, HVHK_PORT, HVHK_ERR.
start_hvhk() {  # name db-url
  local port_file="$TMP/hvhk-$1.port"
  HVHK_ERR="$TMP/hvhk-$1.log"
  "$HVHK" --db "$2" serve --listen 127.0.0.1 --port 0 --port-file "$port_file" --threads "$THREADS" \
    --data-key-file "$TMP/data.key" >"$HVHK_ERR" 2>&1 &
  HVHK_PID=$!
  for _ in $(seq 1200); do
    [[ -s "$port_file" ]] && break
    kill -0 "$HVHK_PID" 2>/dev/null || { cat "$HVHK_ERR" >&2; die "hvhk exited during start-up"; }
    sleep 0.05
  done
  [[ -s "$port_file" ]] || die "hvhk did not start within 60 s"
  HVHK_PORT="$(tr -d '[:space:]' <"$port_file")"
  log "hvhk ($1) pid $HVHK_PID on port $HVHK_PORT"
}
stop_hvhk() {
  stop_pid "$HVHK_PID"
  HVHK_PID=""
}

FORM_PATH="/aanbod/${SERVICE}/inschrijven/bench-open"
FULL_PATH="/aanbod/${SERVICE}/inschrijven/bench-full"
# One registration by hand: the contract (303 to /inschrijving/<64 hex>) before measuring.
probe_registration() {  # path
  local csrf tag status location
  csrf="$(printf '7%.0s' $(seq 64))"
  tag="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
  read -r status location < <(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}\n' \
    -H "Cookie: hvhk_form=$csrf" --data "csrf=$csrf&request=$tag&first_name=Sam&email=probe-$tag%40example.org&channel=email&language=nl&child=4&consent=yes" \
    "http://127.0.0.1:${HVHK_PORT}$1")
  [[ "$status" == 303 && "$location" =~ /inschrijving/[0-9a-f]{64}(\?lang=[a-z]{2})?$ ]] ||
    die "POST $1 answered $status $location (expected 303 to /inschrijving/<64 hex>)"
}

# Rows of a session now.
rows_of() {  # engine session
  local sql="SELECT count(*) FROM registrations WHERE session_id = '$2'"
  if [[ "$1" == sqlite ]]; then sql_sqlite "$sql"; else sql_pg "$sql"; fi
}
# Answered requests in a wrk output ("N requests in ...").
wrk_requests() { awk '/requests in/ {print $1}' "$1"; }
new_tag() { python3 -c 'import secrets; print(secrets.token_hex(4))'; }

declare -A RESULT ROWS ANSWERED
# POST runs: engine label session-path out-name [threads connections]
post_run() {
  local engine="$1" label="$2" path="$3" name="$4" threads="${5:-$WRK_THREADS}" connections="${6:-$CONNECTIONS}"
  local session="${path##*/}" before after
  before="$(rows_of "$engine" "$session")"
  REG_PATH="$path" REG_TAG="$(new_tag)" run_wrk_with "$threads" "$connections" "$label" \
    "http://127.0.0.1:${HVHK_PORT}${path}" "$TMP/wrk-$name.txt" --timeout 10s -s "$LUA"
  sleep 0.5
  after="$(rows_of "$engine" "$session")"
  RESULT[$name]="$(parse_wrk "$TMP/wrk-$name.txt")"
  ROWS[$name]=$(( after - before ))
  ANSWERED[$name]="$(wrk_requests "$TMP/wrk-$name.txt")"
  log "  stored ${ROWS[$name]} rows for ${ANSWERED[$name]} answered requests"
  (( ROWS[$name] >= ANSWERED[$name] )) || die "$label: fewer rows stored than requests answered"
}

# --- nginx: the HTTP floor ----------------------------------------------------------------------------
mkdir -p "$TMP/www"
LINK="/inschrijving/$(printf 'ab%.0s' $(seq 32))"
bench_start_nginx "Minimal nginx for registration_bench.sh: a static 303 for the registration POST." "" \
  "    location /aanbod/ {
      return 303 ${LINK};
    }
    location = /probe { return 204; }" "/probe"
read -r status location < <(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}\n' --data "csrf=x" \
  "http://127.0.0.1:${NGINX_PORT}${FORM_PATH}")
[[ "$status" == 303 ]] || die "nginx answered the POST with $status"
REG_PATH="$FORM_PATH" REG_TAG="$(new_tag)" warm_up "http://127.0.0.1:${NGINX_PORT}${FORM_PATH}" -s "$LUA"
REG_PATH="$FORM_PATH" REG_TAG="$(new_tag)" run_wrk "nginx POST (static 303)" \
  "http://127.0.0.1:${NGINX_PORT}${FORM_PATH}" "$TMP/wrk-nginx.txt" --timeout 10s -s "$LUA"
RESULT[nginx]="$(parse_wrk "$TMP/wrk-nginx.txt")"
ANSWERED[nginx]="$(wrk_requests "$TMP/wrk-nginx.txt")"
stop_pid "$NGINX_PID"
NGINX_PID=""

# --- SQLite ------------------------------------------------------------------------------------
start_hvhk sqlite "sqlite:$TMP/hvhk.db"
curl -sS --fail -o "$TMP/form.html" -c "$TMP/cookies" "http://127.0.0.1:${HVHK_PORT}${FORM_PATH}" || die "GET form failed"
grep -q 'name="request"' "$TMP/form.html" || die "the form page has no request field"
FORM_BYTES=$(stat -c %s "$TMP/form.html")
probe_registration "$FORM_PATH"
probe_registration "$FULL_PATH"
warm_up "http://127.0.0.1:${HVHK_PORT}${FORM_PATH}"
run_wrk "hvhk GET form (SQLite)" "http://127.0.0.1:${HVHK_PORT}${FORM_PATH}" "$TMP/wrk-form.txt" --timeout 10s
RESULT[form]="$(parse_wrk "$TMP/wrk-form.txt")"
ANSWERED[form]="$(wrk_requests "$TMP/wrk-form.txt")"
REG_PATH="$FORM_PATH" REG_TAG="$(new_tag)" warm_up "http://127.0.0.1:${HVHK_PORT}${FORM_PATH}" -s "$LUA"
post_run sqlite "hvhk POST, confirmed (SQLite)" "$FORM_PATH" sqlite-open
post_run sqlite "hvhk POST, in line (SQLite)" "$FULL_PATH" sqlite-full
post_run sqlite "hvhk POST, one connection (SQLite)" "$FORM_PATH" sqlite-c1 1 1
SQLITE_HWM_KB="$(proc_status_kb "$HVHK_PID" VmHWM)"
SQLITE_BYTES=$(( $(stat -c %s "$TMP/hvhk.db") + $(stat -c %s "$TMP/hvhk.db-wal" 2>/dev/null || echo 0) ))
SQLITE_STATES="$(sql_sqlite "SELECT group_concat(session_id || ' ' || state || ' ' || n, '; ') FROM
  (SELECT session_id, state, count(*) AS n FROM registrations GROUP BY session_id, state)")"
stop_hvhk

# --- PostgreSQL --------------------------------------------------------------------------------
if [[ "$PG" == 1 ]]; then
  start_hvhk postgres "$PG_DB_URL"
  probe_registration "$FORM_PATH"
  probe_registration "$FULL_PATH"
  REG_PATH="$FORM_PATH" REG_TAG="$(new_tag)" warm_up "http://127.0.0.1:${HVHK_PORT}${FORM_PATH}" -s "$LUA"
  post_run postgres "hvhk POST, confirmed (PostgreSQL)" "$FORM_PATH" pg-open
  post_run postgres "hvhk POST, in line (PostgreSQL)" "$FULL_PATH" pg-full
  post_run postgres "hvhk POST, one connection (PostgreSQL)" "$FORM_PATH" pg-c1 1 1
  PG_HWM_KB="$(proc_status_kb "$HVHK_PID" VmHWM)"
  PG_STATES="$(sql_pg "SELECT string_agg(session_id || ' ' || state || ' ' || n, '; ') FROM
    (SELECT session_id, state, count(*) AS n FROM registrations GROUP BY session_id, state) AS s")"
  stop_hvhk
fi

# --- report ------------------------------------------------------------------------------------
row() {  # label name
  local rps p50 p99 non err
  read -r rps p50 p99 non err <<<"${RESULT[$2]}"
  echo "| $1 | ${rps} | ${p50} | ${p99} | ${ANSWERED[$2]:-} | ${ROWS[$2]:-} | ${non} | ${err} |"
}
{
  echo "## Registration benchmark"
  echo
  echo "- date: $(bench_date); machine: $(bench_machine); load average before the report: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- hvhk --threads ${THREADS}; nginx worker_processes ${THREADS}; wrk -t${WRK_THREADS} -c${CONNECTIONS} -d${DURATION}s --latency --timeout 10s (one-connection runs: -t1 -c1); every POST a new family (bench/registration.lua)"
  echo "- SQLite: ${SQLITE_SETTINGS}; PostgreSQL 15 (scripts/test-postgres): ${PG_SETTINGS:-not run}"
  echo "- form page: ${FORM_BYTES} bytes; hvhk VmHWM after the runs: SQLite ${SQLITE_HWM_KB} kB, PostgreSQL ${PG_HWM_KB:-–} kB; SQLite file + WAL at the end: $(( SQLITE_BYTES / 1024 )) KiB"
  echo
  echo "| run | req/s | p50 (ms) | p99 (ms) | answered | rows stored | non-2xx/3xx | socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  row "nginx: static 303 for the POST (floor)" nginx
  row "hvhk: GET the form page (SQLite)" form
  row "hvhk: POST, confirmed (SQLite)" sqlite-open
  row "hvhk: POST, in line (SQLite)" sqlite-full
  row "hvhk: POST, one connection (SQLite)" sqlite-c1
  if [[ "$PG" == 1 ]]; then
    row "hvhk: POST, confirmed (PostgreSQL)" pg-open
    row "hvhk: POST, in line (PostgreSQL)" pg-full
    row "hvhk: POST, one connection (PostgreSQL)" pg-c1
  fi
  echo
  echo "- rows by state at the end: SQLite: ${SQLITE_STATES}${PG_STATES:+; PostgreSQL: ${PG_STATES}}"
} | tee ${REPORT:+"$REPORT"}
