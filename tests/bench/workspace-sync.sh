#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# The workspace: express-admin-cli sync against list --all over the same express-sandbox (N customers, a child
# process), a fresh sync and a second one, then the time of a few searches (the CLI's whole run, beside the
# program's own start with --version). Run by hand: tests/bench/workspace-sync.sh [PRESET] [N]  (default: ci 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
preset="${1:-ci}"
count="${2:-100000}"
bin="build/$preset/bin"
work="$(mktemp -d)"
trap 'kill "$sandbox" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin/express-sandbox" --customers "$count" --api-key sbx_bench_workspace_key >"$work/sandbox.out" 2>&1 &
sandbox=$!
for _ in $(seq 100); do grep -q '^listening on' "$work/sandbox.out" && break; sleep 0.1; done
export AVARA_BASE_URL="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sandbox.out" | head -1)"
export AVARA_API_KEY=sbx_bench_workspace_key XDG_DATA_HOME="$work/data"
cli="$bin/express-admin-cli"

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N); echo $(((e - s) / 1000000)); }
list=$(ms "$cli" list --all)
fresh=$(ms "$cli" sync)
again=$(ms "$cli" sync)
echo "list --all: $list ms; sync, fresh: $fresh ms ($(echo "scale=2; $fresh / $list" | bc) x); sync again: $again ms ($(echo "scale=2; $again / $list" | bc) x)"
du -h "$work/data/Avara/express-admin/workspaces/"*.sqlite
start=$(ms "$cli" --version)
for query in cedar region:northeast 'hosp region:west is:active' '"cedar hills"'; do
    t=$(ms "$cli" search "$query")
    echo "search $query: $t ms (program start: $start ms)"
done
