#!/usr/bin/env bash
# Builds PressDesk's native package for the system it runs on, from what `mvn -Pinstaller package` prepared:
#   Linux  target/installer/PressDesk (app image; bin/PressDesk) and target/installer/pressdesk_VERSION-1_ARCH.deb
#   macOS  target/installer/PressDesk.app and target/installer/PressDesk-VERSION.dmg
# Usage: installer/build-package.sh VERSION TARGET-FOLDER [JDK-HOME]
# (Windows: installer/build-package.ps1.) Needs a JDK 17+ with jlink and jpackage; on Linux also fakeroot and
# dpkg-deb (Debian, Ubuntu), and xvfb-run with unshare for the optional AppCDS archive; on macOS Xcode's
# command line tools.
set -euo pipefail

if [ $# -lt 2 ]; then
    echo "usage: $0 VERSION TARGET-FOLDER [JDK-HOME]" >&2
    exit 64
fi
HERE="$(cd "$(dirname "$0")" && pwd)"
VERSION="${1%%-*}"                       # jpackage takes numbers only: 0.2.0-SNAPSHOT is packaged as 0.2.0
TARGET="$(cd "$2" && pwd)"
JDK="${3:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v jpackage)")")")}}"
OUT="$TARGET/installer"
WORK="$OUT/work"
NAME=PressDesk
MAIN_CLASS=org.pressdesk.Main
DESCRIPTION="Rédaction, relecture et publication des communiqués de presse"
VENDOR="PressDesk"

source "$HERE/lib/common.sh"

case "$(uname -s)" in
    Linux) OS=linux ;;
    Darwin) OS=mac ;;
    *) fail "this script builds Linux and macOS packages; on Windows run installer/build-package.ps1" ;;
esac
[[ "$VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || fail "jpackage needs a version of one to three numbers, not '$1'"
for tool in jlink jpackage jdeps; do
    [ -x "$JDK/bin/$tool" ] || fail "$JDK/bin/$tool is missing: build with a full JDK 17 or newer (jlink, jpackage)"
done
[ -f "$TARGET/pressdesk.jar" ] && [ -d "$TARGET/lib" ] || fail "run 'mvn -Pinstaller package', which builds the jar first"
[ -d "$WORK/icons" ] && [ -d "$WORK/legal" ] || fail "icons and legal folder missing: run 'mvn -Pinstaller package'"

build_runtime "$WORK/runtime"
prepare_input "$WORK/input" "$OS"
rm -rf "$OUT/$NAME" "$OUT/$NAME.app"

if [ "$OS" = linux ]; then
    source "$HERE/lib/linux.sh"
    build_linux
else
    source "$HERE/lib/mac.sh"
    build_mac
fi
