package org.pressdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.Office;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.StoredCertificate;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.domain.BoundedRead;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code cert import FILE.p12}, {@code cert generate} and {@code cert list}, each with {@code [--office CODE]}: an
 * office's signing certificate. The keystore (and signing) password comes from PRESSDESK_KEYSTORE_PASSWORD.
 */
@Command(name = "cert", mixinStandardHelpOptions = true,
        subcommands = {CertCommand.Import.class, CertCommand.Generate.class, CertCommand.ListCertificates.class})
final class CertCommand extends Subcommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(context().terminal().out());
        return OK;
    }

    /** The office named by --office, or the default one. */
    abstract static class OfficeOption extends Subcommand {
        @Option(names = "--office", paramLabel = "CODE", descriptionKey = "option.certOffice")
        String office;

        Office office(AppServices services) {
            return office == null
                    ? services.offices().defaultOffice().orElseThrow(() -> new PressDeskException("office.none"))
                    : services.offices().requireByCode(office);
        }

        void saved(CliContext context, StoredCertificate certificate, Office issuer) {
            context.say("cert.saved", issuer.code(), certificate.subject(),
                    LocalDate.ofInstant(certificate.notAfter(), ZoneOffset.UTC));
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Import extends OfficeOption {
        /** A PKCS#12 file holds a key and a few certificates: a few kilobytes. */
        private static final long MAX_KEYSTORE_BYTES = 1024 * 1024;

        @Parameters(index = "0", paramLabel = "FILE.p12", descriptionKey = "param.p12File")
        Path file;

        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            UserAccount user = context.user();
            Office issuer = office(services);
            byte[] bytes = read(file);
            char[] password = context.keystorePassword();
            try {
                saved(context, services.certificates().importPkcs12(user, issuer, bytes,
                        file.getFileName().toString(), password), issuer);
            } finally {
                Arrays.fill(password, '\0');
            }
            return OK;
        }

        private static byte[] read(Path file) {
            try {
                return BoundedRead.readAtMost(file, MAX_KEYSTORE_BYTES);
            } catch (BoundedRead.TooLarge e) {
                throw new PressDeskException("file.tooLarge", file, MAX_KEYSTORE_BYTES / 1024);
            } catch (NoSuchFileException e) {
                throw new PressDeskException("cli.fileMissing", file);
            } catch (IOException e) {
                throw new PressDeskException(e, "cli.fileUnreadable", file, String.valueOf(e.getMessage()));
            }
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Generate extends OfficeOption {
        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            UserAccount user = context.user();
            Office issuer = office(services);
            char[] password = context.keystorePassword();
            try {
                saved(context, services.certificates().generate(user, issuer, password), issuer);
            } finally {
                Arrays.fill(password, '\0');
            }
            return OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false)
    static final class ListCertificates extends OfficeOption {
        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            context.user();
            Office issuer = office(services);
            var certificates = services.certificates().certificates(issuer);
            if (certificates.isEmpty()) {
                context.say("cert.none", issuer.code());
            }
            for (StoredCertificate c : certificates) {
                context.say("cert.line", c.subject(), c.sha256().substring(0, 16),
                        LocalDate.ofInstant(c.notBefore(), ZoneOffset.UTC),
                        LocalDate.ofInstant(c.notAfter(), ZoneOffset.UTC),
                        c.active() ? context.messages().get("cert.active") : "");
            }
            return OK;
        }
    }
}
