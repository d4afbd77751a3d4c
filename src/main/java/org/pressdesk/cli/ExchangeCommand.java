package org.pressdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.ExchangeIdentity;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.exchange.ExportService;
import org.pressdesk.exchange.ImportResult;
import org.pressdesk.exchange.InstallationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code exchange identity|peer|peers|pending|export|import}: handing work to another installation by file. The
 * exchange key's password comes from PRESSDESK_KEYSTORE_PASSWORD or is typed at the console.
 */
@Command(name = "exchange", mixinStandardHelpOptions = true,
        subcommands = {ExchangeCommand.IdentityFile.class, ExchangePeerCommands.Peer.class,
            ExchangePeerCommands.Peers.class, ExchangePeerCommands.PendingFiles.class, ExchangeCommand.Export.class,
            ExchangeCommand.Import.class})
final class ExchangeCommand extends Subcommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(context().terminal().out());
        return OK;
    }

    /** Writes this installation's certificate; creates the identity first when there is none and --name is given. */
    @Command(name = "identity", mixinStandardHelpOptions = true, sortOptions = false)
    static final class IdentityFile extends Subcommand {
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "option.exchangeIdentityOut")
        Path out;

        @Option(names = "--name", paramLabel = "NAME", descriptionKey = "option.exchangeName")
        String name;

        @Option(names = "--headquarters", descriptionKey = "option.exchangeHeadquarters")
        boolean headquarters;

        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            UserAccount user = context.user();
            InstallationService installation = services.installation();
            if (installation.identity().isEmpty()) {
                if (name == null) {
                    throw new PressDeskException("exchange.identityNameMissing");
                }
                char[] password = context.keystorePassword();
                try {
                    installation.createIdentity(user, name, headquarters, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            ExchangeIdentity identity = installation.requireIdentity();
            write(out, installation.certificateFile());
            context.say("exchange.identity.saved", identity.displayName(), out,
                    InstallationService.readable(identity.fingerprint()));
            return OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Export extends Subcommand {
        @Option(names = "--to", paramLabel = "NAME", required = true, descriptionKey = "option.exchangePeer")
        String to;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "option.exchangeOut")
        Path out;

        @Option(names = "--all", descriptionKey = "option.exchangeAll")
        boolean all;

        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            UserAccount user = context.user();
            char[] password = context.keystorePassword();
            try {
                ExportService.Exported exported = services.exchangeExport().export(user, to, out, all, password);
                context.say("exchange.exported", exported.file(), exported.carried().communiques(),
                        exported.carried().revisions(), exported.carried().items());
            } finally {
                Arrays.fill(password, '\0');
            }
            return OK;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Import extends Subcommand {
        @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.exchangeFile")
        Path file;

        @Option(names = "--dry-run", descriptionKey = "option.exchangeDryRun")
        boolean dryRun;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Override
        public Integer call() {
            CliContext context = context();
            AppServices services = context.services();
            UserAccount user = context.user();
            ImportResult result = dryRun ? services.exchangeImport().preview(user, file)
                    : services.exchangeImport().importFile(user, file);
            if (json) {
                Json.print(context.terminal().out(), result);
            } else {
                print(context, result);
            }
            return OK;
        }

        private static void print(CliContext context, ImportResult r) {
            if (r.alreadyReceived()) {
                context.say("exchange.alreadyReceived", r.peer());
                return;
            }
            context.say(r.applied() ? "exchange.imported" : "exchange.preview", r.peer(), r.newCommuniques(),
                    r.newRevisions(), r.newComments(), r.newStatusChanges(), r.newApprovals(), r.newConflicts());
            for (ImportResult.Change c : r.changes()) {
                String after = context.messages().get("status." + c.after().name());
                String before = c.before() == null ? context.messages().get("exchange.change.new")
                        : context.messages().get("status." + c.before().name());
                context.say(c.conflict() ? "exchange.change.conflict" : "exchange.change.line", c.communiqueId(),
                        c.title(), before, after, c.newRevisions());
            }
        }
    }

    static void write(Path out, byte[] bytes) {
        try {
            Files.write(out, bytes);
        } catch (IOException e) {
            throw new PressDeskException(e, "exchange.cannotWrite", out, String.valueOf(e.getMessage()));
        }
    }

    static byte[] read(Path file) {
        try {
            return org.pressdesk.domain.BoundedRead.readAtMost(file, 64 * 1024);
        } catch (org.pressdesk.domain.BoundedRead.TooLarge e) {
            throw new PressDeskException("exchange.certificateInvalid");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PressDeskException("cli.fileMissing", file);
        } catch (IOException e) {
            throw new PressDeskException(e, "cli.fileUnreadable", file, String.valueOf(e.getMessage()));
        }
    }
}
