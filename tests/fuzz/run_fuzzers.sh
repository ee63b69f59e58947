#!/usr/bin/env bash
# Builds every tests/fuzz/*_fuzz.cc as a libFuzzer binary (clang++-14, ASan + UBSan) and runs
# each for FUZZ_SECONDS (default 20) on a scratch copy of tests/fuzz/corpus/<name>/.
# Exits non-zero if a build fails or any target finds a crash, leak or timeout.
#
#   tests/fuzz/run_fuzzers.sh [BUILD_DIR]       # BUILD_DIR defaults to /tmp/hvhk-fuzz
#   FUZZ_SECONDS=300 tests/fuzz/run_fuzzers.sh   # longer runs
#   FUZZ_TARGETS="csv list_query" tests/fuzz/run_fuzzers.sh   # only some targets
#
# The shared sources of src/ are compiled once into one static library (incrementally, with
# ccache when present); each target links what it needs from it. A finding is kept as
# BUILD_DIR/artifacts/<name>/crash-* (or leak-*, timeout-*); replay it with
# `BUILD_DIR/<name>_fuzz FILE`.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-/tmp/hvhk-fuzz}
seconds=${FUZZ_SECONDS:-20}
jobs=${FUZZ_JOBS:-$(nproc)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

cxx=clang++-14
if ! command -v "$cxx" >/dev/null; then
  echo "run_fuzzers.sh: $cxx not found; install clang-14 (the project's setup scripts do)" >&2
  exit 2
fi
launcher=()
if command -v ccache >/dev/null; then launcher=(ccache); fi

# The globs below are relative to the project root.
cd "$root"

# What src/ code the targets may use; add a file here when a new target needs it.
shared_sources=(
  src/api/csv.cc src/api/hsds_import.cc src/api/hsds_json.cc src/api/list_query.cc
  src/core/*.cc
  src/search/*.cc
  src/http/form.cc src/http/message.cc src/http/router.cc src/http/target.cc
  src/web/offer_form.cc src/web/registration_form.cc
)
libs=(-lboost_json -lboost_url -lboost_container -lsodium -licuuc -licui18n -lstemmer -lical -lspdlog -lfmt -lcrypto -lpthread)
# The same definitions CMake gives hvhk_lib (shared Boost, fmt and spdlog libraries).
defines=(-DBOOST_ASIO_NO_DEPRECATED -DBOOST_CONTAINER_DYN_LINK
  -DBOOST_CONTAINER_NO_LIB -DBOOST_JSON_DYN_LINK -DBOOST_JSON_NO_LIB -DBOOST_URL_DYN_LINK -DBOOST_URL_NO_LIB
  -DFMT_SHARED -DSPDLOG_COMPILED_LIB -DSPDLOG_FMT_EXTERNAL -DSPDLOG_SHARED_LIB -DHVHK_VERSION=\"fuzz\")
# _GLIBCXX_ASSERTIONS checks the standard library's preconditions (operator[], remove_prefix,
# front() ...), which catches misuse that ASan misses inside a string's small buffer.
# shellcheck disable=SC2054 # the commas belong to -fsanitize=
flags=(-std=c++20 -g -O1 -fsanitize=address,undefined -fno-sanitize-recover=undefined -D_GLIBCXX_ASSERTIONS
  -I"$root/src" -I"$out/generated" -isystem /usr/include/postgresql "${defines[@]}")

started=$SECONDS

# The embedded postcode list (CMake generates it into build/<preset>/generated/).
cmake -DIN="$root/data/postcodes/zipcode-belgium.csv" -DNAME=kEmbeddedPostcodes \
  -DOUT="$out/generated/core/embedded_postcodes.inc" -P "$root/cmake/embed_text.cmake"

# Objects built with other flags (an older version of this script) are thrown away.
if [[ "$(cat "$out/obj/flags" 2>/dev/null)" != "$cxx ${flags[*]}" ]]; then
  rm -rf "$out/obj"
  mkdir -p "$out/obj"
  echo "$cxx ${flags[*]}" >"$out/obj/flags"
fi

# True if $1 (an object) is missing or older than its source or any header in its depfile $2.
stale() {
  local obj=$1 dep=$2 file
  [[ -f $obj && -f $dep ]] || return 0
  # shellcheck disable=SC2013 # a depfile lists paths separated by blanks
  for file in $(sed -e 's/^[^:]*://' -e 's/\\$//' "$dep"); do
    [[ $file -nt $obj ]] && return 0
  done
  return 1
}

# compile SOURCE OBJECT SANITIZER: runs in the background; leaves OBJECT.failed on error.
compile() {
  local src=$1 obj=$2 fuzz=$3
  mkdir -p "$(dirname "$obj")"
  rm -f "$obj.failed"
  if stale "$obj" "$obj.d"; then
    "${launcher[@]}" "$cxx" "${flags[@]}" "-fsanitize=$fuzz" -MMD -MF "$obj.d" -c "$src" -o "$obj" \
      2>"$obj.log" || { touch "$obj.failed"; return 1; }
  fi
}

throttle() {
  while (($(jobs -rp | wc -l) >= jobs)); do wait -n || true; done
}

targets=()
for src in tests/fuzz/*_fuzz.cc; do
  name=$(basename "$src" _fuzz.cc)
  if [[ -n ${FUZZ_TARGETS:-} && " $FUZZ_TARGETS " != *" $name "* ]]; then continue; fi
  targets+=("$name")
done
if ((${#targets[@]} == 0)); then
  echo "run_fuzzers.sh: no targets" >&2
  exit 2
fi

objects=()
for src in "${shared_sources[@]}"; do
  obj="$out/obj/${src%.cc}.o"
  objects+=("$obj")
  throttle
  compile "$src" "$obj" fuzzer-no-link &
done
target_objects=()
for name in "${targets[@]}"; do
  obj="$out/obj/tests/fuzz/${name}_fuzz.o"
  target_objects+=("$obj")
  throttle
  compile "tests/fuzz/${name}_fuzz.cc" "$obj" fuzzer &
done
wait

failed=0
for obj in "${objects[@]}" "${target_objects[@]}"; do
  if [[ -f $obj.failed ]]; then
    echo "run_fuzzers.sh: compiling for ${obj#"$out/obj/"} failed:" >&2
    cat "$obj.log" >&2
    failed=1
  fi
done
((failed == 0)) || exit 1

lib="$out/libhvhk_fuzz.a"
rm -f "$lib"
ar rcs "$lib" "${objects[@]}"
for name in "${targets[@]}"; do
  throttle
  "$cxx" "${flags[@]}" -fsanitize=fuzzer "$out/obj/tests/fuzz/${name}_fuzz.o" "$lib" "${libs[@]}" \
    -o "$out/${name}_fuzz" 2>"$out/${name}_fuzz.link.log" || touch "$out/${name}_fuzz.link.failed" &
done
wait
for name in "${targets[@]}"; do
  if [[ -f $out/${name}_fuzz.link.failed ]]; then
    rm -f "$out/${name}_fuzz.link.failed"
    echo "run_fuzzers.sh: linking ${name}_fuzz failed:" >&2
    cat "$out/${name}_fuzz.link.log" >&2
    failed=1
  fi
done
((failed == 0)) || exit 1
built=$SECONDS
echo "built ${#targets[@]} target(s) in $((built - started)) s; fuzzing each for $seconds s, $jobs at a time"

# Runs one target on a scratch copy of its seeds; the log is kept beside the binary.
fuzz() {
  local name=$1
  local corpus="$out/corpus/$name" artifacts="$out/artifacts/$name"
  rm -rf "$corpus" "$artifacts"
  mkdir -p "$corpus" "$artifacts"
  if [[ -d tests/fuzz/corpus/$name ]]; then cp -R "tests/fuzz/corpus/$name/." "$corpus/"; fi
  local rc=0
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
    "$out/${name}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" >"$out/$name.log" 2>&1 || rc=$?
  echo "$rc" >"$out/$name.rc"
}

for name in "${targets[@]}"; do
  throttle
  fuzz "$name" &
done
wait

status=0
for name in "${targets[@]}"; do
  log="$out/$name.log"
  rc=$(cat "$out/$name.rc")
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
  findings=$(find "$out/artifacts/$name" -type f | sort)
  if [[ $rc == 0 && -z $findings ]]; then
    printf '%-12s ok      %10s runs  cov %-5s ft %-6s corpus %s\n' "$name" "${runs:-?}" "${cov:-?}" "${ft:-?}" \
      "${corp:-?}"
  else
    printf '%-12s FAILED  %10s runs  cov %-5s exit %s  log %s\n' "$name" "${runs:-?}" "${cov:-?}" "$rc" "$log"
    for finding in $findings; do echo "  finding: $finding (replay: $out/${name}_fuzz $finding)"; done
    # The kind of finding, an exception's message, and the first frame in our code.
    {
      grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:' "$log" || true
      grep -m1 -F 'what():' "$log" || true
      grep -m1 -E " in .* $root/(src|tests)/" "$log" | sed -E 's/^ *#[0-9]+ 0x[0-9a-f]+ in //' || true
    } | sed 's/^ */  /'
    status=1
  fi
done
echo "total $((SECONDS - started)) s"
exit "$status"
