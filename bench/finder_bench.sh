#!/usr/bin/env bash
# HTTP benchmark of the finder's HTML results page: hvhk rendering /zoeken at Flanders scale
# (50 000 offers) against nginx serving the very same HTML bytes as static files. One command,
# everything on 127.0.0.1, bounded.
#
#   bench/finder_bench.sh                     # 20 s per wrk run
#   DURATION=15 WORD=peuter bench/finder_bench.sh
#
# Two pages:
#   search: /zoeken?q=WORD&postcode=9000&afstand=10   (text search + distance filter)
#   filter: /zoeken?leeftijd=1-3&thema=leisure        (filters only, no search words)
# Steps: build release (incremental) -> temp dir -> generate the Flanders-scale SQLite
# database -> start `hvhk serve` -> fetch each page (twice: the bytes must not change between
# requests) and write it to a static file; record its size raw, gzip and brotli (what hvhk
# sends for `Accept-Encoding: gzip` / `br`) -> start nginx serving those files at the same
# URLs (chosen by query string) with Content-Type text/html; charset=utf-8 -> per page: wrk
# hvhk, nginx, hvhk, nginx at CONNECTIONS connections, then the "server time" at low
# concurrency (wrk -t1 -c1 --latency) on hvhk and on nginx -> hvhk peak memory -> Markdown report.
#
# Compression is off in the runs: wrk sends `Accept-Encoding: identity` to both servers, so
# both send the same plain bytes (hvhk would otherwise compress the page per request; nginx
# has gzip off). Response headers are not copied to nginx (hvhk adds Cache-Control, Vary,
# Content-Language and security headers): only the body and the Content-Type are the same.
#
# Environment (defaults): DURATION=20 (s per wrk run), WARMUP=2 (s, untimed, per server and
# page), THREADS=2 (hvhk --threads and nginx worker_processes), WRK_THREADS=2, CONNECTIONS=64,
# WORD=zwemmen, KEEP_TMP=0 (1: keep the temp dir), HVHK_CMAKE_ARGS="" (extra arguments for
# the first `cmake --preset release`), REPORT=FILE (also write the Markdown report there).
# Goal (issue 3): results page >= 40% of nginx's requests/s. Server time p50/p99: recorded.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-2}"
THREADS="${THREADS:-2}"
WRK_THREADS="${WRK_THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-64}"
WORD="${WORD:-zwemmen}"
KEEP_TMP="${KEEP_TMP:-0}"
REPORT="${REPORT:-}"
HVHK="$ROOT/build/release/hvhk"
BENCH_NAME=finder_bench
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"  # log, die, build, temp dir, data, hvhk, nginx and wrk helpers

bench_require_tools cmake wrk nginx curl python3

[[ "$WORD" =~ ^[A-Za-z0-9-]+$ ]] || die "WORD must be letters, digits or '-' (it goes into the URL as is)"
PAGES=(search filter)
declare -A QUERY=(
  [search]="q=${WORD}&postcode=9000&afstand=10"
  [filter]="leeftijd=1-3&thema=leisure"
)
declare -A URL_PATH=()
for p in "${PAGES[@]}"; do URL_PATH[$p]="/zoeken?${QUERY[$p]}"; done
# Every wrk run, hvhk's and nginx's alike: no compression. A 10 s request timeout rather than
# wrk's 2 s, so that slow responses count in the latency figures instead of as socket errors.
WRK_HEADERS=(-H 'Accept-Encoding: identity' --timeout 10s)

bench_build_release
bench_make_tmp hvhk-finder-bench.XXXXXX
bench_generate_data
bench_start_hvhk

