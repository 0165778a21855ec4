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
scripts/build.sh ci
exec build/ci/bin/express-sandbox "$@"
