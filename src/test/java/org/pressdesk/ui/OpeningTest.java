package org.pressdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.account.PasswordHasher;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.office.SetupService;
import org.pressdesk.search.SearchQuery;
import org.pressdesk.testing.TestOffice;
import org.pressdesk.ui.signin.FirstStart;

class OpeningTest {
    private static final AppServices.Settings SETTINGS = new AppServices.Settings(Clock.systemUTC(),
            new PasswordHasher(1_000), duration -> { });

    @TempDir
    Path directory;

    @Test
    void nothingOpensBeforeTheFirstScreenAsksForIt() throws Exception {
        Path data = directory.resolve("data");
        Opening opening = Opening.of(data, SETTINGS);
        Thread.sleep(200);
        assertFalse(opening.opened().isDone());
        assertFalse(Files.exists(data.resolve("pressdesk.mv.db")));
        opening.begin();
        Opening.Opened opened = opening.opened().get(60, TimeUnit.SECONDS);
        assertFalse(opened.hasAccounts(), "a new folder leads to the first-start screen");
        assertFalse(opened.locked());
        assertFalse(Files.exists(data.resolve("pressdesk.mv.db")),
                "the first-start screen chooses whether the new database is encrypted");
        FirstStart.Created created = opening.create(new FirstStart.Request("awa", "Awa Traoré",
                "mot-de-passe-1".toCharArray(), new SetupService.FirstOffice("BIP/MAECI", "Bureau", TestOffice.BAMAKO),
                true));
        try (AppServices services = opening.prepared().get(60, TimeUnit.SECONDS)) {
            assertTrue(services.encrypted());
            assertEquals("awa", created.admin().username());
            assertTrue(created.recoveryKey().length() > 20);
            assertEquals(1, services.offices().list().size());
        }
    }

    @Test
    void aPlainAttemptRefusedMakesWayForAnEncryptedOne() throws Exception {
        Path data = directory.resolve("data");
        Opening opening = Opening.of(data, SETTINGS);
        opening.begin();
        opening.opened().get(60, TimeUnit.SECONDS);
        SetupService.FirstOffice office = new SetupService.FirstOffice("BIP/MAECI", "Bureau", TestOffice.BAMAKO);
        assertThrows(RuntimeException.class, () -> opening.create(new FirstStart.Request("awa", null,
                "court".toCharArray(), office, false)));

        opening.create(new FirstStart.Request("awa", null, "mot-de-passe-1".toCharArray(), office, true));
        try (AppServices services = opening.prepared().get(60, TimeUnit.SECONDS)) {
            assertTrue(services.encrypted());
        }
    }

    @Test
    void anExistingFolderOpensWithItsAccountsAndTheIndexFollowsEarlierCommits() throws Exception {
        Path data = directory.resolve("data");
        try (UiTestData earlier = new UiTestData(data)) {
            // a commit before anything asked for the search index opens it rather than going unindexed
            earlier.services.communiques().create(earlier.editor, new CommuniqueContent("Audience du Ministre",
                    "Coopération sanitaire.", Genre.AUDIENCE_REPORT, earlier.office.id(), "Bamako", null, "fr"));
        }
        Opening opening = Opening.of(data, SETTINGS);
        opening.begin();
        assertTrue(opening.opened().get(60, TimeUnit.SECONDS).hasAccounts());
        try (AppServices services = opening.prepared().get(60, TimeUnit.SECONDS)) {
            assertFalse(services.search().check((done, total) -> { }), "the index needed no rebuild");
            assertEquals(1, services.search().search(SearchQuery.of("sanitaire")).hits().size());
        }
    }

    @Test
    void aSignInAfterTheDemonstrationChecksItsPrintedPasswordAgainstTheNewDatabase() throws Exception {
        Path data = directory.resolve("data");
        Opening opening = Opening.of(data, SETTINGS);
        opening.begin();
        assertFalse(opening.opened().get(60, TimeUnit.SECONDS).hasAccounts(), "no database at start");
        org.pressdesk.demo.DemoSeeder.Seeded seeded = opening.demo();
        String password = seeded.passwords().get("redaction");
        AppServices services = opening.signingIn("redaction", password.toCharArray());
        try (AppServices prepared = opening.prepared().get(60, TimeUnit.SECONDS)) {
            assertSame(prepared, services);
            assertEquals("redaction", services.accounts().signIn("redaction", password.toCharArray()).username());
        }
    }

    @Test
    void anOpeningCancelledBeforeItBeginsNeverOpensTheDatabase() throws Exception {
        Path data = directory.resolve("data");
        Opening opening = Opening.of(data, SETTINGS);
        opening.cancel();
        opening.begin();
        ExecutionException stopped = assertThrows(ExecutionException.class,
                () -> opening.opened().get(60, TimeUnit.SECONDS));
        assertInstanceOf(CancellationException.class, stopped.getCause());
        assertTrue(opening.prepared().isCompletedExceptionally());
        assertFalse(Files.exists(data.resolve("pressdesk.mv.db")));
    }

    @Test
    void aFailureReachesBothStepsWithItsOwnCause() throws Exception {
        Path file = Files.writeString(directory.resolve("not-a-folder"), "x");
        Opening opening = Opening.of(file, SETTINGS);
        opening.begin();
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> opening.opened().get(60, TimeUnit.SECONDS));
        assertInstanceOf(PressDeskException.class, failed.getCause());
        ExecutionException notPrepared = assertThrows(ExecutionException.class,
                () -> opening.prepared().get(60, TimeUnit.SECONDS));
        assertSame(failed.getCause(), notPrepared.getCause());
    }
}
