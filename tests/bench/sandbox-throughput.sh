#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Measures the sandbox's throughput with wrk, all in one run so the numbers compare:
#   baseline  GET /v1/express/{id}      (auth, routing, JSON out)
#   patch     PATCH /v1/express/{id}    (validation, whole-map replace, JSON in and out)
#   persisted PATCH with --db FILE      (the same, plus one SQLite transaction per change), with 30 customers and
#                                       with 100,000: the cost of a change must not grow with the store (>= 0.8 x)
# Usage: tests/bench/sandbox-throughput.sh [PRESET] [SECONDS] [CONNECTIONS]   (default: ci 5 4)
# Builds the preset if needed and installs wrk when it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

preset="${1:-ci}"
seconds="${2:-5}"
connections="${3:-4}"

command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends wrk >/dev/null
scripts/build.sh "$preset" >/dev/null

work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export EXPRESS_SANDBOX_API_KEY="sbx_bench_$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"

start_sandbox() { # args passed to express-sandbox; sets $server and $base
    build/"$preset"/bin/express-sandbox "$@" >"$work/out" 2>/dev/null &
    server=$!
    for _ in $(seq 100); do grep -q '^listening on ' "$work/out" 2>/dev/null && break; sleep 0.05; done
    base=$(sed -n 's/^listening on //p' "$work/out" | head -n 1)
}

first_customer_id() {
    curl -sf -H "Authorization: Bearer $EXPRESS_SANDBOX_API_KEY" "$base/v1/express?limit=1" \
        | grep -o 'cus_[0-9a-f]\{32\}' | head -n 1
}

cat >"$work/patch.lua" <<'LUA'
local n = 0
wrk.method = "PATCH"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("EXPRESS_SANDBOX_API_KEY")
wrk.headers["Content-Type"] = "application/json"
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil, '{"metadata":{"department":"radiology","run":"' .. n .. '"}}')
end
LUA
cat >"$work/get.lua" <<'LUA'
wrk.headers["Authorization"] = "Bearer " .. os.getenv("EXPRESS_SANDBOX_API_KEY")
LUA

rate() { # script url -> requests per second; a run with any error answer counts as a failure
    local out
    out=$(wrk -t1 -c"$connections" -d"${seconds}s" -s "$1" "$2")
    if grep -q 'Non-2xx\|Socket errors' <<<"$out"; then
        echo "error answers during the run:" >&2
        echo "$out" >&2
        exit 1
    fi
    awk '/^Requests\/sec:/ {print $2}' <<<"$out"
}

start_sandbox --seed 1
id=$(first_customer_id)
get_rps=$(rate "$work/get.lua" "$base/v1/express/$id")
patch_rps=$(rate "$work/patch.lua" "$base/v1/express/$id")
kill "$server"; wait "$server" 2>/dev/null || true

start_sandbox --seed 1 --db "$work/small.sqlite"
id=$(first_customer_id)
persisted_rps=$(rate "$work/patch.lua" "$base/v1/express/$id")
kill "$server"; wait "$server" 2>/dev/null || true

# The large store is created once (not timed; --export makes it exit once the database is written), then started
# again from its database like any restart.
large=100000
build/"$preset"/bin/express-sandbox --seed 1 --customers "$large" --db "$work/large.sqlite" \
    --export "$work/large.json" >/dev/null
start_sandbox --db "$work/large.sqlite"
id=$(first_customer_id)
large_rps=$(rate "$work/patch.lua" "$base/v1/express/$id")
kill "$server"; wait "$server" 2>/dev/null || true
server=

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "wrk, ${seconds}s, ${connections} connections, preset $preset"
printf '%-34s %10s req/s\n' "GET one customer (baseline)" "$get_rps"
printf '%-34s %10s req/s   %s x baseline\n' "PATCH metadata (in memory)" "$patch_rps" "$(ratio "$patch_rps" "$get_rps")"
printf '%-34s %10s req/s   %s x baseline\n' "PATCH metadata (--db, 30)" "$persisted_rps" "$(ratio "$persisted_rps" "$get_rps")"
printf '%-34s %10s req/s   %s x baseline, %s x the 30-customer store\n' "PATCH metadata (--db, $large)" "$large_rps" \
    "$(ratio "$large_rps" "$get_rps")" "$(ratio "$large_rps" "$persisted_rps")"
