package org.pressdesk.ui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.archive.ArchiveFixture;
import org.pressdesk.domain.Status;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.i18n.Messages;
import org.pressdesk.ui.task.HeldTaskRunner;
import org.pressdesk.ui.task.TaskRunner;

/** The import dialog's state without a toolkit: a real archive read and imported into a real database. */
class ImportViewModelTest {
    @TempDir
    Path directory;
    private ArchiveFixture fixture;
    private final Messages messages = Messages.forLocale(Locale.FRENCH);

    @BeforeEach
    void open() {
        fixture = new ArchiveFixture(directory.resolve("data"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private ImportViewModel model(UserAccount user, TaskRunner runner) {
        return new ImportViewModel(fixture.services.archiveImport(), fixture.services.offices(), runner, user,
                messages);
    }

    @Test
    void readsTheFilesIntoOneTickedRowPerCommunique() {
        ImportViewModel model = model(fixture.manager, TaskRunner.sameThread());
        model.add(List.of(ArchiveFixture.sample("bip-maeci-2026.txt")));

        assertThat(model.rows()).isNotEmpty().allMatch(row -> row.selected().get());
        assertThat(model.fileSummary().get()).contains("bip-maeci-2026.txt");
        assertThat(model.message().get()).contains("trouvé");
        assertThat(model.busy().get()).isFalse();
        assertThat(model.officeCodes()).contains("BIP/MAECI");
    }

    @Test
    void importsTheTickedRowsWithTheChosenStatusAndFollowsTheProgress() {
        AtomicInteger imported = new AtomicInteger();
        ImportViewModel model = model(fixture.manager, TaskRunner.sameThread());
        model.setOnImported(imported::incrementAndGet);
        model.add(List.of(ArchiveFixture.sample("bip-maeci-2026.txt")));
        int rows = model.rows().size();
        model.rows().get(0).selected().set(false);

        model.importChosen();

        assertThat(fixture.services.communiques().count("")).isEqualTo(rows - 1);
        assertThat(model.message().get()).contains(String.valueOf(rows - 1)).contains("Archivé");
        assertThat(model.progress().get()).isEqualTo(1.0);
        assertThat(model.rows()).noneMatch(row -> row.selected().get());
        assertThat(imported).hasValue(1);
    }

    @Test
    void anEditorImportsDraftsOnly() {
        ImportViewModel model = model(fixture.editor, TaskRunner.sameThread());
        assertThat(model.canChooseStatus()).isFalse();
        assertThat(model.status().get()).isEqualTo(Status.DRAFT);
    }

    @Test
    void cancellingStopsTheImportAndWritesNothing() {
        HeldTaskRunner runner = new HeldTaskRunner();
        ImportViewModel model = model(fixture.manager, runner);
        model.add(List.of(ArchiveFixture.sample("bip-maeci-2026.txt")));
        runner.runAll();

        model.importChosen();
        assertThat(model.busy().get()).isTrue();
        model.cancel();
        runner.runAll();

        assertThat(fixture.services.communiques().count("")).isZero();
        assertThat(model.busy().get()).isFalse();
        assertThat(model.message().get()).contains("Import annulé");
    }
}
