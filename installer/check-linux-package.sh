#!/usr/bin/env bash
# Checks the Linux packages built by `mvn -Pinstaller package` the way a user meets them, and fails loudly:
#   the .deb's size (at most 120 MB), its files (all under /opt/pressdesk) and maintainer scripts (never a home
#   folder); the runtime's modules against jdeps; the package installed for real (apt-get install ./….deb, as
#   root; a non-root run unpacks it with dpkg-deb -x into a temporary root instead and cannot check AppCDS or
#   the menu entry); the installed command line (--version, init, new, list, export, a refused command) in a
#   fresh home; the log file with rotation settings in that home; the installed launcher under Xvfb, signed in,
#   until the start-up probe says the main window is laid out (plus a screenshot); JavaFX's natives taken from
#   the installation; the AppCDS archive loading; the app image's launcher; and, after `dpkg --purge`, the user's
#   data and log still in place and readable.
# Usage: installer/check-linux-package.sh [TARGET-FOLDER]    Results and screenshot: TARGET/installer/check/
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="$(cd "${1:-$HERE/../target}" && pwd)"
OUT="$TARGET/installer"
CHECK="$OUT/check"
MAX_BYTES=120000000
PASSED=0
INSTALLED=""

fail() {
    echo "check-linux-package: FAILED: $*" >&2
    echo "checks: $PASSED passed, 1 failed" >&2
    exit 1
}
pass() {
    PASSED=$((PASSED + 1))
    echo "ok $PASSED - $*"
}
cleanup() {
    if [ -n "$INSTALLED" ] && dpkg -s pressdesk >/dev/null 2>&1; then
        dpkg --purge pressdesk >/dev/null 2>&1 || true
    fi
}
trap cleanup EXIT

for tool in dpkg-deb xvfb-run timeout; do
    command -v "$tool" >/dev/null || fail "$tool is needed (apt-get install dpkg xvfb coreutils)"
