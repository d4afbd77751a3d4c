package org.pressdesk.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.WordDiff.Kind;
import org.pressdesk.domain.WordDiff.Segment;
import org.pressdesk.ui.task.TaskRunner;

/** A manager resolves a conflict between two real installations through the view model, without a toolkit. */
class ConflictViewModelTest {
    @TempDir
    Path temp;

    private Side hq;
    private Side field;
    private Communique inConflict;
    private final AtomicInteger resolved = new AtomicInteger();

    @BeforeEach
    void open() {
        hq = new Side(temp, "siege", true);
        field = new Side(temp, "kayes", false);
        hq.trust(field);
        field.trust(hq);
        inConflict = Side.conflictBetween(hq, field, temp);
    }

    @AfterEach
    void close() {
        hq.close();
        field.close();
    }

    private ConflictViewModel model() {
        ConflictViewModel model = new ConflictViewModel(hq.services.conflicts(), hq.admin, hq.messages,
                TaskRunner.sameThread(), resolved::incrementAndGet);
        model.load(inConflict.id());
        return model;
    }

    @Test
    void showsBothTextsWithTheWordsOnlyEachSideHasAndStartsTheMergeFromTheTextHere() {
        ConflictViewModel model = model();

        var compared = model.compared().get();
        assertThat(compared.bodies().left()).filteredOn(s -> s.kind() == Kind.REMOVED).extracting(Segment::text)
                .containsExactly("mardi");
        assertThat(compared.bodies().right()).filteredOn(s -> s.kind() == Kind.ADDED).extracting(Segment::text)
                .containsExactly("lundi avec le gouverneur");
        assertThat(model.mergedBody().get()).isEqualTo("Le ministre visitera Kayes mardi.");
        assertThat(model.heading(true)).contains("siege-admin");
        assertThat(model.heading(false)).contains("kayes-admin");
        assertThat(model.message().get()).startsWith("1 mot(s) seulement ici, 4 mot(s)");
    }

    @Test
    void keepingTheReceivedTextSettlesTheConflictWithANewRevision() {
        ConflictViewModel model = model();

        model.keepRemote();

        assertThat(model.resolved().get()).isTrue();
        assertThat(hq.services.conflicts().inConflict(inConflict.id())).isFalse();
        assertThat(hq.services.communiques().get(inConflict.id()).content().body())
                .isEqualTo("Le ministre visitera Kayes lundi avec le gouverneur.");
        assertThat(resolved).hasValue(1);
    }

    @Test
    void aTextMergedByHandBecomesTheNextRevision() {
        ConflictViewModel model = model();
        int before = hq.services.communiques().get(inConflict.id()).revision();

        model.mergedBody().set("Le ministre visitera Kayes mardi avec le gouverneur.");
        model.saveMerge();

        Communique after = hq.services.communiques().get(inConflict.id());
        assertThat(after.content().body()).isEqualTo("Le ministre visitera Kayes mardi avec le gouverneur.");
        assertThat(after.revision()).isEqualTo(before + 1);
        assertThat(model.message().get()).contains(String.valueOf(after.revision()));
        assertThat(hq.services.conflicts().inConflict()).isEmpty();
    }

    @Test
    void aMergeWithoutTitleIsRefusedAndTheConflictStays() {
        ConflictViewModel model = model();

        model.mergedTitle().set("  ");
        model.saveMerge();

        assertThat(model.resolved().get()).isFalse();
        assertThat(model.message().get()).isNotBlank();
        assertThat(hq.services.conflicts().inConflict(inConflict.id())).isTrue();
    }
}
