#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Quick start (1): installs what is missing, builds, and runs Express Admin's main job:
# the local Express API sandbox on 127.0.0.1, which prints its URL, API key and a curl example.
# Arguments are passed on to the program (try --help). Stop it with Ctrl+C.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# The build's own output is shown only when it fails, so the program's lines come first.
[ -x build/ci/bin/express-sandbox ] || echo "Building Express Admin (the first build takes a minute or two)..."
if ! build_log=$(scripts/build.sh ci 2>&1); then
    echo "$build_log" >&2
    exit 1
fi
exec build/ci/bin/express-sandbox "$@"
