package org.pressdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.testing.TestDatabases;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.ui.task.TaskRunner;

/** The first-start screen without a toolkit, over a new database: its checks, the set-up, a refusal. */
class SetupViewModelTest {
    @TempDir
    Path directory;
    private AppServices services;
    private SetupViewModel model;
    private final AtomicReference<UserAccount> created = new AtomicReference<>();

    @BeforeEach
    void open() {
        services = TestDatabases.services(directory.resolve("data"), TestOffice.settings(Clock.systemUTC(),
                duration -> { }));
        model = new SetupViewModel(services.setup(), services.demo(), TaskRunner.sameThread(),
                Messages.forLocale(Locale.FRENCH));
        model.displayName().set("Aminata Traoré");
        model.password().set("mot-de-passe-1");
        model.confirmation().set("mot-de-passe-1");
        model.officeCode().set("BIP/MAECI");
        model.officeName().set("Bureau de l’information et de la presse");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theAdministratorAndTheFirstOfficeAreCreatedTogether() {
        model.create(created::set);

        assertThat(created.get().role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(created.get().username()).isEqualTo("admin");
        assertThat(services.offices().list()).extracting(office -> office.code()).containsExactly("BIP/MAECI");
        assertThat(model.error().get()).isEmpty();
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void differentPasswordsAreSaidAndNothingIsCreated() {
        model.confirmation().set("autre-chose-1");

        model.create(created::set);

        assertThat(model.error().get()).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(created.get()).isNull();
        assertThat(services.accounts().hasAccounts()).isFalse();
    }

    @Test
    void aMissingOfficeIsSaidAndNothingIsCreated() {
        model.officeCode().set("  ");

        model.create(created::set);

        assertThat(model.error().get()).isEqualTo("Indiquez la signature du bureau émetteur.");
        assertThat(services.accounts().hasAccounts()).isFalse();
    }

    @Test
    void aSecondSetUpIsRefusedInTheUsersWords() {
        model.create(created::set);
        created.set(null);

        model.create(created::set);

        assertThat(created.get()).isNull();
        assertThat(model.error().get()).isEqualTo(Messages.forLocale(Locale.FRENCH)
                .get("account.alreadyInitialized"));
        assertThat(model.busy().get()).isFalse();
    }
}
