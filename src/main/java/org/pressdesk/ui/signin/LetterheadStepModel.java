package org.pressdesk.ui.signin;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.pressdesk.domain.CommuniqueContent;
import org.pressdesk.domain.Office;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.office.LogoFiles;
import org.pressdesk.office.SetupService;
import org.pressdesk.pdf.PagePreview;
import org.pressdesk.ui.publication.LetterheadFields;
import org.pressdesk.ui.publication.LetterheadViewModel;
import org.pressdesk.ui.task.Debouncer;
import org.pressdesk.ui.task.Scheduler;
import org.pressdesk.ui.task.TaskRunner;

/**
 * The first office's letterhead on the first-start screen: what a letterhead needs (country, ministry, motto,
 * address, contact, an optional logo checked as outside input) and a sample page redrawn on it in the background a
 * moment after each change. Left blank, the preview shows the default letterhead the office then gets.
 */
public final class LetterheadStepModel {
    static final Duration PREVIEW_DELAY = Duration.ofMillis(300);
    static final String SAMPLE_CODE = "PRESSE";

    private final BiFunction<CommuniqueContent, Office, byte[]> proof;
    private final PagePreview renderer;
    private final Messages messages;
    private final TaskRunner rendering;
    private final StringProperty officeCode;
    private final StringProperty officeName;
    private final ZoneId zone;
    private final LetterheadFields fields = new LetterheadFields();
    private final ObjectProperty<PagePreview.Page> preview = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final Debouncer debouncer;
    private long generation;

    /**
     * @param proof draws a communiqué on an office's paper (a PDF); called on the rendering runner
     * @param officeCode the office's signature as typed in the form, shown on the sample
     */
    public LetterheadStepModel(BiFunction<CommuniqueContent, Office, byte[]> proof, PagePreview renderer,
            Messages messages, TaskRunner rendering, Scheduler scheduler, StringProperty officeCode,
            StringProperty officeName, ZoneId zone) {
        this.proof = proof;
        this.renderer = renderer;
        this.messages = messages;
        this.rendering = rendering;
        this.officeCode = officeCode;
        this.officeName = officeName;
        this.zone = zone;
        this.debouncer = new Debouncer(scheduler, PREVIEW_DELAY, PREVIEW_DELAY.multipliedBy(3), this::render);
        for (Observable field : fields.all()) {
            field.addListener(changed -> debouncer.trigger());
        }
        officeCode.addListener(changed -> debouncer.trigger());
        officeName.addListener(changed -> debouncer.trigger());
    }

    /** The letterhead the office will get: the one filled in, or the default one when every field is blank. */
    public Office.Letterhead letterhead() {
        Office.Letterhead filled = fields.letterhead();
        boolean blank = filled.logo() == null && String.join("", filled.countryName(), filled.motto(),
                filled.ministry(), filled.city(), filled.address(), filled.contact()).isBlank();
        return blank ? SetupService.defaultLetterhead(zone) : filled;
    }

    /** Redraws the sample page now, on the rendering runner; an older drawing that finishes later is dropped. */
    public void render() {
        debouncer.cancel();
        String code = officeCode.get().isBlank() ? SAMPLE_CODE : officeCode.get().strip();
        Office office = new Office(0, UUID.randomUUID(), code, officeName.get().strip(), letterhead(), zone, 0);
        CommuniqueContent sample = LetterheadViewModel.sample(office);
        long ticket = ++generation;
        rendering.run(() -> renderer.render(proof.apply(sample, office), 0, 72f), page -> {
            if (ticket == generation) {
                preview.set(page);
            }
        }, this::failed);
    }

    /** Takes the image file as the logo if it is one (read in the background); otherwise says why. */
    public void useLogo(Path file) {
        rendering.run(() -> LogoFiles.read(file), logo -> {
            fields.logo().set(logo);
            message.set("");
        }, this::failed);
    }

    private void failed(Throwable failure) {
        message.set(Failures.describe(failure, messages, "setup.failed"));
    }

    public LetterheadFields fields() {
        return fields;
    }

    public ObjectProperty<PagePreview.Page> preview() {
        return preview;
    }

    public StringProperty message() {
        return message;
    }
}
