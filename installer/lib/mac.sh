# macOS part of build-package.sh: the .app bundle, then the .dmg a user opens and drags to Applications
# (their own ~/Applications, or /Applications for everyone on the Mac). Needs Xcode's command line tools.

build_mac() {
    # CFBundleVersion must not start with 0: 'mvn -Pinstaller package -Dinstaller.version=1.0.0' until PressDesk 1.0.
    [[ "$VERSION" != 0* ]] || fail "macOS needs a version whose first number is at least 1, not $VERSION: build with -Dinstaller.version=1.x.y"
    build_app_image "$WORK/icons/pressdesk.icns" --mac-package-name "$NAME" --mac-package-identifier org.pressdesk.PressDesk
    step "Disk image: $OUT/$NAME-$VERSION.dmg"
    "$JDK/bin/jpackage" --type dmg --app-image "$OUT/$NAME.app" --dest "$OUT" \
        --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" \
        --mac-package-identifier org.pressdesk.PressDesk
}