done
shopt -s nullglob
debs=("$OUT"/pressdesk_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one pressdesk_*.deb in $OUT, found ${#debs[@]}: run mvn -Pinstaller package"
DEB="${debs[0]}"
VERSION="$(dpkg-deb -f "$DEB" Version)"
VERSION="${VERSION%-*}"
rm -rf "$CHECK"
mkdir -p "$CHECK"

# -- The package as a file ---------------------------------------------------------------------------------------
deb_bytes="$(stat -c %s "$DEB")"
image_bytes="$(du -sb "$OUT/PressDesk" | cut -f1)"
echo "sizes: .deb $deb_bytes bytes; app image $image_bytes bytes; installed $(dpkg-deb -f "$DEB" Installed-Size) KiB"
[ "$deb_bytes" -le "$MAX_BYTES" ] || fail "the .deb is $deb_bytes bytes, over the $MAX_BYTES allowed"
pass "the .deb is $((deb_bytes / 1000000)) MB, at most $((MAX_BYTES / 1000000)) MB"

outside="$(dpkg-deb -c "$DEB" | awk '{print $6}' | grep -v -e '^\./$' -e '^\./opt/$' -e '^\./opt/pressdesk/' || true)"
[ -z "$outside" ] || fail "the package installs files outside /opt/pressdesk: $outside"
pass "every file of the package is under /opt/pressdesk (none in a home folder)"

dpkg-deb -e "$DEB" "$CHECK/DEBIAN"
if grep -v -h '^[[:space:]]*#' "$CHECK"/DEBIAN/{preinst,postinst,prerm,postrm} \
        | grep -n -E '\$HOME|~|/home|/root|\.local|\brm\b'; then
    fail "a maintainer script refers to a home folder or removes files (above)"
fi
pass "the maintainer scripts only register and unregister the menu entry"

"$HERE/check-runtime-modules.sh" "$TARGET" || fail "the runtime's module list is out of date"
pass "the runtime links every JDK module the code refers to"

# -- Installing --------------------------------------------------------------------------------------------------
if [ "$(id -u)" -eq 0 ]; then
    # Only a package that is installed counts; one removed with its configuration kept is reinstalled over.
    [ "$(dpkg-query -W -f='${db:Status-Status}' pressdesk 2>/dev/null || true)" = installed ] \
        && fail "pressdesk is already installed here; remove it first (dpkg -r pressdesk)"
    INSTALLED=yes
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$DEB" >"$CHECK/apt.log" 2>&1 \
        || { tail -n 20 "$CHECK/apt.log" >&2; fail "apt-get could not install the package"; }
    ROOT=""
    pass "apt-get installed the package with its dependencies"
else
    ROOT="$CHECK/root"
    dpkg-deb -x "$DEB" "$ROOT"
    echo "not root: the package is unpacked into $ROOT with dpkg-deb -x (AppCDS and menu entry not checked)"
fi
LAUNCHER="$ROOT/opt/pressdesk/bin/PressDesk"
[ -x "$LAUNCHER" ] || fail "no launcher at $LAUNCHER"

# A fresh user: Java's user.home (which decides the default data and log folders, and JavaFX's cache) points to
# an empty folder, as for someone who has never run PressDesk.
USER_HOME="$CHECK/home"
mkdir -p "$USER_HOME"
DATA="$USER_HOME/.local/share/pressdesk"
LOGS="$USER_HOME/.local/state/pressdesk/logs"
run() {
    env -u XDG_DATA_HOME -u XDG_STATE_HOME JAVA_TOOL_OPTIONS="-Duser.home=$USER_HOME ${EXTRA_OPTIONS:-}" \
        PRESSDESK_LANG=fr PRESSDESK_PASSWORD="verification-password" "$@"
}

# -- The installed command line ----------------------------------------------------------------------------------
version="$(run "$LAUNCHER" --version 2>/dev/null)"
[ "$version" = "PressDesk $VERSION" ] || fail "--version printed '$version', expected 'PressDesk $VERSION'"
pass "the installed launcher runs the command line: $version"

run "$LAUNCHER" init --admin verification --office BIP --office-name "Bureau de presse" >"$CHECK/init.log" 2>&1 \
    || { cat "$CHECK/init.log" >&2; fail "init failed"; }
[ -f "$DATA/pressdesk.mv.db" ] || fail "init made no database in the default data folder $DATA"
pass "init made a database in the default data folder"

printf 'Le bureau de presse vérifie l’installation de PressDesk.\n' >"$CHECK/body.txt"
run "$LAUNCHER" --user verification new --title "Vérification de l’installation" --body-file "$CHECK/body.txt" \
    >"$CHECK/new.log" 2>&1 || { cat "$CHECK/new.log" >&2; fail "new failed"; }
run "$LAUNCHER" --user verification list --json >"$CHECK/list.json" 2>"$CHECK/list.err" \
    || { cat "$CHECK/list.err" >&2; fail "list failed"; }
grep -q 'Vérification de l’installation' "$CHECK/list.json" || fail "list does not show the new communiqué"
pass "new and list: the communiqué is listed"

run "$LAUNCHER" --user verification export --all --out "$CHECK/pdf" >"$CHECK/export.log" 2>&1 \
    || { cat "$CHECK/export.log" >&2; fail "export failed"; }
pdfs=("$CHECK"/pdf/*.pdf)
[ ${#pdfs[@]} -eq 1 ] && [ "$(head -c 5 "${pdfs[0]}")" = "%PDF-" ] || fail "export wrote no PDF in $CHECK/pdf"
pass "export wrote a PDF with the bundled fonts"

if run "$LAUNCHER" --user verification show 999 >/dev/null 2>&1; then
    fail "show 999 succeeded though there is no communiqué 999"
fi
grep -q 'Command refused' "$LOGS/pressdesk.log" 2>/dev/null \
    || fail "the refused command is not in the log file $LOGS/pressdesk.log"
pass "the program logs to $LOGS/pressdesk.log (rolling file of app.LogConfiguration)"

# -- The installed window ----------------------------------------------------------------------------------------
XVFB=(timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24")
EXTRA_OPTIONS="-Dpressdesk.startupProbe=true" run "${XVFB[@]}" "$LAUNCHER" --user verification >"$CHECK/probe.log" 2>&1 || true
if ! grep -q '^pressdesk.probe shown' "$CHECK/probe.log"; then
    tail -n 30 "$CHECK/probe.log" >&2
    fail "the main window did not appear (no 'pressdesk.probe shown' line; output in $CHECK/probe.log)"
fi
pass "the installed launcher opens the main window, signed in ($(grep '^pressdesk.probe shown' "$CHECK/probe.log"))"

if command -v import >/dev/null && command -v xwininfo >/dev/null; then
    run "${XVFB[@]}" bash "$HERE/lib/screenshot.sh" "$LAUNCHER" "$CHECK/main-window.png" --user verification \
        >"$CHECK/screenshot.log" 2>&1 || { tail -n 20 "$CHECK/screenshot.log" >&2; fail "no screenshot of the window"; }
    pass "screenshot of the main window: $CHECK/main-window.png"
else
    echo "no screenshot: import (imagemagick) or xwininfo (x11-utils) is missing"
fi

[ ! -e "$USER_HOME/.openjfx" ] || fail "JavaFX unpacked its natives into the home folder instead of using the installed ones"
pass "JavaFX loads the native libraries installed beside its jars (nothing unpacked in the home folder)"

# -- AppCDS, menu entry, app image --------------------------------------------------------------------------------
if [ -z "$ROOT" ]; then
    # A JDK 25+ runtime carries an ahead-of-time cache, an older one an AppCDS archive (installer/lib/linux.sh);
    # AOTMode=on and Xshare:on make the start fail when the archive cannot be used.
    if grep -q 'AOTCache=' /opt/pressdesk/lib/app/PressDesk.cfg; then
        archive_kind="ahead-of-time cache" archive_check="-XX:AOTMode=on"
    elif grep -q 'SharedArchiveFile' /opt/pressdesk/lib/app/PressDesk.cfg; then
        archive_kind="AppCDS archive" archive_check="-Xshare:on"
    else
        fail "the package has no start-up archive (AOT cache or AppCDS)"
    fi
    EXTRA_OPTIONS="$archive_check" run "$LAUNCHER" --version >"$CHECK/appcds.log" 2>&1 \
        || { cat "$CHECK/appcds.log" >&2; fail "the $archive_kind does not load in the installed program"; }
    grep -qi 'warning' "$CHECK/appcds.log" && { cat "$CHECK/appcds.log" >&2; fail "the installed program warns at start"; }
    pass "the $archive_kind loads ($archive_check start succeeds, no warning)"
    while IFS= read -r option; do
        case "$option" in '' | '#'*) continue ;; esac
        grep -qxF "java-options=$option" /opt/pressdesk/lib/app/PressDesk.cfg \
            || fail "the launcher lacks the memory option $option (installer/memory-options.txt)"
    done < "$(dirname "$0")/memory-options.txt"
    pass "the launcher carries its memory options (installer/memory-options.txt)"
    if [ -d /usr/share/desktop-directories ]; then
        [ -f /usr/share/applications/pressdesk-PressDesk.desktop ] || fail "no menu entry in /usr/share/applications"
        pass "the menu entry is installed: /usr/share/applications/pressdesk-PressDesk.desktop"
    else
        echo "no desktop menu on this system (/usr/share/desktop-directories): no menu entry expected"
    fi
fi

image_version="$(run "$OUT/PressDesk/bin/PressDesk" --version 2>/dev/null)"
[ "$image_version" = "PressDesk $VERSION" ] || fail "the app image's launcher printed '$image_version'"
pass "the app image's launcher runs: $OUT/PressDesk/bin/PressDesk"

# -- Removing keeps the user's data --------------------------------------------------------------------------------
if [ -z "$ROOT" ]; then
    dpkg --purge pressdesk >"$CHECK/purge.log" 2>&1 || { cat "$CHECK/purge.log" >&2; fail "dpkg --purge failed"; }
    INSTALLED=""
    [ ! -e /opt/pressdesk ] || fail "/opt/pressdesk is still there after dpkg --purge"
    [ ! -e /usr/share/applications/pressdesk-PressDesk.desktop ] || fail "the menu entry outlived the package"
    pass "dpkg --purge removed the program and its menu entry"
fi
[ -f "$DATA/pressdesk.mv.db" ] && [ -f "$LOGS/pressdesk.log" ] || fail "the user's data or log is gone"
run "$OUT/PressDesk/bin/PressDesk" --user verification list >"$CHECK/list-after.log" 2>&1 \
    || { cat "$CHECK/list-after.log" >&2; fail "the data left behind cannot be read"; }
grep -q 'Vérification de l’installation' "$CHECK/list-after.log" || fail "the communiqué is gone after removal"
pass "the user's data and log stay after removal, and still open"

echo "check-linux-package: all checks passed; artifacts in $CHECK"
echo "checks: $PASSED passed, 0 failed"
