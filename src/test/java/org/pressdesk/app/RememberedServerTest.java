package org.pressdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.local.LocalSecrets;
import org.pressdesk.domain.ServerAddress;

/** The remembered server: its password sealed with a key file of this user's, never in the preferences in clear. */
class RememberedServerTest {
    private static final String PASSWORD = "Mot-de-passe-du-serveur-2026";
    private static final ServerAddress SIEGE = ServerAddress.parse("postgresql://siege.example:5433/presse");

    @TempDir
    Path data;
    @TempDir
    Path config;

    private RememberedServer remembered() {
        return new RememberedServer(LocalPreferences.load(data), new LocalSecrets(config.resolve("pd/key")));
    }

    @Test
    void thePreferencesFileNeverHoldsThePasswordInClearAndTheKeyFileIsTheOwnersOnly() throws Exception {
        remembered().remember(SIEGE, "pressdesk_app", Path.of("/etc/ca.crt"), PASSWORD.toCharArray());

        String preferences = Files.readString(data.resolve("preferences.properties"), StandardCharsets.ISO_8859_1);
        assertThat(preferences).contains("siege.example").doesNotContain(PASSWORD).doesNotContain("Mot-de-passe");
        Path key = config.resolve("pd/key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())))
                .isEqualTo("rwx------");
        assertThat(new String(Files.readAllBytes(key), StandardCharsets.ISO_8859_1)).doesNotContain(PASSWORD);
    }

    @Test
    void theNextStartFindsTheServerAndItsPassword() throws Exception {
        remembered().remember(SIEGE, "awa_role", null, "é€ secret".toCharArray());

        RememberedServer.Saved saved = remembered().saved().orElseThrow();
        assertThat(saved.address()).isEqualTo(SIEGE);
        assertThat(saved.user()).isEqualTo("awa_role");
        assertThat(saved.caFile()).isNull();
        assertThat(new String(saved.password().orElseThrow())).isEqualTo("é€ secret");
    }

    @Test
    void preferencesCopiedWithoutTheKeyFileGiveTheServerButNotThePassword(@TempDir Path elsewhere)
            throws Exception {
        remembered().remember(SIEGE, "pressdesk_app", null, PASSWORD.toCharArray());

        RememberedServer copy = new RememberedServer(LocalPreferences.load(data),
                new LocalSecrets(elsewhere.resolve("key")));
        assertThat(copy.saved().orElseThrow().address()).isEqualTo(SIEGE);
        assertThat(copy.saved().orElseThrow().password()).isEmpty();
    }

    @Test
    void aKeyFileOthersMayReadIsNotUsed() throws Exception {
        remembered().remember(SIEGE, "pressdesk_app", null, PASSWORD.toCharArray());
        Files.setPosixFilePermissions(config.resolve("pd/key"), PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(remembered().saved().orElseThrow().password()).isEmpty();
    }

    @Test
    void aSealedPasswordMovedToAnotherRoleDoesNotOpen() throws Exception {
        remembered().remember(SIEGE, "pressdesk_app", null, PASSWORD.toCharArray());
        LocalPreferences preferences = LocalPreferences.load(data);
        preferences.put(RememberedServer.USER, "pressdesk_owner");

        assertThat(remembered().saved().orElseThrow().password()).isEmpty();
    }

    @Test
    void aFirstStartRemembersItsServerBeforeTheDataFolderExists() throws Exception {
        Path fresh = data.resolve("not-yet/data");
        RememberedServer first = new RememberedServer(LocalPreferences.load(fresh),
                new LocalSecrets(config.resolve("pd/key")));
        first.remember(SIEGE, "pressdesk_app", null, PASSWORD.toCharArray());

        assertThat(new RememberedServer(LocalPreferences.load(fresh), new LocalSecrets(config.resolve("pd/key")))
                .saved().orElseThrow().password()).isPresent();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rwx------");
    }

    @Test
    void forgettingLeavesNoServerBehind() throws Exception {
        remembered().remember(SIEGE, "pressdesk_app", null, PASSWORD.toCharArray());
        remembered().forget();

        assertThat(remembered().saved()).isEmpty();
        assertThat(Files.readString(data.resolve("preferences.properties"))).doesNotContain("server.");
    }

    @Test
    void theKeyLivesInTheUsersConfigurationFolderNotTheDataFolder() {
        Path home = Path.of("/home/awa");
        assertThat(LocalSecrets.defaultKeyFile("Linux", java.util.Map.of(), home))
                .isEqualTo(Path.of("/home/awa/.config/pressdesk/server-password.key"));
        assertThat(LocalSecrets.defaultKeyFile("Linux", java.util.Map.of("XDG_CONFIG_HOME", "/cfg"), home))
                .isEqualTo(Path.of("/cfg/pressdesk/server-password.key"));
        assertThat(LocalSecrets.defaultKeyFile("Windows 11", java.util.Map.of("LOCALAPPDATA", "C:/L"), home))
                .isEqualTo(Path.of("C:/L/PressDesk/server-password.key"));
    }
}
