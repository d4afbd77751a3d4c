package org.pressdesk.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.TaskRunner;

/** Outils → Comptes without a window: what an administrator does, and what anyone else is told. */
class AccountsViewModelTest {
    @TempDir
    Path directory;

    private UiTestData data;
    private AccountsViewModel model;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        model = new AccountsViewModel(data.services.accounts(), data.admin, data.messages, TaskRunner.sameThread());
        model.load();
    }

    @AfterEach
    void close() {
        data.close();
    }

    private UserAccount row(String username) {
        return model.rows().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    @Test
    void addingAnAccountShowsItsFirstPasswordOnceAndItSignsIn() {
        model.newUsername().set("fatou");
        model.newDisplayName().set("Fatoumata Diallo");
        model.newRole().set(Role.MANAGER);

        model.add();

        assertThat(row("fatou").role()).isEqualTo(Role.MANAGER);
        String password = model.shownPassword().get();
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        assertThat(model.message().get()).isEqualTo("Compte «\u202Ffatou\u202F» créé (responsable).");
        assertThat(data.services.accounts().signIn("fatou", password.toCharArray()).role()).isEqualTo(Role.MANAGER);
        model.selected().set(row("fatou"));
        model.unlock();
        assertThat(model.shownPassword().get()).as("shown once only").isEmpty();
    }

    @Test
    void anAdministratorChangesARoleDeactivatesAndResetsAPassword() {
        model.selected().set(row("redaction"));

        model.changeRole(Role.MANAGER);
        assertThat(row("redaction").role()).isEqualTo(Role.MANAGER);
        model.toggleActive();
        assertThat(row("redaction").active()).isFalse();
        assertThat(model.state(row("redaction"))).isEqualTo("désactivé");
        model.toggleActive();
        model.resetPassword();

        UserAccount signedIn = data.services.accounts().signIn("redaction",
                model.shownPassword().get().toCharArray());
        assertThat(signedIn.username()).isEqualTo("redaction");
        assertThat(data.services.accounts().mustChangePassword(signedIn)).as("chosen at sign-in by default")
                .isTrue();
        model.resetMustChange().set(false);
        model.resetPassword();
        assertThat(data.services.accounts().mustChangePassword(signedIn)).isFalse();
    }

    @Test
    void theLastAdministratorIsKeptAndTheReasonIsShown() {
        model.selected().set(row("admin"));

        model.changeRole(Role.EDITOR);

        assertThat(row("admin").role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(model.message().get()).startsWith("PressDesk doit garder au moins un administrateur actif");
    }

    @Test
    void anEditorIsToldOnlyAnAdministratorManagesAccounts() {
        AccountsViewModel editors = new AccountsViewModel(data.services.accounts(), data.editor, data.messages,
                TaskRunner.sameThread());

        editors.load();

        assertThat(editors.rows()).isEmpty();
        assertThat(editors.message().get()).isEqualTo("Seul un administrateur peut faire cela.");
    }
}