# --- the pages ----------------------------------------------------------------------------
mkdir -p "$TMP/www"
declare -A BODY_BYTES=() HVHK_HEADER_BYTES=() GZIP_BYTES=() BR_BYTES=() COUNT_TEXT=() CODINGS=()
for p in "${PAGES[@]}"; do
  url="http://127.0.0.1:${HVHK_PORT}${URL_PATH[$p]}"
  curl -sS --fail -H 'Accept-Encoding: identity' -D "$TMP/hvhk-$p.headers" -o "$TMP/www/$p.html" "$url" ||
    die "GET $url failed"
  curl -sS --fail -H 'Accept-Encoding: identity' -o "$TMP/hvhk-$p.again" "$url" || die "GET $url failed"
  cmp -s "$TMP/www/$p.html" "$TMP/hvhk-$p.again" || die "two GETs of $url gave different bytes"
  grep -qi '^content-type: text/html; charset=utf-8' "$TMP/hvhk-$p.headers" ||
    die "hvhk's Content-Type for $url is not text/html; charset=utf-8"
  BODY_BYTES[$p]=$(stat -c %s "$TMP/www/$p.html")
  HVHK_HEADER_BYTES[$p]=$(stat -c %s "$TMP/hvhk-$p.headers")
  # What hvhk sends when the browser accepts compression: the bytes on the wire, and the
  # Content-Encoding it chose (curl --compressed decodes; the decoded page must be the same).
  for coding in gzip br; do
    size=$(curl -sS --fail --compressed -H "Accept-Encoding: $coding" -D "$TMP/hvhk-$p.$coding.headers" \
      -o "$TMP/hvhk-$p.$coding.decoded" -w '%{size_download}' "$url") || die "GET $url ($coding) failed"
    cmp -s "$TMP/hvhk-$p.$coding.decoded" "$TMP/www/$p.html" || die "$url: the $coding page decodes to other bytes"
    enc="$(grep -i '^content-encoding:' "$TMP/hvhk-$p.$coding.headers" | cut -d: -f2 | tr -d ' \r' || true)"
    if [[ "$coding" == gzip ]]; then GZIP_BYTES[$p]=$size; else BR_BYTES[$p]=$size; fi
    CODINGS[$p]+="${CODINGS[$p]:+, }Accept-Encoding ${coding} -> Content-Encoding ${enc:-none}"
  done
  COUNT_TEXT[$p]="$(grep -o '<p class="count"[^>]*>[^<]*' "$TMP/www/$p.html" | sed 's/.*>//' || true)"
  [[ -n "${COUNT_TEXT[$p]}" ]] || die "no result count on $url"
  [[ "${COUNT_TEXT[$p]}" =~ ^0[^0-9] ]] && die "$url finds nothing; pick another WORD"
  log "${p}: ${URL_PATH[$p]}: ${COUNT_TEXT[$p]}; body ${BODY_BYTES[$p]} bytes, gzip ${GZIP_BYTES[$p]}, br ${BR_BYTES[$p]} (${CODINGS[$p]})"
done
chmod -R a+rX "$TMP/www"

# --- nginx ------------------------------------------------------------------------------
# Same path for both pages: the query string picks the file.
NGINX_MAP="  map \$args \$finder_page {
    default /none.html;
    \"${QUERY[search]}\" /search.html;
    \"${QUERY[filter]}\" /filter.html;
  }
"
bench_start_nginx "Minimal nginx for finder_bench.sh: the results pages as static files, same URLs and Content-Type as hvhk." \
  "$NGINX_MAP" \
  "    location = /zoeken {
      types { }
      default_type \"text/html; charset=utf-8\";
      try_files \$finder_page =404;
    }" "${URL_PATH[search]}"
declare -A NGINX_HEADER_BYTES=()
for p in "${PAGES[@]}"; do
  url="http://127.0.0.1:${NGINX_PORT}${URL_PATH[$p]}"
  curl -sS --fail -H 'Accept-Encoding: identity' -D "$TMP/nginx-$p.headers" -o "$TMP/nginx-$p.body" "$url" ||
    die "GET $url failed"
  cmp -s "$TMP/nginx-$p.body" "$TMP/www/$p.html" || die "nginx's $p page differs from hvhk's"
  grep -qi '^content-type: text/html; charset=utf-8' "$TMP/nginx-$p.headers" ||
    die "nginx's Content-Type is not text/html; charset=utf-8"
  NGINX_HEADER_BYTES[$p]=$(stat -c %s "$TMP/nginx-$p.headers")
done
log "nginx pid $NGINX_PID on port $NGINX_PORT serves the same bytes (${BODY_BYTES[search]} and ${BODY_BYTES[filter]})"

