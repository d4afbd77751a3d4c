package org.pressdesk.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.pressdesk.publication.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code verify FILE.pdf}: who signed it and when, whether it changed since, and whether its text is the approved
 * revision in this database. Exits 0 only when all of these hold.
 */
@Command(name = "verify", mixinStandardHelpOptions = true, sortOptions = false)
final class VerifyCommand extends Subcommand {
    static final int NOT_TRUSTWORTHY = 3;

    @Parameters(index = "0", paramLabel = "FILE.pdf", descriptionKey = "param.pdfFile")
    Path file;

    @Override
    public Integer call() {
        CliContext context = context();
        VerificationReport report = context.services().pdfVerifier().verify(file);
        context.say("verify.signer", report.signerName());
        if (report.signedAt() != null) {
            context.say("verify.signedAt", DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(context.messages().locale()).format(report.signedAt().atZone(ZoneId.systemDefault())));
        }
        context.say(report.signatureValid() ? "verify.signature.valid" : "verify.signature.invalid");
        context.say(report.certificateKnown() ? "verify.certificate.known" : "verify.certificate.unknown");
        context.say(report.unchanged() ? "verify.unchanged.yes" : "verify.unchanged.no");
        context.say("verify.text." + report.text().name(), report.revision(), report.title());
        context.say("verify.anchor." + report.anchor().name());
        if (!report.reference().isEmpty()) {
            context.say("verify.reference", report.reference());
        }
        context.say(report.trustworthy() ? "verify.verdict.ok" : "verify.verdict.bad");
        return report.trustworthy() ? OK : NOT_TRUSTWORTHY;
    }
}
