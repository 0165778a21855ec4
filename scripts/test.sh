#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Quick start (2): installs what is missing, builds with warnings as errors,
# and runs the whole test suite through ctest (headless). Extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh ci
exec ctest --preset ci "$@"