# --- wrk --------------------------------------------------------------------------------
cat >"$TMP/uncached.lua" <<'LUA'
counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, wrk.path .. "&n=" .. counter)
end
LUA
LOAD_BEFORE="$(cut -d' ' -f1 /proc/loadavg)"
for p in "${PAGES[@]}"; do
  hvhk_url="http://127.0.0.1:${HVHK_PORT}${URL_PATH[$p]}"
  nginx_url="http://127.0.0.1:${NGINX_PORT}${URL_PATH[$p]}"
  log "page ${p}: warm-up (${WARMUP} s each, not reported)"
  warm_up "$hvhk_url" "${WRK_HEADERS[@]}"
  warm_up "$nginx_url" "${WRK_HEADERS[@]}"
  run_wrk "hvhk ${p}" "$hvhk_url" "$TMP/wrk-$p-hvhk-1.txt" "${WRK_HEADERS[@]}"
  run_wrk "nginx ${p}" "$nginx_url" "$TMP/wrk-$p-nginx-1.txt" "${WRK_HEADERS[@]}"
  run_wrk "hvhk ${p}" "$hvhk_url" "$TMP/wrk-$p-hvhk-2.txt" "${WRK_HEADERS[@]}"
  run_wrk "nginx ${p}" "$nginx_url" "$TMP/wrk-$p-nginx-2.txt" "${WRK_HEADERS[@]}"
  # Server time: one connection, one request at a time, so the latency is the server's time
  # plus a loopback round trip (nginx's figure at -c1 is that floor).
  run_wrk_with 1 1 "hvhk ${p} (server time)" "$hvhk_url" "$TMP/wrk-$p-hvhk-c1.txt" "${WRK_HEADERS[@]}"
  run_wrk_with 1 1 "nginx ${p} (server time)" "$nginx_url" "$TMP/wrk-$p-nginx-c1.txt" "${WRK_HEADERS[@]}"
  # The same, but every request is a page hvhk has not made before (an extra parameter the
  # finder ignores, different each time, defeats its page cache): search, ranking and rendering.
  run_wrk_with 1 1 "hvhk ${p} (server time, uncached)" "$hvhk_url" "$TMP/wrk-$p-hvhk-c1-uncached.txt" \
    -s "$TMP/uncached.lua" "${WRK_HEADERS[@]}"
done

LOAD_AFTER="$(cut -d' ' -f1 /proc/loadavg)"
HWM_KB="$(proc_status_kb "$HVHK_PID" VmHWM)"
RSS_KB="$(proc_status_kb "$HVHK_PID" VmRSS)"
kill -0 "$HVHK_PID" 2>/dev/null || die "hvhk died during the runs"
for p in "${PAGES[@]}"; do
  curl -sS --fail -H 'Accept-Encoding: identity' -o "$TMP/hvhk-$p.after" "http://127.0.0.1:${HVHK_PORT}${URL_PATH[$p]}" ||
    die "GET ${URL_PATH[$p]} after the runs failed"
  cmp -s "$TMP/hvhk-$p.after" "$TMP/www/$p.html" || log "warning: hvhk's $p page changed during the runs"
done

