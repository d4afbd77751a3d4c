package org.pressdesk.cli;

import org.pressdesk.app.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version from the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"PressDesk " + Version.current()};
    }
}
