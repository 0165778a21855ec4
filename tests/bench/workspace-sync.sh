#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# The workspace: express-admin-cli sync against list --all over the same express-sandbox (N customers, a child
# process), a fresh sync and a second one (wall and CPU time, peak memory), then a few searches: the count and first
# page of 100 as a view asks for them (bench_workspacesearch, when the preset builds benchmarks), and the CLI's whole
# run printing every match, beside the program's own start with --version.
# Run by hand: tests/bench/workspace-sync.sh [PRESET] [N] [LATENCY_MS]  (default: ci 100000 0). LATENCY_MS delays
# every answer of the sandbox by that many milliseconds (its latency fault), as a remote API's round trip would.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset="${1:-ci}"
count="${2:-100000}"
latency="${3:-0}"
bin="build/$preset/bin"
work="$(mktemp -d)"
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT

faults=()
[ "$latency" = 0 ] || faults=(--fault "latency=$latency")
"$bin/express-sandbox" --customers "$count" --api-key sbx_bench_workspace_key "${faults[@]}" >"$work/sandbox.out" 2>&1 &
sandbox=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/sandbox.out" && break; sleep 0.1; done
export AVARA_BASE_URL="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sandbox.out" | head -1)"
export AVARA_API_KEY=sbx_bench_workspace_key XDG_DATA_HOME="$work/data"
cli="$bin/express-admin-cli"

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
# Wall ms, and CPU seconds and peak KiB of the run in $work/usage.
timed() { ms /usr/bin/time -o "$work/usage" -f '%U+%S s CPU, %M KiB peak' "$@"; }
list=$(timed "$cli" list --all)
listUsage=$(cat "$work/usage")
fresh=$(timed "$cli" sync)
freshUsage=$(cat "$work/usage")
again=$(timed "$cli" sync)
againUsage=$(cat "$work/usage")
echo "list --all: $list ms ($listUsage)"
echo "sync, fresh: $fresh ms ($(echo "scale=2; $fresh / $list" | bc) x; $freshUsage)"
echo "sync again: $again ms ($(echo "scale=2; $again / $list" | bc) x; $againUsage)"
workspace=$(ls "$work/data/Avara/express-admin/workspaces/"*.sqlite)
du -h "$workspace"
queries=(cedar region:northeast 'hosp region:west is:active' '"cedar hills"' ce)
if [ -x "$bin/bench_workspacesearch" ]; then
    "$bin/bench_workspacesearch" "$workspace" "${queries[@]}"
fi
start=$(ms "$cli" --version)
for query in "${queries[@]}"; do
    t=$(ms "$cli" search "$query")
    echo "express-admin-cli search $query (every match printed): $t ms (program start: $start ms)"
done
