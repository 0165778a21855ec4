#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Screenshots of the desktop app for the docs: builds (if needed) and runs express-admin --sandbox under Xvfb,
# once per scenario, and writes docs/screenshots/<scenario>.png.
#   scripts/screenshot.sh [PRESET] [SCENARIO...]   (default: ci; main-window metadata-validation review-dialog)
# EXPRESSADMIN_APP=path/to/express-admin uses that binary as it is (no build).
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-ci}"
shift || true
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(main-window metadata-validation review-dialog)

command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
app="${EXPRESSADMIN_APP:-build/$preset/bin/express-admin}"
if [ -z "${EXPRESSADMIN_APP:-}" ] && ! build_log=$(scripts/build.sh "$preset" 2>&1); then
    echo "$build_log" >&2
    exit 1
fi
out_dir=docs/screenshots
mkdir -p "$out_dir"
work=$(mktemp -d -t express-admin-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT

for scenario in "${scenarios[@]}"; do
    # Fresh settings and no keychain each time, so every run looks the same.
    env -u AVARA_API_KEY -u AVARA_BASE_URL HOME="$work/home" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        "$app" --sandbox --settings "$work/$scenario.ini" \
        --screenshot-scenario "$scenario" --screenshot-out "$out_dir/$scenario.png" 2>"$work/stderr" \
        || { cat "$work/stderr" >&2; exit 1; }
done
