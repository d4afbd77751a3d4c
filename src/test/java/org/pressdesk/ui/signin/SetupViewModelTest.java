package org.pressdesk.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.demo.DemoSeeder;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Messages;
import org.pressdesk.publication.PublicationFixture;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.ui.task.TaskRunner;

/** The first-start form's rules, over a real new database in a temporary folder. */
class SetupViewModelTest {
    private static final AppServices.Settings SETTINGS = TestOffice.settings(new MutableClock(),
            new RecordingSleeper());
    private final Messages messages = Messages.forLocale(Locale.FRENCH);

    @TempDir
    Path directory;

    private AppServices opened;

    /** What the program does at first start, on a real folder: encrypted or plain, as asked. */
    private final FirstStart firstStart = new FirstStart() {
        @Override
        public Created create(Request request) {
            DataDirectory data = DataDirectory.prepare(directory.resolve("data"));
            if (!request.encrypted()) {
                opened = AppServices.open(data, SETTINGS);
                return new Created(opened.setup().initialise(request.username(), request.displayName(),
                        request.password(), request.office()), null);
            }
            AppServices.Created created = AppServices.createEncrypted(data, SETTINGS, request.username(),
                    request.displayName(), request.password());
            opened = created.services();
            opened.setup().initialise(created.admin(), request.office());
            return new Created(created.admin(), created.recovery().text());
        }

        @Override
        public DemoSeeder.Seeded demo() {
            throw new UnsupportedOperationException();
        }
    };

    @AfterEach
    void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private SetupViewModel filledIn() {
        SetupViewModel model = new SetupViewModel(firstStart, TaskRunner.sameThread(), messages);
        model.username().set("awa");
        model.password().set(TestOffice.PASSWORD);
        model.confirmation().set(TestOffice.PASSWORD);
        model.officeCode().set("BIP/MAECI");
        model.officeName().set("Bureau de la Presse");
        return model;
    }

    @Test
    void aNewDatabaseIsEncryptedByDefaultAndItsRecoveryKeyComesBackOnce() {
        SetupViewModel model = filledIn();
        AtomicReference<FirstStart.Created> created = new AtomicReference<>();

        assertThat(model.encrypted().get()).isTrue();
        model.create(PublicationFixture.letterhead(org.pressdesk.domain.HeaderLayout.TWO_COLUMN, null),
                created::set);

        assertThat(created.get().recoveryKey()).isNotBlank();
        assertThat(created.get().admin().username()).isEqualTo("awa");
        assertThat(opened.encrypted()).isTrue();
        assertThat(directory.resolve("data").resolve("pressdesk.keys")).isRegularFile();
        assertThat(opened.offices().list().get(0).letterhead().countryName()).isEqualTo("RÉPUBLIQUE DU MALI");
        assertThat(model.password().get()).as("the password does not stay in the form").isEmpty();
        assertThat(model.busy().get()).isFalse();
    }

    @Test
    void leftPlainTheDatabaseHasNoKeySlotsAndNoRecoveryKey() {
        SetupViewModel model = filledIn();
        model.encrypted().set(false);
        AtomicReference<FirstStart.Created> created = new AtomicReference<>();

        model.create(Office.Letterhead.empty(), created::set);

        assertThat(created.get().recoveryKey()).isNull();
        assertThat(opened.encrypted()).isFalse();
        assertThat(Files.exists(directory.resolve("data").resolve("pressdesk.keys"))).isFalse();
    }

    @Test
    void passwordsThatDifferCreateNothing() {
        SetupViewModel model = filledIn();
        model.confirmation().set("autre-chose-1");

        model.create(Office.Letterhead.empty(), created -> { });

        assertThat(model.error().get()).isEqualTo(messages.get("setup.passwordsDiffer"));
        assertThat(opened).isNull();
        assertThat(directory.resolve("data")).doesNotExist();
    }

    @Test
    void theRecoveryKeyLeadsOnOnlyOnceItIsSaidWrittenDown() {
        int[] carriedOn = new int[1];
        RecoveryKeyModel model = new RecoveryKeyModel("ABCD-EFGH", () -> carriedOn[0]++);

        assertThat(model.carryOn()).isFalse();
        model.written().set(true);
        assertThat(model.carryOn()).isTrue();
        assertThat(model.carryOn()).as("once only").isFalse();
        assertThat(carriedOn[0]).isEqualTo(1);
    }
}
