# Linux part of build-package.sh: the app image, then the .deb (with its AppCDS archive when it can be made).

MAINTAINER_EMAIL="pressdesk@pressdesk.invalid"   # jpackage writes "VENDOR <EMAIL>"
INSTALL_DIR=/opt/pressdesk

build_linux() {
    local arch deb stage
    for tool in fakeroot dpkg-deb; do
        command -v "$tool" >/dev/null || fail "$tool is needed for the .deb (apt-get install fakeroot dpkg-dev)"
    done
    build_app_image "$WORK/icons/pressdesk.png"
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
    dpkg-deb -R "$WORK/deb/$deb" "$stage"
    [ -x "$stage$INSTALL_DIR/bin/$NAME" ] || fail "the package does not install $INSTALL_DIR/bin/$NAME"
    add_appcds "$stage"
    # The archive was added after jpackage counted: Installed-Size (KiB) is what apt shows before installing.
    sed -i "s/^Installed-Size:.*/Installed-Size: $(du -sk "$stage$INSTALL_DIR" | cut -f1)/" "$stage/DEBIAN/control"

    step "Debian package: $OUT/$deb"
    dpkg-deb --root-owner-group -Zxz -b "$stage" "$OUT/$deb" >/dev/null
    du -h "$OUT/$deb"
}

# AppCDS: an archive of the classes PressDesk loads up to its main window, made by a training run of the
# package's own launcher. The archive only serves the exact class path and jar files it was made with, so the
# run happens where the package installs (/opt/pressdesk), in a private mount namespace that mounts the staged
# files there, under Xvfb, with a throw-away home and data folder. Without xvfb-run or unshare the package is
# built without it (PRESSDESK_APPCDS=no skips it on purpose).
add_appcds() {
    local stage="$1" app="$1$INSTALL_DIR/lib/app" training="$WORK/appcds" tool
    if [ "${PRESSDESK_APPCDS:-yes}" = no ]; then
        step "AppCDS: skipped (PRESSDESK_APPCDS=no)"
        return
    fi
    for tool in xvfb-run unshare; do
        if ! command -v "$tool" >/dev/null; then
            echo "build-package: WARNING: no AppCDS archive: $tool is missing (apt-get install xvfb util-linux)" >&2
            return
        fi
    done
    step "AppCDS: training run of $INSTALL_DIR/bin/$NAME under Xvfb"
    rm -rf "$training"
    mkdir -p "$training"
    if ! unshare --mount --map-root-user bash "$HERE/lib/appcds-training.sh" "$stage$INSTALL_DIR" "$training" \
            "$INSTALL_DIR/bin/$NAME" "$INSTALL_DIR/lib/app/pressdesk.jsa"; then
        tail -n 30 "$training/training.log" >&2
        fail "the AppCDS training run failed (log: $training/training.log); PRESSDESK_APPCDS=no builds without it"
    fi
    grep '^pressdesk.probe' "$training/training.log"
    # picocli is Java 5 bytecode, which CDS cannot archive: those classes load from the jar as before.
    echo "AppCDS: $(du -h "$app/pressdesk.jsa" | cut -f1) archive; classes left out (see the log):" \
        "$(grep -c 'warning\]\[cds' "$training/training.log" || true)"
}
