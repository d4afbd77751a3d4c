package org.pressdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Genre;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.UiTestData;
import org.pressdesk.ui.task.TaskRunner;

/** The review screen's state without a toolkit, over a real database. */
class ReviewViewModelTest {
    @TempDir
    Path directory;
    private UiTestData data;
    private Communique submitted;

    @BeforeEach
    void open() {
        data = new UiTestData(directory.resolve("data"));
        Communique draft = data.services.communiques().create(data.editor, new CommuniqueContent(
                "Audience du Ministre", "Le Ministre a reçu l’Ambassadeur.", Genre.AUDIENCE_REPORT,
                data.office.id(), "Bamako", LocalDate.of(2026, 2, 3), "fr"));
        submitted = data.services.reviews().submit(data.editor, draft.id());
    }

    @AfterEach
    void close() {
        data.close();
    }

    private ReviewViewModel model(UserAccount reviewer) {
        return new ReviewViewModel(data.services.reviews(), data.services.communiques(), data.services.offices(),
                reviewer, data.messages, TaskRunner.sameThread());
    }

    @Test
    void loadingTheQueueOpensItsFirstCommuniqueWithItsHistory() {
        ReviewViewModel model = model(data.admin);
        model.loadQueue();

        assertThat(model.queueCount().get()).isEqualTo(1);
        assertThat(model.communique().get().id()).isEqualTo(submitted.id());
        assertThat(model.revisions()).hasSize(1);
        assertThat(model.to().get()).isNotNull();
        assertThat(model.history()).isNotEmpty();
        assertThat(model.canDecide().get()).isTrue();
    }

    @Test
    void askingForChangesNeedsACommentAndMovesNothingWithoutOne() {
        ReviewViewModel model = model(data.admin);
        model.loadQueue();
        model.requestChanges();

        assertThat(model.message().get()).contains("commentaire est obligatoire");
        assertThat(data.services.communiques().get(submitted.id()).status()).isEqualTo(Status.IN_REVIEW);
    }

    @Test
    void approvingMovesTheCommuniqueOnAndEmptiesTheQueue() {
        AtomicInteger changed = new AtomicInteger();
        ReviewViewModel model = model(data.admin);
        model.setOnChanged(changed::incrementAndGet);
        model.loadQueue();
        model.newComment().set("Bon pour diffusion.");
        model.approve();

        assertThat(data.services.communiques().get(submitted.id()).status()).isEqualTo(Status.APPROVED);
        assertThat(model.queueCount().get()).isZero();
        assertThat(model.message().get()).contains("Audience du Ministre").contains("Approuvé");
        assertThat(model.newComment().get()).isEmpty();
        assertThat(changed).hasValue(1);
    }

    @Test
    void theAuthorMayNotDecideAndARefusalIsShownInTheirWords() {
        ReviewViewModel model = model(data.editor);
        model.select(submitted.id());
        assertThat(model.canDecide().get()).isFalse();

        model.approve();

        assertThat(model.message().get()).isNotBlank().doesNotContain("Exception");
        assertThat(data.services.communiques().get(submitted.id()).status()).isEqualTo(Status.IN_REVIEW);
    }

    @Test
    void aManagerWhoWroteTheRevisionMayAskForChangesButSeesWhyApprovingIsRefused() {
        Communique own = data.services.communiques().create(data.admin, new CommuniqueContent(
                "Note du Directeur", "Texte.", Genre.PRESS_RELEASE, data.office.id(), "Bamako",
                LocalDate.of(2026, 2, 3), "fr"));
        data.services.reviews().submit(data.admin, own.id());
        ReviewViewModel model = model(data.admin);

        model.select(own.id());

        assertThat(model.canRequestChanges().get()).isTrue();
        assertThat(model.canApprove().get()).isFalse();
        assertThat(model.approveRefusal().get()).contains("quatre yeux");
        model.select(submitted.id());
        assertThat(model.canApprove().get()).isTrue();
        assertThat(model.approveRefusal().get()).isEmpty();
    }

    @Test
    void theComparisonNamesChangedDatePlaceGenreAndEmbargoBesidesTheText() {
        Communique back = data.services.reviews().withdraw(data.editor, submitted.id(), null);
        CommuniqueContent before = back.content();
        data.services.communiques().save(data.editor, back.id(), back.version(), new CommuniqueContent(
                before.title(), before.body(), Genre.STATEMENT, before.officeId(), "Dakar",
                LocalDate.of(2026, 2, 4), before.language(), java.time.Instant.parse("2026-02-04T10:00:00Z"),
                before.bodyFormat()));
        ReviewViewModel model = model(data.admin);

        model.select(submitted.id());

        assertThat(model.titleDiff()).allMatch(segment -> segment.kind() == org.pressdesk.domain.WordDiff.Kind.EQUAL);
        assertThat(String.join("\n", model.fieldChanges()).replace('\u202F', ' '))
                .contains("Date : 3 février 2026 → 4 février 2026")
                .contains("Lieu : Bamako → Dakar")
                .contains("Genre : Compte rendu d’audience → Déclaration")
                .contains("Embargo jusqu’au : (aucun) → 4 février 2026")
                .doesNotContain("Bureau");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr|Bureau : Bureau de l’Information et de la Presse → Cellule de communication de la Présidence",
        "en|Office: Bureau de l’Information et de la Presse → Cellule de communication de la Présidence"})
    void theComparisonNamesAChangeOfOfficeByTheOfficesNames(String language, String expected) {
        Office presidency = data.services.offices().create(data.admin, "CCRP/PR",
                "Cellule de communication de la Présidence", Office.Letterhead.empty(), ZoneId.of("Africa/Bamako"));
        Communique back = data.services.reviews().withdraw(data.editor, submitted.id(), null);
        CommuniqueContent before = back.content();
        data.services.communiques().save(data.editor, back.id(), back.version(), new CommuniqueContent(
                before.title(), before.body(), before.genre(), presidency.id(), before.place(), before.eventDate(),
                before.language(), before.embargoAt(), before.bodyFormat()));
        ReviewViewModel model = new ReviewViewModel(data.services.reviews(), data.services.communiques(),
                data.services.offices(), data.admin, Messages.forLocale(Locale.forLanguageTag(language)),
                TaskRunner.sameThread());

        model.select(submitted.id());

        assertThat(model.fieldChanges()).hasSize(1);
        assertThat(model.fieldChanges().get(0).replace('\u202F', ' ')).isEqualTo(expected)
                .doesNotContain("BIP/MAECI").doesNotContain(String.valueOf(presidency.id()));
    }
}
