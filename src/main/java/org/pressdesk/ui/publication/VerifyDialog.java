package org.pressdesk.ui.publication;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.pressdesk.i18n.Failures;
import org.pressdesk.i18n.Messages;
import org.pressdesk.publication.PdfVerifier;
import org.pressdesk.publication.VerificationReport;
import org.pressdesk.ui.common.Alerts;
import org.pressdesk.ui.common.UiContext;

/** "Vérifier un PDF…": picks a file, checks it in the background, and tells what was found. */
public final class VerifyDialog {
    private final UiContext context;
    private final PdfVerifier verifier;
    private final Window owner;

    public VerifyDialog(UiContext context, PdfVerifier verifier, Window owner) {
        this.context = context;
        this.verifier = verifier;
        this.owner = owner;
    }

    public void chooseAndVerify() {
        Messages messages = context.messages();
        context.dialogs().chooseFileToOpen(owner, messages.get("verify.dialogTitle"),
                messages.get("export.pdfFiles"), "*.pdf").ifPresent(this::verify);
    }

    public void verify(Path file) {
        context.persistence().run(() -> verifier.verify(file), this::show,
                failure -> Alerts.error(owner, context.messages(), Failures.describe(failure, context.messages())));
    }

    private void show(VerificationReport report) {
        Messages messages = context.messages();
        Alert alert = Alerts.create(owner, report.trustworthy() ? Alert.AlertType.INFORMATION
                : Alert.AlertType.WARNING, messages, messages.get(report.trustworthy() ? "verify.verdict.ok"
                : "verify.verdict.bad"), String.join("\n", lines(report, messages)));
        alert.getDialogPane().setId("verifyReport");
        alert.show();
    }

    /** The report as the command line prints it, line by line. */
    public static List<String> lines(VerificationReport report, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("verify.signer", report.signerName()));
        if (report.signedAt() != null) {
            lines.add(messages.get("verify.signedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(messages.locale()).format(report.signedAt().atZone(ZoneId.systemDefault()))));
        }
        lines.add(messages.get(report.signatureValid() ? "verify.signature.valid" : "verify.signature.invalid"));
        lines.add(messages.get(report.certificateKnown() ? "verify.certificate.known"
                : "verify.certificate.unknown"));
        lines.add(messages.get(report.unchanged() ? "verify.unchanged.yes" : "verify.unchanged.no"));
        lines.add(messages.get("verify.text." + report.text().name(), report.revision(), report.title()));
        lines.add(messages.get("verify.anchor." + report.anchor().name()));
        if (!report.reference().isEmpty()) {
            lines.add(messages.get("verify.reference", report.reference()));
        }
        return lines;
    }
}
