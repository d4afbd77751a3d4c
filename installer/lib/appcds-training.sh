#!/usr/bin/env bash
# Runs inside `unshare --mount --map-root-user` (see add_startup_archive in linux.sh): mounts the staged package
# files on the folder the package installs to, then starts the launcher there, as an installed PressDesk would
# start: a fresh data folder made with the command line, one communiqué, and the window opened with the start-up
# probe, which closes it once the list shows. The JVM writes the archive as it exits (an AppCDS archive of the
# loaded classes, or on JDK 25+ an ahead-of-time cache, which a child JVM assembles from the run's profile); the
# archive is then named in the launcher's configuration and checked by a start that refuses to run without it.
# Usage: appcds-training.sh STAGED-INSTALL-DIR WORK-DIR LAUNCHER ARCHIVE [appcds|aot]
set -euo pipefail

staged="$1" work="$2" launcher="$3" archive="$4" kind="${5:-appcds}"
install_dir="$(dirname "$(dirname "$launcher")")"
exec >"$work/training.log" 2>&1

mount -t tmpfs tmpfs "$(dirname "$install_dir")"
mkdir -p "$install_dir"
mount --bind "$staged" "$install_dir"

export HOME="$work/home" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/share"
export PRESSDESK_PASSWORD="training-only-password" PRESSDESK_LANG=fr
mkdir -p "$HOME"
data="$work/data"
printf 'Le bureau de presse a reçu les journalistes pour une séance de travail.\n' > "$work/body.txt"
"$launcher" --data "$data" init --admin formation --office BIP --office-name "Bureau de presse"
"$launcher" --data "$data" --user formation new --title "Séance de travail" --body-file "$work/body.txt"

cfg="$install_dir/lib/app/$(basename "$launcher").cfg"
if [ "$kind" = aot ]; then
    # The training options go into the launcher's configuration rather than JAVA_TOOL_OPTIONS, which the child JVM
    # that assembles the cache would inherit; they are replaced by the option that uses the cache afterwards.
    cp "$cfg" "$work/launcher.cfg"
    printf 'java-options=-XX:AOTCacheOutput=%s\n' "$archive" >> "$cfg"
    JAVA_TOOL_OPTIONS="-Dpressdesk.startupProbe=true" \
        timeout 900 xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --data "$data" --user formation \
        | tee "$work/probe.log"
    cp "$work/launcher.cfg" "$cfg"
    use='-XX:AOTCache=$APPDIR/%s' check="-XX:AOTMode=on"
else
    JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$archive -Dpressdesk.startupProbe=true" \
        timeout 600 xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher" --data "$data" --user formation \
        | tee "$work/probe.log"
    use='-XX:SharedArchiveFile=$APPDIR/%s' check="-Xshare:on"
fi
grep -q '^pressdesk.probe list' "$work/probe.log" || { echo "the main window never showed its list" >&2; exit 1; }
[ -s "$archive" ] || { echo "the JVM wrote no archive at $archive" >&2; exit 1; }

printf "java-options=$use\\n" "$(basename "$archive")" >> "$cfg"
JAVA_TOOL_OPTIONS="$check" "$launcher" --version
