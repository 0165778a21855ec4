#!/usr/bin/env bash
# SPDX-FileCopyrightText: Express Admin contributors
# SPDX-License-Identifier: MIT
#
# Runs a test program inside a private D-Bus session with a real Secret Service (gnome-keyring, its
# "login" keyring created and unlocked with a throwaway password), headless. HOME and the XDG
# directories point into a scratch directory, so the user's own keyring is never seen or touched;
# the bus and the daemon end with the test. Exit code 77 means skipped (a program is missing).
#
# Usage: run-with-secret-service.sh TEST_PROGRAM [ARGUMENTS...]
set -euo pipefail

# Seconds to wait for the daemon to start and to own org.freedesktop.secrets on the bus.
readonly start_timeout=15

if [ "${1:-}" = --inside-bus ]; then
    shift
    scratch=$1
    shift
    fail() {
        echo "FAIL: $*" >&2
        if [ -s "$scratch/daemon.log" ]; then
            echo "gnome-keyring-daemon said:" >&2
            sed 's/^/    /' "$scratch/daemon.log" >&2
        fi
        exit 1
    }
    # --unlock creates the login keyring (the default collection) with this password and unlocks it;
    # the daemon forks, and this process returns once it is started.
    started=0
    printf '%s' throwaway-test-password \
        | timeout "$start_timeout" gnome-keyring-daemon --unlock --components=secrets >"$scratch/daemon.log" 2>&1 \
        || started=$?
    case $started in
        0) ;;
        124) fail "gnome-keyring-daemon did not start within ${start_timeout} s" ;;
        *) fail "gnome-keyring-daemon --unlock --components=secrets failed (exit code $started)" ;;
    esac
    owned() {
        dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'
    }
    deadline=$((SECONDS + start_timeout))
    until owned; do
        [ "$SECONDS" -lt "$deadline" ] || fail "no Secret Service (org.freedesktop.secrets) on the bus after ${start_timeout} s"
        sleep 0.1
    done
    exec "$@"
fi

[ $# -ge 1 ] || { echo "usage: $0 TEST_PROGRAM [ARGUMENTS...]" >&2; exit 2; }

for tool in dbus-run-session dbus-send gnome-keyring-daemon timeout; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is missing; scripts/install-deps.sh installs it (dbus-daemon, gnome-keyring)" >&2
        exit 77
    fi
done

scratch=$(mktemp -d -t express-admin-keyring.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/home" "$scratch/runtime"
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config" XDG_CACHE_HOME="$HOME/.cache"
# QtKeychain picks its backend from the desktop: without these it takes libsecret, as on GNOME.
unset DBUS_SESSION_BUS_ADDRESS XDG_CURRENT_DESKTOP DESKTOP_SESSION GNOME_DESKTOP_SESSION_ID \
    KDE_FULL_SESSION KDE_SESSION_VERSION
# Tells the tests a private Secret Service is running (tst_secretstore's fallback test skips then).
export EXPRESSADMIN_TEST_REAL_KEYRING=1

status=0
dbus-run-session -- "$0" --inside-bus "$scratch" "$@" || status=$?
exit "$status"
