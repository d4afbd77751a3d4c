#!/usr/bin/env bash
# Cold start to the main window: the installed PressDesk (/opt/pressdesk, with its AppCDS archive), the app image
# (the same runtime and files without the archive) and `java -jar target/pressdesk.jar` on the build's JDK.
# Each run is a new process; the time is the wall clock from its start to the start-up probe's "shown" line (the
# main window laid out, signed in). The variants take turns, so that a busy machine slows them alike; medians.
# Needs the .deb installed (apt-get install ./target/installer/pressdesk_*.deb) and Xvfb.
# Usage: installer/benchmark-startup.sh [RUNS] [TARGET-FOLDER]      (default 7 runs)
set -euo pipefail

RUNS="${1:-7}"
HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="$(cd "${2:-$HERE/../target}" && pwd)"
INSTALLED=/opt/pressdesk/bin/PressDesk
IMAGE="$TARGET/installer/PressDesk/bin/PressDesk"
[ -x "$INSTALLED" ] || { echo "benchmark-startup: install the .deb first ($INSTALLED is missing)" >&2; exit 1; }
[ -x "$IMAGE" ] && [ -f "$TARGET/pressdesk.jar" ] || { echo "benchmark-startup: run mvn -Pinstaller package" >&2; exit 1; }

work="$(mktemp -d)"
Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb; rm -rf "$work"' EXIT
export DISPLAY=:77 PRESSDESK_PASSWORD=benchmark-password PRESSDESK_LANG=fr
sleep 2
"$INSTALLED" --data "$work/data" init --admin mesure --office BIP --office-name "Bureau de presse" >/dev/null
printf 'Texte du communiqué de mesure.\n' >"$work/body.txt"
for n in $(seq 1 20); do
    "$INSTALLED" --data "$work/data" --user mesure new --title "Communiqué $n" --body-file "$work/body.txt" >/dev/null
done

# Prints the milliseconds from the start of the command to its "pressdesk.probe shown" line.
shown_after() {
    local start line
    start=$(date +%s%N)
    while IFS= read -r line; do
        if [[ "$line" == "pressdesk.probe shown"* ]]; then
            echo $((($(date +%s%N) - start) / 1000000))
        fi
    done < <(JAVA_TOOL_OPTIONS="-Duser.home=$work/home -Dpressdesk.startupProbe=true" \
        timeout 300 "$@" --data "$work/data" --user mesure 2>/dev/null)
}

median() {
    tr ' ' '\n' | grep -v '^$' | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

declare -A times=([installed]="" [image]="" [jar]="")
for run in $(seq 1 "$RUNS"); do
    times[installed]+=" $(shown_after "$INSTALLED")"
    times[image]+=" $(shown_after "$IMAGE")"
    times[jar]+=" $(shown_after "${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar "$TARGET/pressdesk.jar")"
    echo "run $run/$RUNS: installed${times[installed]##* } image${times[image]##* } jar${times[jar]##* } ms"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"
printf '%-44s median %6s ms   runs:%s\n' \
    "installed (/opt/pressdesk, AppCDS)" "$(median <<<"${times[installed]}")" "${times[installed]}" \
    "app image (same runtime, no AppCDS)" "$(median <<<"${times[image]}")" "${times[image]}" \
    "java -jar target/pressdesk.jar" "$(median <<<"${times[jar]}")" "${times[jar]}"
