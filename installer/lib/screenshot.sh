#!/usr/bin/env bash
# Runs under xvfb-run (see check-linux-package.sh): starts the launcher, waits until its main window (titled
# "PressDesk – …") is mapped, lets it paint, photographs the screen and closes the program.
# Usage: screenshot.sh LAUNCHER PNG-FILE [LAUNCHER-ARGUMENTS…]
set -euo pipefail

launcher="$1" png="$2"
shift 2
"$launcher" "$@" &
pid=$!
for _ in $(seq 1 180); do
    if xwininfo -root -tree | grep -q '"PressDesk – '; then
        sleep 3
        import -window root "$png"
        kill "$pid"
        wait "$pid" || true
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "the program ended before its main window showed" >&2; exit 1; }
    sleep 1
done
kill "$pid"
echo "no main window after three minutes" >&2
exit 1
