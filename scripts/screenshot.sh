#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Screenshots of the desktop app for the docs: builds (if needed) and runs express-admin-screenshots (the app's
# window on its embedded sandbox, scripted; a tool of the test tree, not installed) under Xvfb,
# once per scenario, and writes docs/screenshots/<scenario>.png. Without scenarios it makes every PNG in
# docs/screenshots (the ones the README and the AppStream metainfo show).
#   scripts/screenshot.sh [PRESET] [SCENARIO...]
#     default: ci; main-window metadata-validation review-dialog dark-main-window german-main-window
#              german-review-dialog history-window search-results restore-prompt bulk-preview bulk-progress
#              german-bulk-preview bulk-quit-question
# Scenarios: main-window, metadata-validation, review-dialog, search-results (the list from the workspace, searched
# by typing "region:north"), edited-rows (a changed, a removed, an added and an invalid metadata row, and the message
# bar), history-window (the History window over a week of journaled writes), restore-prompt (unsaved edits kept,
# then offered back as after a crash), bulk-preview (a bulk change's preview over every customer, one excluded) and
# bulk-progress (that change running against a slowed sandbox that refuses one write; the bulk change's window alone),
# bulk-quit-question (that run sent into the background, then Quit: the question over the main window),
# and dark-main-window: edited-rows in the dark palette, written to
# main-window-dark.png. DARK=1 runs every scenario in the dark palette, written to <scenario>-dark.png.
# german-<scenario>: that scenario with --lang de, written to <scenario>-de.png (german-main-window makes
# main-window-de.png). LANG_ARG=de runs every scenario in that language (--lang de), written to
# <scenario>-de.png.
# The dark palette is --palette dark (also express-admin's hidden option) (Fusion style, dark QPalette, set before the
# window is created): every colour of the app is meant to come from the palette, and this shows whether it does.
# EXPRESSADMIN_APP=path/to/express-admin-screenshots uses that binary as it is (no build).
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-ci}"
shift || true
scenarios=("$@")
[ ${#scenarios[@]} -gt 0 ] || scenarios=(main-window metadata-validation review-dialog dark-main-window german-main-window
    german-review-dialog history-window search-results restore-prompt bulk-preview bulk-progress german-bulk-preview
    bulk-quit-question)

command -v xvfb-run >/dev/null || { echo "error: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
app="${EXPRESSADMIN_APP:-build/$preset/bin/express-admin-screenshots}"
if [ -z "${EXPRESSADMIN_APP:-}" ] && ! build_log=$(scripts/build.sh "$preset" 2>&1); then
    echo "$build_log" >&2
    exit 1
fi
out_dir=docs/screenshots
mkdir -p "$out_dir"
work=$(mktemp -d -t express-admin-shots.XXXXXX)
trap 'rm -rf "$work"' EXIT

for scenario in "${scenarios[@]}"; do
    palette=()
    language=()
    out="$out_dir/$scenario.png"
    if [[ "$scenario" == german-* ]]; then
        scenario=${scenario#german-}
        language=(--lang de)
        out="$out_dir/$scenario-de.png"
    elif [ -n "${LANG_ARG:-}" ]; then
        language=(--lang "$LANG_ARG")
        out="$out_dir/$scenario-$LANG_ARG.png"
    fi
    if [ "$scenario" = dark-main-window ]; then
        scenario=edited-rows
        palette=(--palette dark)
        out="$out_dir/main-window-dark.png"
    elif [ "${DARK:-0}" = 1 ]; then
        palette=(--palette dark)
        out="${out%.png}-dark.png"
    fi
    # Fresh settings and no keychain each time, so every run looks the same.
    env -u AVARA_API_KEY -u AVARA_BASE_URL HOME="$work/home" XDG_CONFIG_HOME="$work/config" LANG=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1280x800x24" \
        "$app" "${palette[@]}" "${language[@]}" --scenario "$scenario" --out "$out" 2>"$work/stderr" \
        || { cat "$work/stderr" >&2; exit 1; }
done
