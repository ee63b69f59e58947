# shellcheck shell=bash disable=SC2034,SC2153  # sets globals for the sourcing script; reads its knobs
# Shared by bench/http_bench.sh and bench/finder_bench.sh: sourced, not run.
#
# The sourcing script sets, before calling anything here:
#   ROOT (the repository), HVHK (the hvhk binary), BENCH_NAME (prefix of log lines),
#   DURATION, WARMUP, THREADS, WRK_THREADS, CONNECTIONS, KEEP_TMP (its environment knobs).
# The functions set globals the scripts read afterwards (TMP, HVHK_PID, HVHK_PORT, NGINX_PID,
# NGINX_PORT, DB, GEN_MS, ...); each function says which.

log() { printf '[%s] %s\n' "$BENCH_NAME" "$*" >&2; }
die() { log "error: $*"; exit 1; }
now_ms() { date +%s%3N; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
calc() { python3 -c "print($1)"; }
# One field of /proc/PID/status in kB, e.g. proc_status_kb "$HVHK_PID" VmHWM.
proc_status_kb() { awk -v f="$2:" '$1 == f {print $2}' "/proc/$1/status"; }

bench_require_tools() {  # tool...
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "$tool not found"
  done
}

# --- build ------------------------------------------------------------------------------
bench_build_release() {  # HVHK_CMAKE_ARGS: extra arguments for the first `cmake --preset release`
  log "building release (incremental)"
  if [[ ! -f "$ROOT/build/release/build.ninja" ]]; then
    # shellcheck disable=SC2086
    (cd "$ROOT" && cmake --preset release ${HVHK_CMAKE_ARGS:-} >/dev/null)
  fi
  (cd "$ROOT" && cmake --build --preset release --target hvhk >/dev/null) ||
    die "release build failed (try HVHK_CMAKE_ARGS=-DHVHK_WERROR=OFF after removing build/release)"
}

# --- temp dir and clean-up ------------------------------------------------------------------
# Sets TMP, HVHK_PID="", NGINX_PID=""; on exit stops nginx and hvhk and removes TMP (kept
# when KEEP_TMP=1 or on failure).
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
bench_make_tmp() {  # mktemp-template
  TMP="$(mktemp -d -t "$1")"
  chmod 755 "$TMP"  # nginx workers may run as another user
  HVHK_PID=""
  NGINX_PID=""
  trap cleanup EXIT
  trap 'exit 130' INT TERM
}

# --- data -------------------------------------------------------------------------------
# Sets DB, GEN_MS (wall), GEN_LOG_MS (hvhk's own figure), DB_BYTES.
bench_generate_data() {
  DB="$TMP/hvhk.db"
  log "generating Flanders-scale data into $DB"
  local t0
  t0=$(now_ms)
  "$HVHK" --db "sqlite:$DB" demo --scale flanders >"$TMP/demo.out" 2>"$TMP/demo.err" ||
    { cat "$TMP/demo.err" >&2; die "demo --scale flanders failed"; }
  GEN_MS=$(( $(now_ms) - t0 ))
  # spdlog writes to stdout; look in both streams.
  GEN_LOG_MS="$(cat "$TMP/demo.out" "$TMP/demo.err" | grep -o 'demo data stored in [0-9]* ms' | grep -o '[0-9]\+' || echo '?')"
  DB_BYTES=$(stat -c %s "$DB")
  log "generated in ${GEN_MS} ms (log: ${GEN_LOG_MS} ms): $(grep -h 'stored\.' "$TMP/demo.out" "$TMP/demo.err" || true)"
}

# --- hvhk -------------------------------------------------------------------------------
# Starts `hvhk serve --threads $THREADS` on a free port. Sets HVHK_PID, HVHK_PORT, STARTUP_MS
# (launch until the port file appears), READY_MS (the log's "ready in"), HWM_START_KB.
bench_start_hvhk() {
  local port_file="$TMP/hvhk.port" t0 deadline
  t0=$(now_ms)
  "$HVHK" --db "sqlite:$DB" serve --listen 127.0.0.1 --port 0 --port-file "$port_file" --threads "$THREADS" \
    >"$TMP/hvhk.out" 2>"$TMP/hvhk.err" &
  HVHK_PID=$!
  deadline=$(( t0 + 120000 ))
  while [[ ! -s "$port_file" ]]; do
    kill -0 "$HVHK_PID" 2>/dev/null || { cat "$TMP/hvhk.err" >&2; die "hvhk exited during start-up"; }
    (( $(now_ms) < deadline )) || die "hvhk did not start within 120 s"
    sleep 0.01
  done
  STARTUP_MS=$(( $(now_ms) - t0 ))
  HVHK_PORT="$(tr -d '[:space:]' <"$port_file")"
  for _ in $(seq 100); do cat "$TMP/hvhk.out" "$TMP/hvhk.err" | grep -q 'ready in' && break; sleep 0.02; done
  READY_MS="$(cat "$TMP/hvhk.out" "$TMP/hvhk.err" | grep -o 'ready in [0-9]* ms' | grep -o '[0-9]\+' || echo '?')"
  HWM_START_KB="$(proc_status_kb "$HVHK_PID" VmHWM)"
  log "hvhk pid $HVHK_PID on port $HVHK_PORT: port file after ${STARTUP_MS} ms, log says ready in ${READY_MS} ms"
}

# --- nginx ------------------------------------------------------------------------------
# Starts nginx (worker_processes $THREADS, keep-alive, access log off, root $TMP/www) on a free
# port with a minimal config in TMP, and waits until probe-path answers 2xx. http-directives,
# if any, must end with a newline; server-directives go after `root`. Sets NGINX_PORT, NGINX_PID.
bench_start_nginx() {  # comment http-directives server-directives probe-path
  local comment="$1" http_extra="$2" server_extra="$3" probe="$4"
  NGINX_PORT="$(free_port)"
  mkdir -p "$TMP/nginx-tmp"
  cat >"$TMP/nginx.conf" <<EOF
# ${comment}
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
${http_extra}  server {
    listen 127.0.0.1:${NGINX_PORT};
    root ${TMP}/www;
${server_extra}
  }
}
EOF
  nginx -p "$TMP" -c "$TMP/nginx.conf" -e "$TMP/nginx-error.log" >"$TMP/nginx.out" 2>&1 &
  NGINX_PID=$!
  local url="http://127.0.0.1:${NGINX_PORT}${probe}"
  for _ in $(seq 200); do
    curl -sS --fail -o /dev/null "$url" 2>/dev/null && break
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$TMP/nginx.out" "$TMP/nginx-error.log" >&2 || true; die "nginx exited"; }
    sleep 0.05
  done
}

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
# Prints "p50_ms p75_ms p90_ms p99_ms" of wrk's --latency distribution.
parse_wrk_percentiles() {
  awk '
    function ms(v) {
      if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 }
      if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 }
      if (v ~ /m$/)  { sub(/m$/, "", v);  return v * 60000 }
      if (v ~ /s$/)  { sub(/s$/, "", v);  return v * 1000 }
      return v + 0
    }
    /^ +50%/ { p50 = ms($2) }
    /^ +75%/ { p75 = ms($2) }
    /^ +90%/ { p90 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    END { printf "%.3f %.3f %.3f %.3f\n", p50, p75, p90, p99 }
  ' "$1"
}
run_wrk_with() {  # threads connections name url out-file [extra wrk args...]
  local threads="$1" connections="$2" name="$3" url="$4" out="$5"
  shift 5
  log "wrk ${name}: -t${threads} -c${connections} -d${DURATION}s $*"
  wrk -t"$threads" -c"$connections" -d"${DURATION}s" --latency "$@" "$url" >"$out" 2>&1 ||
    { cat "$out" >&2; die "wrk against ${name} failed"; }
  log "  -> $(parse_wrk "$out")"
}
run_wrk() {  # name url out-file [extra wrk args...]: -t$WRK_THREADS -c$CONNECTIONS
  run_wrk_with "$WRK_THREADS" "$CONNECTIONS" "$@"
}
warm_up() {  # url [extra wrk args...]: $WARMUP seconds, not reported
  local url="$1"
  shift
  wrk -t"$WRK_THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$@" "$url" >/dev/null 2>&1 || true
}

# --- report -----------------------------------------------------------------------------
bench_date() { date -u '+%Y-%m-%d %H:%M UTC'; }
bench_machine() {
  echo "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM"
}
