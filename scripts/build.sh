#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Configures (once) and builds one CMake preset: scripts/build.sh [PRESET]  (default: ci).
# Incremental: a second run only rebuilds what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-ci}"
if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset"
