#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Quick start (1): installs what is missing, builds, and runs Express Admin's main job: the desktop app on its
# built-in sandbox (30 demo customers on 127.0.0.1, no key, no network). Arguments are passed on to the app
# (try --help). Without a display it runs the sandbox server alone instead, which prints its URL, API key and
# a curl example; stop that with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The build's own output is shown only when it fails, so the program's lines come first.
[ -x build/ci/bin/express-admin ] || echo "Building Express Admin (the first build takes a few minutes)..."
if ! build_log=$(scripts/build.sh ci 2>&1); then
    echo "$build_log" >&2
    exit 1
fi
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || [ "${QT_QPA_PLATFORM:-}" = offscreen ]; then
    exec build/ci/bin/express-admin --sandbox "$@"
fi
echo "No display: starting the sandbox server alone (the desktop app needs X11 or Wayland)."
exec build/ci/bin/express-sandbox "$@"
