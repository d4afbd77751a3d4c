# Shared by build-package.sh for Linux and macOS: the runtime, the input folder and the app image.
# Expects JDK, HERE, OUT, WORK, TARGET, NAME, VERSION, MAIN_CLASS, DESCRIPTION and VENDOR to be set.

fail() {
    echo "build-package: $*" >&2
    exit 1
}

step() {
    echo "== $*"
}

# The JDK modules of installer/runtime-modules.txt (not those marked '-'), comma-separated.
runtime_modules() {
    sed -e 's/#.*//' -e 's/[[:space:]]//g' "$HERE/runtime-modules.txt" | grep -v -e '^$' -e '^-' | paste -sd, -
}

# jlink's options. No --compress: the packages compress better than jlink's zip does (xz makes 11 MB of the
# uncompressed classes, 23 MB of the zipped ones), and classes load without unzipping; installed, it costs 26 MB.
JLINK_OPTIONS=(--include-locales=en,fr --strip-debug --no-header-files --no-man-pages --generate-cds-archive)

# jlink's runtime, rebuilt only when the modules, the options or the JDK changed.
build_runtime() {
    local runtime="$1" stamp modules
    modules="$(runtime_modules)"
    stamp="$modules ${JLINK_OPTIONS[*]} $("$JDK/bin/java" -version 2>&1 | tr '\n' ' ')"
    if [ -f "$runtime.stamp" ] && [ "$(cat "$runtime.stamp")" = "$stamp" ] && [ -x "$runtime/bin/java" ]; then
        step "Java runtime: reusing $runtime"
        return
    fi
    step "Java runtime: jlink $modules"
    rm -rf "$runtime" "$runtime.stamp"
    "$JDK/bin/jlink" --add-modules "$modules" "${JLINK_OPTIONS[@]}" --output "$runtime"
    # The archive for heaps over 32 GB, which PressDesk never uses: 11 MB saved.
    rm -f "$runtime"/lib/server/classes_nocoops.jsa
    echo "$stamp" > "$runtime.stamp"
}

# What jpackage copies beside the launcher: the jar, its libraries, the legal folder, and JavaFX's native
# libraries unpacked next to the JavaFX jars, where JavaFX looks first: without them it would unpack them into
# ~/.openjfx/cache at first start and check them at every start.
prepare_input() {
    local input="$1" os="$2" pattern jar
    step "Application files: $input"
    rm -rf "$input"
    mkdir -p "$input/lib"
    cp "$TARGET/pressdesk.jar" "$input/"
    cp "$TARGET"/lib/*.jar "$input/lib/"
    cp -R "$WORK/legal" "$input/legal"
    command -v unzip >/dev/null || fail "unzip is needed to unpack JavaFX's native libraries (apt-get install unzip)"
    if [ "$os" = linux ]; then pattern='*.so'; else pattern='*.dylib'; fi
    for jar in "$input"/lib/javafx-*.jar; do
        if unzip -Z1 "$jar" "$pattern" >/dev/null 2>&1; then
            unzip -q -o -j "$jar" "$pattern" -d "$input/lib"
        fi
    done
}

# The application image: the launcher, the runtime and the application files.
build_app_image() {
    local icon="$1" option
    local memory=()
    shift
    while IFS= read -r option; do
        case "$option" in '' | '#'*) ;; *) memory+=(--java-options "$option") ;; esac
    done < "$HERE/memory-options.txt"
    step "Application image: $OUT/$NAME"
    "$JDK/bin/jpackage" --type app-image --dest "$OUT" --name "$NAME" --app-version "$VERSION" \
        --vendor "$VENDOR" --description "$DESCRIPTION" \
        --input "$WORK/input" --main-jar pressdesk.jar --main-class "$MAIN_CLASS" \
        --runtime-image "$WORK/runtime" --icon "$icon" \
        --java-options '-Dpressdesk.legalDir=$APPDIR/legal' \
        --java-options '-Xlog:disable' --java-options '-Xlog:all=warning:stderr' \
        "${memory[@]}" \
        "$@"
}
