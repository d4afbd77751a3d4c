#!/usr/bin/env bash
# Fails when the jar or its libraries refer to a JDK module that installer/runtime-modules.txt neither links nor
# leaves out on purpose: a new dependency must not find a module missing only when a user reaches its code.
# Usage: installer/check-runtime-modules.sh [TARGET-FOLDER]   (after mvn package; takes a minute or two)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
TARGET="${1:-$HERE/../target}"
JDEPS="${JAVA_HOME:+$JAVA_HOME/bin/}jdeps"
[ -f "$TARGET/pressdesk.jar" ] || { echo "check-runtime-modules: no $TARGET/pressdesk.jar: run mvn package" >&2; exit 1; }

classes="$(mktemp -d)"
trap 'rm -rf "$classes"' EXIT
# jdeps refuses modular jars whose required modules it cannot resolve: read their classes as plain classes.
for jar in "$TARGET/pressdesk.jar" "$TARGET"/lib/*.jar; do
    unzip -qo "$jar" -x 'module-info.class' 'META-INF/*' -d "$classes" 2>/dev/null || [ $? -eq 11 ]
done
found="$("$JDEPS" --print-module-deps --ignore-missing-deps "$classes" | tr ',' '\n')"
known="$(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e 's/^-//' "$HERE/runtime-modules.txt" | grep -v '^$')"

missing=()
for module in $found; do
    grep -qx "$module" <<<"$known" || missing+=("$module")
done
echo "jdeps finds: $(echo $found)"
if [ ${#missing[@]} -gt 0 ]; then
    echo "check-runtime-modules: FAILED: ${missing[*]} not in installer/runtime-modules.txt: add each to the" \
        "runtime, or list it as '-MODULE  # why' when it is not needed" >&2
    exit 1
fi
echo "check-runtime-modules: every module jdeps finds is linked or left out on purpose"
