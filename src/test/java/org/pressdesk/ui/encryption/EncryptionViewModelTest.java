package org.pressdesk.ui.encryption;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.TaskRunner;

/** The Chiffrer la base steps, without a toolkit: what each answer of the conversion leads to. */
class EncryptionViewModelTest {
    private final Messages messages = Messages.forLocale(Locale.FRENCH);
    private final List<String> calls = new ArrayList<>();
    private RuntimeException checkFails;
    private RuntimeException convertFails;

    private final Conversion conversion = Conversion.of(password -> {
        calls.add("check " + new String(password));
        if (checkFails != null) {
            throw checkFails;
        }
    }, password -> {
        calls.add("convert " + new String(password));
        if (convertFails != null) {
            throw convertFails;
        }
        return "ABCD-EFGH";
    }, () -> calls.add("reopen"), () -> calls.add("cancel"));

    private final EncryptionViewModel model = new EncryptionViewModel(conversion, TaskRunner.sameThread(), messages);

    @Test
    void withoutAPasswordNothingStarts() {
        model.encrypt();

        assertThat(calls).isEmpty();
        assertThat(model.step().get()).isEqualTo(EncryptionViewModel.Step.ASK);
        assertThat(model.problem().get()).isEqualTo(messages.get("encryption.passwordMissing"));
    }

    @Test
    void aWrongPasswordClosesNothingAndCanBeTypedAgain() {
        checkFails = new PressDeskException("signIn.refused");
        model.password().set("faux");

        model.encrypt();

        assertThat(calls).containsExactly("check faux");
        assertThat(model.step().get()).isEqualTo(EncryptionViewModel.Step.ASK);
        assertThat(model.problem().get()).isEqualTo(messages.get("signIn.refused"));
    }

    @Test
    void aGoodPasswordConvertsThenShowsTheKeyOnceAndReopensOnlyWhenWrittenDown() {
        model.password().set("bon");

        model.encrypt();

        assertThat(calls).containsExactly("check bon", "convert bon");
        assertThat(model.step().get()).isEqualTo(EncryptionViewModel.Step.KEY);
        assertThat(model.password().get()).as("not kept once used").isEmpty();
        assertThat(model.recovery().key()).isEqualTo("ABCD-EFGH");
        assertThat(model.recovery().carryOn()).isFalse();
        model.recovery().written().set(true);
        assertThat(model.recovery().carryOn()).isTrue();
        assertThat(calls).endsWith("reopen");
        model.cancel();
        assertThat(calls).doesNotContain("cancel");
    }

    @Test
    void aFailedConversionSaysThePlainDatabaseStayedAndOffersOnlyToReopen() {
        convertFails = new PressDeskException("encrypt.inUse", "/data");
        model.password().set("bon");

        model.encrypt();

        assertThat(model.step().get()).isEqualTo(EncryptionViewModel.Step.FAILED);
        assertThat(model.problem().get()).contains("en clair est restée telle qu’elle était")
                .contains(messages.get("encrypt.inUse", "/data"));
        model.cancel();
        model.reopen();
        assertThat(calls).containsExactly("check bon", "convert bon", "reopen");
    }

    @Test
    void cancellingBeforeStartingGoesBackToTheWindow() {
        model.cancel();

        assertThat(calls).containsExactly("cancel");
    }
}
