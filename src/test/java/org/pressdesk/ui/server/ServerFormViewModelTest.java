package org.pressdesk.ui.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.GuiLauncher;
import org.pressdesk.app.RememberedServer;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Messages;
import org.pressdesk.local.LocalPreferences;
import org.pressdesk.local.LocalSecrets;
import org.pressdesk.domain.ServerAddress;
import org.pressdesk.ui.task.TaskRunner;

/** The server form without a toolkit: validation, the test's and the connection's outcomes, *Se souvenir*. */
class ServerFormViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final List<ServerAddress> checked = new ArrayList<>();
    @TempDir
    Path data;
    @TempDir
    Path config;

    private RememberedServer remembered() {
        return new RememberedServer(LocalPreferences.load(data), new LocalSecrets(config.resolve("key")));
    }

    private ServerFormViewModel form(ServerFormViewModel.Check check) {
        ServerFormViewModel model = new ServerFormViewModel(check, remembered(), TaskRunner.sameThread(), messages);
        model.host().set("siege.example");
        model.port().set("5433");
        model.database().set("presse");
        model.password().set("secret-du-role");
        return model;
    }

    @Test
    void theActionsWaitForEveryRequiredField() {
        ServerFormViewModel model = form((address, login) -> checked.add(address));
        model.password().set("");
        assertThat(model.complete().get()).isFalse();
        model.testConnection();
        assertThat(checked).isEmpty();
        assertThat(model.result().get()).isEqualTo(messages.get("server.form.missing"));
        assertThat(model.failed().get()).isTrue();
    }

    @Test
    void aBadPortOrHostIsSaidBeforeAnyConnection() {
        ServerFormViewModel model = form((address, login) -> checked.add(address));
        model.port().set("99999");
        model.testConnection();
        assertThat(model.result().get()).contains("99999");
        model.port().set("5432");
        model.host().set("siège partagé");
        model.testConnection();
        assertThat(model.result().get()).contains("postgresql://");
        assertThat(checked).isEmpty();
    }

    @Test
    void aSuccessfulTestSaysSoAndRemembersNothing() {
        ServerFormViewModel model = form((address, login) -> checked.add(address));
        model.testConnection();
        assertThat(checked).containsExactly(ServerAddress.parse("postgresql://siege.example:5433/presse"));
        assertThat(model.failed().get()).isFalse();
        assertThat(model.result().get()).contains("postgresql://siege.example:5433/presse");
        assertThat(remembered().saved()).isEmpty();
    }

    @Test
    void aFaultComesBackInTheUsersWordsAndTheFormStaysFilled() {
        ServerFormViewModel model = form((address, login) -> {
            throw new PressDeskException("server.wrongPassword", login.user(), "siege.example:5433");
        });
        List<ServerFormViewModel.Connection> opened = new ArrayList<>();
        model.connect(opened::add);
        assertThat(opened).isEmpty();
        assertThat(model.failed().get()).isTrue();
        assertThat(model.result().get()).contains("pressdesk_app").contains("mot de passe incorrect");
        assertThat(model.password().get()).isEqualTo("secret-du-role");
        assertThat(model.busy().get()).isFalse();
        assertThat(remembered().saved()).isEmpty();
    }

    @Test
    void connectingRemembersTheServerWhenAskedAndTheNextStartUsesIt() {
        ServerFormViewModel model = form((address, login) -> checked.add(address));
        model.caFile().set("/etc/pressdesk/siege-ca.crt");
        List<ServerFormViewModel.Connection> opened = new ArrayList<>();
        model.connect(opened::add);

        assertThat(opened).singleElement().satisfies(c -> {
            assertThat(c.address().port()).isEqualTo(5433);
            assertThat(c.login().caFile()).isEqualTo(Path.of("/etc/pressdesk/siege-ca.crt"));
        });
        assertThat(model.password().get()).isEmpty();
        ServerChoice next = ServerChoice.at(new GuiLauncher.Start(null, null, false), remembered().saved(), null)
                .orElseThrow();
        assertThat(next.address()).isEqualTo(opened.get(0).address());
        assertThat(new String(next.password())).isEqualTo("secret-du-role");
        assertThat(next.connection()).isPresent();
    }

    @Test
    void withoutSeSouvenirNothingIsKept() {
        ServerFormViewModel model = form((address, login) -> checked.add(address));
        model.remember().set(false);
        model.connect(c -> { });
        assertThat(remembered().saved()).isEmpty();
    }

    @Test
    void theEnvironmentPasswordWinsAndAServerWithoutOneIsAskedFor() throws Exception {
        ServerAddress siege = ServerAddress.parse("postgresql://siege/presse");
        GuiLauncher.Start start = new GuiLauncher.Start(null, null, false, siege, null, null);
        assertThat(ServerChoice.at(start, Optional.empty(), null).orElseThrow().connection()).isEmpty();
        assertThat(new String(ServerChoice.at(start, Optional.empty(), "depuis-env").orElseThrow().password()))
                .isEqualTo("depuis-env");
        remembered().remember(siege, "pressdesk_app", null, "garde".toCharArray());
        assertThat(new String(ServerChoice.at(start, remembered().saved(), null).orElseThrow().password()))
                .isEqualTo("garde");
        GuiLauncher.Start otherRole = new GuiLauncher.Start(null, null, false, siege, "pressdesk_owner", null);
        assertThat(ServerChoice.at(otherRole, remembered().saved(), null).orElseThrow().password()).isNull();
        assertThat(ServerChoice.at(new GuiLauncher.Start(null, null, false), Optional.empty(), "x")).isEmpty();
    }

    @Test
    void aKnownServerFillsTheFormAndSaysWhy() {
        ServerFormViewModel model = new ServerFormViewModel((a, l) -> { }, remembered(), TaskRunner.sameThread(),
                messages);
        model.fill(ServerAddress.parse("postgresql://siege:6000/presse"), "awa", Path.of("ca.crt"),
                messages.get("server.form.passwordNeeded"));
        assertThat(model.host().get()).isEqualTo("siege");
        assertThat(model.port().get()).isEqualTo("6000");
        assertThat(model.user().get()).isEqualTo("awa");
        assertThat(model.caFile().get()).isEqualTo("ca.crt");
        assertThat(model.result().get()).isEqualTo(messages.get("server.form.passwordNeeded"));
    }
}
