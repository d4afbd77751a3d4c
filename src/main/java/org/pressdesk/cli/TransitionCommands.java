package org.pressdesk.cli;

import org.pressdesk.domain.Communique;
import org.pressdesk.domain.UserAccount;
import org.pressdesk.workflow.ReviewService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The review workflow's moves on the command line: each prints the communiqué's new status. */
final class TransitionCommands {
    private TransitionCommands() {
    }

    /** Resolves the communiqué, signs in, makes the move and reports it. */
    abstract static class Transition extends Subcommand {
        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "param.id")
        String id;

        abstract Communique apply(ReviewService reviews, UserAccount user, long communiqueId);

        @Override
        public Integer call() {
            CliContext context = context();
            UserAccount user = context.user();
            Communique before = context.services().communiques().resolve(id);
            Communique after = apply(context.services().reviews(), user, before.id());
            context.say("workflow.moved", after.title(), context.messages().get("status." + before.status().name()),
                    context.messages().get("status." + after.status().name()));
            return OK;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true)
    static final class Submit extends Transition {
        @Override
        Communique apply(ReviewService reviews, UserAccount user, long communiqueId) {
            return reviews.submit(user, communiqueId);
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true)
    static final class Withdraw extends Transition {
        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.comment")
        String comment;

        @Override
        Communique apply(ReviewService reviews, UserAccount user, long communiqueId) {
            return reviews.withdraw(user, communiqueId, comment);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true)
    static final class Approve extends Transition {
        @Option(names = "--comment", paramLabel = "TEXT", descriptionKey = "option.comment")
        String comment;

        @Override
        Communique apply(ReviewService reviews, UserAccount user, long communiqueId) {
            return reviews.approve(user, communiqueId, comment);
        }
    }

    @Command(name = "request-changes", mixinStandardHelpOptions = true)
    static final class RequestChanges extends Transition {
        @Option(names = "--comment", required = true, paramLabel = "TEXT", descriptionKey = "option.changeRequest")
        String comment;

        @Override
        Communique apply(ReviewService reviews, UserAccount user, long communiqueId) {
            return reviews.requestChanges(user, communiqueId, comment);
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true)
    static final class Publish extends Transition {
        @Override
        Communique apply(ReviewService reviews, UserAccount user, long communiqueId) {
            return reviews.publish(user, communiqueId);
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true)
    static final class Archive extends Transition {
        @Override
        Communique apply(ReviewService reviews, UserAccount user, long communiqueId) {
            return reviews.archive(user, communiqueId);
        }
    }
}
