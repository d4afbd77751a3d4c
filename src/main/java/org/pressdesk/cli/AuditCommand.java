package org.pressdesk.cli;

import org.pressdesk.audit.AuditVerifier;
import picocli.CommandLine.Command;

/** {@code audit verify}: checks the whole audit trail's hash chain. */
@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class)
final class AuditCommand extends Subcommand {

    @Override
    public Integer call() {
        spec.commandLine().usage(context().terminal().out());
        return OK;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true)
    static final class Verify extends Subcommand {
        @Override
        public Integer call() {
            CliContext context = context();
            context.user();
            AuditVerifier.Result result = context.services().auditVerifier().verify();
            if (result.intact()) {
                context.say("audit.intact", result.checked());
                return OK;
            }
            AuditVerifier.Break broken = result.firstBreak().orElseThrow();
            if (broken.entryId() == null) {
                context.warn("audit.truncated", result.checked());
            } else {
                context.warn("audit.broken." + broken.reason(), broken.entryId(), result.checked());
            }
            return CommandLineApp.FAILED;
        }
    }
}
