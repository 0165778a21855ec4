#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Installs the Debian 12 packages Express Admin needs to build, run and test,
# and only those that are missing: a second run does nothing and takes a moment.
set -euo pipefail

packages=(
    # toolchain
    cmake g++ ninja-build
    # Qt 6.4 (Debian 12). qt6-websockets-dev is needed by find_package(Qt6 HttpServer).
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
    qt6-svg-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
    # the sandbox keeps its customers in SQLite through Qt Sql; the driver is a plugin
    libqt6sql6-sqlite
    # Qt's own translations (standard buttons such as Cancel in German)
    qt6-translations-l10n
    # used by the quick start's printed example and by the benchmarks
    curl
    # packaging and its test (packaging/test-package.sh): dpkg-shlibdeps, file, and the validators
    dpkg-dev file desktop-file-utils appstream
    # the keyring test (tests/ui/run-with-secret-service.sh): a private D-Bus session with gnome-keyring as the
    # Secret Service, libsecret (QtKeychain loads it at run time) and secret-tool to look keys up independently
    dbus-daemon gnome-keyring libsecret-1-0 libsecret-tools
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${db:Status-Abbrev}' "$package" 2>/dev/null | grep -q '^ii'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi

# apt and dpkg talk a lot; their output goes to a log that is shown only when something fails.
log=$(mktemp -t express-admin-apt.XXXXXX)
echo "Installing missing packages (a minute or two): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { "${sudo[@]}" apt-get update -q && "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; } \
    >"$log" 2>&1; then
    cat "$log" >&2
    echo "error: installing packages failed (see above)" >&2
    exit 1
fi
rm -f "$log"
echo "Packages installed."