# --- report -----------------------------------------------------------------------------
declare -A LABEL=([search]="search + distance" [filter]="filters only")
{
  echo "## Finder results page (HTML): hvhk vs nginx (same response bytes)"
  echo
  echo "- date: $(bench_date); machine: $(bench_machine); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- hvhk --threads ${THREADS}; nginx worker_processes ${THREADS}; wrk -t${WRK_THREADS} -c${CONNECTIONS} -d${DURATION}s --latency (after a ${WARMUP} s warm-up each); server time: wrk -t1 -c1 -d${DURATION}s --latency"
  echo "- wrk also gets \`--timeout 10s\` (wrk's default 2 s would drop slow responses from the latency figures)"
  echo "- compression off: wrk sends \`Accept-Encoding: identity\` to both servers, both send the plain HTML; nginx serves the body only (same bytes, same Content-Type \`text/html; charset=utf-8\`), not hvhk's other headers"
  echo "- load average (1 min) before the first wrk run ${LOAD_BEFORE}, after the last ${LOAD_AFTER} (the benchmark itself keeps 2 cores busy; more means other work ran on the machine)"
  echo "- Flanders-scale data into SQLite: ${GEN_MS} ms wall (log: demo data stored in ${GEN_LOG_MS} ms); database $(( DB_BYTES / 1024 )) KiB"
  echo "- hvhk start-up: port file after ${STARTUP_MS} ms; log: ready in ${READY_MS} ms"
  echo "- hvhk memory: VmHWM ${HWM_START_KB} kB after start-up, ${HWM_KB} kB after the runs (VmRSS now ${RSS_KB} kB)"
  echo
  echo "| page | server | req/s run 1 | req/s run 2 | req/s mean | p50 (ms) run 1 / 2 | p99 (ms) run 1 / 2 | body bytes | header bytes |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|"
  for p in "${PAGES[@]}"; do
    read -r H1_RPS H1_P50 H1_P99 _ _ < <(parse_wrk "$TMP/wrk-$p-hvhk-1.txt")
    read -r H2_RPS H2_P50 H2_P99 _ _ < <(parse_wrk "$TMP/wrk-$p-hvhk-2.txt")
    read -r N1_RPS N1_P50 N1_P99 _ _ < <(parse_wrk "$TMP/wrk-$p-nginx-1.txt")
    read -r N2_RPS N2_P50 N2_P99 _ _ < <(parse_wrk "$TMP/wrk-$p-nginx-2.txt")
    echo "| ${p} | hvhk | ${H1_RPS} | ${H2_RPS} | $(calc "round(($H1_RPS + $H2_RPS) / 2, 1)") | ${H1_P50} / ${H2_P50} | ${H1_P99} / ${H2_P99} | ${BODY_BYTES[$p]} | ${HVHK_HEADER_BYTES[$p]} |"
    echo "| ${p} | nginx (static) | ${N1_RPS} | ${N2_RPS} | $(calc "round(($N1_RPS + $N2_RPS) / 2, 1)") | ${N1_P50} / ${N2_P50} | ${N1_P99} / ${N2_P99} | ${BODY_BYTES[$p]} | ${NGINX_HEADER_BYTES[$p]} |"
  done
  echo
  for p in "${PAGES[@]}"; do
    read -r H1_RPS _ _ H1_NON H1_ERR < <(parse_wrk "$TMP/wrk-$p-hvhk-1.txt")
    read -r H2_RPS _ _ H2_NON H2_ERR < <(parse_wrk "$TMP/wrk-$p-hvhk-2.txt")
    read -r N1_RPS _ _ N1_NON N1_ERR < <(parse_wrk "$TMP/wrk-$p-nginx-1.txt")
    read -r N2_RPS _ _ N2_NON N2_ERR < <(parse_wrk "$TMP/wrk-$p-nginx-2.txt")
    ratio=$(calc "round(100 * ($H1_RPS + $H2_RPS) / ($N1_RPS + $N2_RPS), 1)")
    goal=$(calc "'met' if $H1_RPS + $H2_RPS >= 0.4 * ($N1_RPS + $N2_RPS) else 'NOT met'")
    echo "- ${p} (${LABEL[$p]}, \`${URL_PATH[$p]}\`, ${COUNT_TEXT[$p]}): hvhk / nginx requests/s **${ratio}%** (goal >= 40%: **${goal}**); non-2xx hvhk ${H1_NON}/${H2_NON}, nginx ${N1_NON}/${N2_NON}; socket errors hvhk ${H1_ERR}/${H2_ERR}, nginx ${N1_ERR}/${N2_ERR}"
  done
  echo
  echo "Server time (one connection, one request at a time: wrk -t1 -c1 -d${DURATION}s --latency; nginx's figure is the loopback + wrk floor):"
  echo
  echo "| page | server | req/s | p50 (ms) | p75 (ms) | p90 (ms) | p99 (ms) |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  for p in "${PAGES[@]}"; do
    for s in hvhk nginx; do
      read -r RPS _ _ _ _ < <(parse_wrk "$TMP/wrk-$p-$s-c1.txt")
      read -r P50 P75 P90 P99 < <(parse_wrk_percentiles "$TMP/wrk-$p-$s-c1.txt")
      echo "| ${p} | ${s} | ${RPS} | ${P50} | ${P75} | ${P90} | ${P99} |"
    done
  done
  echo
  echo "Server time of a page not made before (the page cache missed on purpose with an extra, ignored parameter \`n\` that differs every request; same -t1 -c1):"
  echo
  echo "| page | req/s | p50 (ms) | p75 (ms) | p90 (ms) | p99 (ms) |"
  echo "|---|---:|---:|---:|---:|---:|"
  for p in "${PAGES[@]}"; do
    read -r RPS _ _ _ _ < <(parse_wrk "$TMP/wrk-$p-hvhk-c1-uncached.txt")
    read -r P50 P75 P90 P99 < <(parse_wrk_percentiles "$TMP/wrk-$p-hvhk-c1-uncached.txt")
    echo "| ${p} | ${RPS} | ${P50} | ${P75} | ${P90} | ${P99} |"
  done
  echo
  echo "Response size (body; hvhk compresses per request when asked):"
  echo
  echo "| page | raw bytes | gzip bytes | brotli bytes | what hvhk does |"
  echo "|---|---:|---:|---:|---|"
  for p in "${PAGES[@]}"; do
    echo "| ${p} | ${BODY_BYTES[$p]} | ${GZIP_BYTES[$p]} | ${BR_BYTES[$p]} | ${CODINGS[$p]} |"
  done
} | tee ${REPORT:+"$REPORT"}
