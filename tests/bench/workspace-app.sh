#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# The desktop app with its list served from the workspace: express-admin (offscreen, an "Environment" profile) against
# an express-sandbox of N customers (a child process), until its background sync has mirrored and listed them all;
# RUNS times from an empty workspace (cold) and RUNS times from the workspace the first run made (warm). Prints each
# run's sync time and the app's peak RSS (GNU time), then the search per keystroke from bench_searchtyping (built with
# EXPRESSADMIN_BUILD_BENCHMARKS) over that workspace. Run by hand:
#   tests/bench/workspace-app.sh [PRESET] [N] [RUNS]  (default: ci 100000 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
preset="${1:-ci}"
count="${2:-100000}"
runs="${3:-3}"
bin="$PWD/build/$preset/bin"
work="$(mktemp -d)"
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin/express-sandbox" --customers "$count" --api-key sbx_bench_workspace_key >"$work/sandbox.out" 2>&1 &
sandbox=$!
for _ in $(seq 300); do grep -q '^listening on' "$work/sandbox.out" && break; sleep 0.1; done
url="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sandbox.out" | head -1)"

# run DATA_DIR LABEL: the app until "workspace sync finished" (and 1.5 s more for the list), then SIGTERM.
run() {
    local data=$1 label=$2 start end app
    mkdir -p "$data" "$work/$label/config" "$work/$label/home"
    start=$(date +%s%N)
    env AVARA_BASE_URL="$url" AVARA_API_KEY=sbx_bench_workspace_key XDG_DATA_HOME="$data" \
        XDG_CONFIG_HOME="$work/$label/config" HOME="$work/$label/home" QT_QPA_PLATFORM=offscreen \
        QT_LOGGING_RULES="expressadmin.ui.debug=true" \
        /usr/bin/time -o "$work/$label/time" -f "%M" "$bin/express-admin" 2>"$work/$label/stderr" &
    local timer=$!
    for _ in $(seq 3000); do grep -q 'workspace sync finished' "$work/$label/stderr" && break; sleep 0.1; done
    end=$(date +%s%N)
    sleep 1.5
    app=$(pgrep -P "$timer" express-admin)
    kill "$app"
    wait "$timer" || true
    echo "$label: sync and list $(((end - start) / 1000000)) ms, peak RSS $(($(tail -1 "$work/$label/time") / 1024)) MiB"
}

for i in $(seq "$runs"); do run "$work/cold-$i" "cold-$i"; done
for i in $(seq "$runs"); do run "$work/cold-1" "warm-$i"; done
if [ -x "$bin/bench_searchtyping" ]; then
    QT_QPA_PLATFORM=offscreen "$bin/bench_searchtyping" "$(find "$work/cold-1" -name '*.sqlite' | head -1)" 2>/dev/null
fi
