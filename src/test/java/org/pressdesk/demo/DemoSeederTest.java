package org.pressdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.Role;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.local.DataDirectory;
import org.pressdesk.store.jooq.Tables;
import org.pressdesk.testing.MutableClock;
import org.pressdesk.testing.RecordingSleeper;
import org.pressdesk.testing.TestOffice;

class DemoSeederTest {
    @TempDir
    Path tempDir;

    private AppServices services;

    @BeforeEach
    void openEmptyDatabase() {
        services = AppServices.open(DataDirectory.prepare(tempDir),
                TestOffice.settings(new MutableClock(), new RecordingSleeper()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void seedingAFreshDatabaseCreatesTwelveCommuniquesThreeOfficesAndThreeAccountsThatSignIn() {
        DemoSeeder.Seeded seeded = services.demo().seed();

        assertThat(seeded.communiques()).isEqualTo(12);
        assertThat(services.communiques().ids()).hasSize(12);
        assertThat(services.offices().list()).extracting(Office::code)
                .containsExactlyInAnyOrder("BIP/MAECI", "CCRP PRÉSIDENCE", "PRIMATURE");
        assertThat(services.offices().defaultOffice()).map(Office::code).contains("BIP/MAECI");
        assertThat(seeded.roles()).containsExactly(Map.entry("admin", Role.ADMINISTRATOR),
                Map.entry("direction", Role.MANAGER), Map.entry("redaction", Role.EDITOR));
        assertThat(seeded.passwords()).containsOnlyKeys("admin", "direction", "redaction")
                .allSatisfy((name, password) -> {
                    assertThat(password).hasSize(12).matches("[a-zA-Z2-9]+");
                    UserAccount signedIn = services.accounts().signIn(name, password.toCharArray());
                    assertThat(signedIn.role()).isEqualTo(seeded.roles().get(name));
                });
        assertThat(seeded.passwords().values()).doesNotHaveDuplicates();
        assertThat(accounts()).isEqualTo(3);
    }

    @Test
    void theSamplesKeepTheirStatusesAndApprovedOnesPointAtTheirRevision() {
        services.demo().seed();

        Map<Long, Communique> all = services.communiques().ids().stream().map(services.communiques()::get)
                .collect(Collectors.toMap(Communique::id, Function.identity()));
        assertThat(all.values().stream().collect(Collectors.groupingBy(Communique::status, Collectors.counting())))
                .containsOnly(Map.entry(Status.DRAFT, 4L), Map.entry(Status.IN_REVIEW, 2L),
                        Map.entry(Status.APPROVED, 2L), Map.entry(Status.PUBLISHED, 3L),
                        Map.entry(Status.ARCHIVED, 1L));
        assertThat(all.values()).allSatisfy(c -> {
            assertThat(c.revision()).isEqualTo(1);
            if (c.status() == Status.DRAFT || c.status() == Status.IN_REVIEW) {
                assertThat(c.approvedRevisionId()).isNull();
            } else {
                assertThat(c.approvedRevisionId()).isEqualTo(c.currentRevisionId());
            }
        });
        assertThat(services.auditVerifier().verify().intact()).isTrue();
    }

    @Test
    void seedingIntoADatabaseThatHasAnAccountIsRefused() {
        services.accounts().createFirstAdministrator("awa", null, TestOffice.PASSWORD.toCharArray());

        assertThatThrownBy(() -> services.demo().seed())
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.notEmpty"));
        assertThat(services.communiques().ids()).isEmpty();
        assertThat(services.offices().list()).isEmpty();
    }

    @Test
    void seedingTwiceIsRefusedAndChangesNothing() {
        services.demo().seed();
        int events = services.database().dsl().fetchCount(Tables.AUDIT_EVENT);

        assertThatThrownBy(() -> services.demo().seed())
                .isInstanceOfSatisfying(PressDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("demo.notEmpty"));

        assertThat(services.communiques().ids()).hasSize(12);
        assertThat(accounts()).isEqualTo(3);
        assertThat(services.database().dsl().fetchCount(Tables.AUDIT_EVENT)).isEqualTo(events);
    }

    private int accounts() {
        return services.database().dsl().fetchCount(Tables.USER_ACCOUNT);
    }
}
