# Linux part of build-package.sh: the app image, then the .deb (with its start-up archive when it can be made: an
# ahead-of-time cache on a JDK 25+ runtime, an AppCDS archive on an older one).

MAINTAINER_EMAIL="pressdesk@pressdesk.invalid"   # jpackage writes "VENDOR <EMAIL>"
INSTALL_DIR=/opt/pressdesk

build_linux() {
    local arch deb stage
    for tool in fakeroot dpkg-deb; do
        command -v "$tool" >/dev/null || fail "$tool is needed for the .deb (apt-get install fakeroot dpkg-dev)"
    done
    # JDK 24+ warns at each start when a library on the class path calls native code (JavaFX loads its own) or
    # sun.misc.Unsafe's memory methods (JavaFX's renderer, Lucene, H2): allowed here, as JDK 17 does silently.
    if [ "$(runtime_feature_version "$WORK/runtime")" -ge 24 ]; then
        build_app_image "$WORK/icons/pressdesk.png" --java-options '--enable-native-access=ALL-UNNAMED' \
            --java-options '--sun-misc-unsafe-memory-access=allow'
    else
        build_app_image "$WORK/icons/pressdesk.png"
    fi
    arch="$(dpkg-deb --version >/dev/null && dpkg --print-architecture)"
    deb="pressdesk_${VERSION}-1_${arch}.deb"

    step "Debian package: jpackage lays it out"
    rm -rf "$WORK/deb" "$OUT"/pressdesk_*.deb
    # Left uncompressed here: it is unpacked and compressed once, below.
    DPKG_DEB_COMPRESSOR_TYPE=none "$JDK/bin/jpackage" --type deb --app-image "$OUT/$NAME" --dest "$WORK/deb" \
        --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
        --linux-package-name pressdesk --linux-deb-maintainer "$MAINTAINER_EMAIL" \
        --linux-menu-group Office --linux-shortcut --linux-package-deps libgtk-3-0 \
        --resource-dir "$HERE/linux"

    stage="$WORK/stage"
    rm -rf "$stage"
    # jpackage 17 names it pressdesk_VERSION-1_ARCH.deb, jpackage 25 pressdesk_VERSION_ARCH.deb: take the one it made.
    dpkg-deb -R "$(find "$WORK/deb" -maxdepth 1 -name 'pressdesk_*.deb' | head -n 1)" "$stage"
    [ -x "$stage$INSTALL_DIR/bin/$NAME" ] || fail "the package does not install $INSTALL_DIR/bin/$NAME"
    add_startup_archive "$stage"
    # The archive was added after jpackage counted: Installed-Size (KiB) is what apt shows before installing.
    sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk "$stage$INSTALL_DIR" | cut -f1)/" "$stage/DEBIAN/control"

    step "Debian package: $OUT/$deb"
    dpkg-deb --root-owner-group -Zxz -b "$stage" "$OUT/$deb" >/dev/null
    du -h "$OUT/$deb"
}

# The start-up archive: the classes PressDesk loads up to its main window, made by a training run of the
# package's own launcher. On a JDK 25 or newer runtime it is an ahead-of-time cache (JEP 483/514/515: classes loaded
# and linked, with method profiles), measured faster than JDK 17's AppCDS archive (docs/decisions/0043); on an older
# runtime it is an AppCDS archive. Either serves only the exact class path and jar files it was made with, so the run
# happens where the package installs (/opt/pressdesk), in a private mount namespace that mounts the staged files
# there, under Xvfb, with a throw-away home and data folder. Without xvfb-run or unshare the package is built
# without it (PRESSDESK_APPCDS=no skips it on purpose).
add_startup_archive() {
    local stage="$1" app="$1$INSTALL_DIR/lib/app" training="$WORK/appcds" tool kind archive
    if [ "${PRESSDESK_APPCDS:-yes}" = no ]; then
        step "Start-up archive: skipped (PRESSDESK_APPCDS=no)"
        return
    fi
    for tool in xvfb-run unshare; do
        if ! command -v "$tool" >/dev/null; then
            echo "build-package: WARNING: no start-up archive: $tool is missing (apt-get install xvfb util-linux)" >&2
            return
        fi
    done
    if [ "$(runtime_feature_version "$stage$INSTALL_DIR/lib/runtime")" -ge 25 ]; then
        kind=aot archive=pressdesk.aot
    else
        kind=appcds archive=pressdesk.jsa
    fi
    step "Start-up archive ($kind): training run of $INSTALL_DIR/bin/$NAME under Xvfb"
    rm -rf "$training"
    mkdir -p "$training"
    if ! unshare --mount --map-root-user bash "$HERE/lib/appcds-training.sh" "$stage$INSTALL_DIR" "$training" \
            "$INSTALL_DIR/bin/$NAME" "$INSTALL_DIR/lib/app/$archive" "$kind"; then
        tail -n 30 "$training/training.log" >&2
        fail "the start-up archive's training run failed (log: $training/training.log); PRESSDESK_APPCDS=no builds without it"
    fi
    grep '^pressdesk.probe' "$training/training.log"
    # picocli is Java 5 bytecode and Bouncy Castle's jars are signed: neither can be archived, both load from the jar.
    echo "Start-up archive: $(du -h "$app/$archive" | cut -f1) $kind; classes left out (see the log):" \
        "$(grep -c 'warning\]\[\(cds\|aot\)' "$training/training.log" || true)"
}

# The feature version (17, 25, ...) of a Java runtime folder, from its release file.
runtime_feature_version() {
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}
