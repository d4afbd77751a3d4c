package org.pressdesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pressdesk.app.AppServices;
import org.pressdesk.domain.ExchangePeer;
import org.pressdesk.exchange.ExportService;
import org.pressdesk.exchange.InstallationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code exchange peer add|rename|revoke}, {@code exchange peers} and {@code exchange pending}. */
final class ExchangePeerCommands {
    private ExchangePeerCommands() {
    }

    /** A peer as {@code peers --json} prints it. */
    record PeerJson(String name, UUID installation, String displayName, boolean headquarters, String fingerprint,
            boolean revoked, Instant addedAt, Instant lastSentAt, Instant lastReceivedAt) {
    }

    @Command(name = "peer", mixinStandardHelpOptions = true,
            subcommands = {Peer.Add.class, Peer.Rename.class, Peer.Revoke.class})
    static final class Peer extends Subcommand {
        @Override
        public Integer call() {
            spec.commandLine().usage(context().terminal().out());
            return OK;
        }

        @Command(name = "add", mixinStandardHelpOptions = true, sortOptions = false)
        static final class Add extends Subcommand {
            @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "param.exchangeCertificate")
            Path file;

            @Option(names = "--name", paramLabel = "NAME", required = true, descriptionKey = "option.exchangePeerName")
            String name;

            @Override
            public Integer call() {
                CliContext context = context();
                AppServices services = context.services();
                var peer = services.installation().addPeer(context.user(), ExchangeCommand.read(file), name);
                context.say("exchange.peer.added", peer.name(), peer.displayName(),
                        InstallationService.readable(peer.fingerprint()));
                return OK;
            }
        }

        @Command(name = "rename", mixinStandardHelpOptions = true, sortOptions = false)
        static final class Rename extends Subcommand {
            @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "option.exchangePeer")
            String name;

            @Parameters(index = "1", paramLabel = "NEW_NAME", descriptionKey = "option.exchangePeerName")
            String newName;

            @Override
            public Integer call() {
                CliContext context = context();
                var peer = context.services().installation().renamePeer(context.user(), name, newName);
                context.say("exchange.peer.renamed", name, peer.name());
                return OK;
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true, sortOptions = false)
        static final class Revoke extends Subcommand {
            @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "option.exchangePeer")
            String name;

            @Override
            public Integer call() {
                CliContext context = context();
                var peer = context.services().installation().revokePeer(context.user(), name);
                context.say("exchange.peer.revoked", peer.name());
                return OK;
            }
        }
    }

    @Command(name = "peers", mixinStandardHelpOptions = true, sortOptions = false)
    static final class Peers extends Subcommand {
        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Override
        public Integer call() {
            CliContext context = context();
            context.user();
            List<ExchangePeer> peers = context.services().installation().peers();
            if (json) {
                List<PeerJson> documents = new ArrayList<>();
                for (ExchangePeer p : peers) {
                    documents.add(new PeerJson(p.name(), p.uuid(), p.displayName(), p.headquarters(),
                            p.fingerprint(), p.revoked(), p.addedAt(), p.lastSentAt(), p.lastReceivedAt()));
                }
                Json.print(context.terminal().out(), documents);
                return OK;
            }
            if (peers.isEmpty()) {
                context.say("exchange.peers.none");
            }
            for (ExchangePeer p : peers) {
                context.say(p.revoked() ? "exchange.peers.revokedLine" : "exchange.peers.line", p.name(),
                        p.displayName(), InstallationService.readable(p.fingerprint()).substring(0, 19),
                        String.valueOf(p.lastSentAt()), String.valueOf(p.lastReceivedAt()));
            }
            return OK;
        }
    }

    @Command(name = "pending", mixinStandardHelpOptions = true, sortOptions = false)
    static final class PendingFiles extends Subcommand {
        @Option(names = "--to", paramLabel = "NAME", required = true, descriptionKey = "option.exchangePeer")
        String to;

        @Option(names = "--json", descriptionKey = "option.json")
        boolean json;

        @Override
        public Integer call() {
            CliContext context = context();
            ExportService.Pending pending = context.services().exchangeExport().pending(context.user(), to);
            if (json) {
                Json.print(context.terminal().out(), pending);
            } else {
                context.say("exchange.pending", pending.peer(), pending.communiques(), pending.revisions(),
                        pending.comments(), pending.statusChanges(), pending.approvals(), pending.items(),
                        pending.unacknowledgedFiles(), String.valueOf(pending.lastSent()),
                        String.valueOf(pending.lastReceived()));
            }
            return OK;
        }
    }
}
