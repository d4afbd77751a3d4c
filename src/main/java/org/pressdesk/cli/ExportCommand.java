package org.pressdesk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.publication.ExportedPdf;
import org.pressdesk.signing.SigningLockedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export ID... --out DIR} or {@code export --all --out DIR}: writes PDFs and prints their paths. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportCommand extends Subcommand {

    @Parameters(paramLabel = "ID", arity = "0..*", descriptionKey = "param.ids")
    List<String> ids = new ArrayList<>();

    @Option(names = "--all", descriptionKey = "option.all")
    boolean all;

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "option.out")
    Path out;

    @Override
    public Integer call() {
        CliContext context = context();
        if (ids.isEmpty() == !all) {
            throw new PressDeskException("export.idsOrAll");
        }
        AppServices services = context.services();
        UserAccount user = context.user();
        List<Long> chosen = all ? services.communiques().ids()
                : ids.stream().map(ref -> services.communiques().resolve(ref).id()).collect(Collectors.toList());
        for (ExportedPdf pdf : exportUnlocking(context, user, chosen)) {
            context.terminal().out().println(pdf.file());
            if (pdf.result().hasReplacements()) {
                context.warn("export.replaced", pdf.file().getFileName(), describe(pdf));
            }
        }
        context.terminal().out().flush();
        return OK;
    }

    /** Exports; a published text whose office key is locked asks for the signing password once, then goes on. */
    private List<ExportedPdf> exportUnlocking(CliContext context, UserAccount user, List<Long> chosen) {
        AppServices services = context.services();
        while (true) {
            try {
                return services.pdfExport().export(user, chosen, out);
            } catch (SigningLockedException locked) {
                char[] password = context.keystorePassword();
                try {
                    services.certificates().unlock(services.offices().find(locked.officeId()).orElseThrow(),
                            password);
                } finally {
                    java.util.Arrays.fill(password, '\0');
                }
            }
        }
    }

    private static String describe(ExportedPdf pdf) {
        return pdf.result().replacedCodePoints().stream()
                .map(cp -> new String(Character.toChars(cp)) + " (U+" + String.format("%04X", cp) + ")")
                .collect(Collectors.joining(", "));
    }
}
