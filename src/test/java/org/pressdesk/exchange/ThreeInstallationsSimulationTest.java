package org.pressdesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.Communique;
import org.pressdesk.domain.PressDeskException;
import org.pressdesk.domain.TagKind;
import org.pressdesk.testing.MutableClock;

/**
 * Headquarters and two field offices, each with its own data folder and database, work apart for a few hundred
 * random steps and swap files in random order, some delivered twice and some lost. After a final full round all
 * three hold the same records, no approved text changed, no reference is used twice, every audit chain verifies.
 * Seeded: {@code -Dpressdesk.simulation.seed=N -Dpressdesk.simulation.steps=M} replays or lengthens a run.
 */
class ThreeInstallationsSimulationTest {
    private static final long SEED = Long.getLong("pressdesk.simulation.seed", 13L);
    private static final int STEPS = Integer.getInteger("pressdesk.simulation.steps", 200);

    @TempDir
    Path temp;

    @Test
    void afterAFullRoundAllThreeHoldTheSameRecordsAndEveryChainVerifies() {
        try (Simulation simulation = Simulation.run(temp, SEED, STEPS)) {
            simulation.assertConverged();
        }
    }

    /** The run itself, shared with the benchmark that runs it longer. */
    static final class Simulation implements AutoCloseable {
        private final Random random;
        private final List<Installation> sides = new ArrayList<>();
        private final List<Delivery> mailbox = new ArrayList<>();
        private final Path temp;

        private record Delivery(Path file, Installation to) {
        }

        private Simulation(Path temp, long seed) {
            this.temp = temp;
            this.random = new Random(seed);
            MutableClock clock = new MutableClock();
            Installation hq = Installation.open(temp, "hq", true, clock);
            Installation north = Installation.open(temp, "nord", false, clock);
            Installation south = Installation.open(temp, "sud", false, clock);
            Installation.pair(hq, north);
            Installation.pair(hq, south);
            sides.addAll(List.of(hq, north, south));
        }

        static Simulation run(Path temp, long seed, int steps) {
            Simulation s = new Simulation(temp, seed);
            for (int i = 0; i < steps; i++) {
                s.step(i);
            }
            s.fullRound();
            s.fullRound();
            return s;
        }

        private void step(int i) {
            Installation at = sides.get(random.nextInt(sides.size()));
            List<Communique> all = at.services.communiques().ids().stream()
                    .map(id -> at.services.communiques().get(id)).toList();
            Communique some = all.isEmpty() ? null : all.get(random.nextInt(all.size()));
            int dice = random.nextInt(100);
            try {
                if (some == null || dice < 15) {
                    at.create("Communiqué " + i + " de " + at.name, "Texte " + i + ".");
                } else if (dice < 35) {
                    at.edit(some, some.content().body() + " Ajout " + i + " à " + at.name + ".");
                } else if (dice < 42) {
                    at.services.reviews().comment(at.admin, some.id(), "Remarque " + i);
                } else if (dice < 47) {
                    at.services.tagging().add(at.admin, some.id(), "Thème " + (i % 5), TagKind.THEME);
                } else if (dice < 53) {
                    at.services.reviews().submit(at.admin, some.id());
                } else if (dice < 59) {
                    at.services.reviews().approve(at.admin, some.id(), null);
                } else if (dice < 62) {
                    at.services.reviews().publish(at.admin, some.id());
                } else if (dice < 65) {
                    at.services.reviews().reopen(at.admin, some.id());
                } else if (dice < 68) {
                    resolveOne(at);
                } else if (dice < 84) {
                    send(at);
                } else {
                    deliver();
                }
            } catch (PressDeskException refusedByTheRules) {
                // a move the workflow does not allow from this state: people try those too
            }
        }

        private void resolveOne(Installation at) {
            List<ConflictService.Open> open = at.services.conflicts().conflicts();
            if (!open.isEmpty()) {
                ConflictService.Open o = open.get(random.nextInt(open.size()));
                at.services.conflicts().keep(at.admin, o.communique().id(),
                        random.nextBoolean() ? o.local().uuid() : o.remote().uuid());
            }
        }

        private void send(Installation from) {
            for (Installation to : peersOf(from)) {
                if (random.nextBoolean()) {
                    mailbox.add(new Delivery(from.send(to, temp), to));
                }
            }
        }

        /** A random file arrives; one in four is delivered again later, one in six is lost. */
        private void deliver() {
            if (mailbox.isEmpty()) {
                return;
            }
            Delivery d = mailbox.remove(random.nextInt(mailbox.size()));
            int fate = random.nextInt(12);
            if (fate < 2) {
                return;
            }
            d.to().receive(d.file());
            if (fate < 5) {
                mailbox.add(d);
            }
        }

        private List<Installation> peersOf(Installation side) {
            return side == sides.get(0) ? sides.subList(1, 3) : List.of(sides.get(0));
        }

        /** Every field office sends to headquarters, headquarters to every field office, each file delivered. */
        void fullRound() {
            for (Installation field : sides.subList(1, 3)) {
                sides.get(0).receive(field.send(sides.get(0), temp));
            }
            for (Installation field : sides.subList(1, 3)) {
                field.receive(sides.get(0).send(field, temp));
            }
        }

        /** Closes the three installations, their search indexes' writers included, before the folder goes. */
        @Override
        public void close() {
            sides.forEach(Installation::close);
        }

        void assertConverged() {
            Map<String, Object> first = snapshot(sides.get(0));
            for (Installation side : sides) {
                assertThat(snapshot(side)).as(side.name).isEqualTo(first);
                assertThat(side.services.auditVerifier().verify().intact()).as(side.name).isTrue();
                assertThat(approvedTextsUnchanged(side)).as(side.name).isZero();
                List<String> references = side.services.database().dsl()
                        .fetch("select reference from communique where reference is not null").getValues(0,
                                String.class);
                assertThat(references).doesNotHaveDuplicates();
            }
            assertThat(((Set<?>) first.get("communiques"))).isNotEmpty();
        }

        private static Map<String, Object> snapshot(Installation side) {
            var dsl = side.services.database().dsl();
            Map<String, Object> all = new TreeMap<>();
            for (String table : List.of("communique", "revision", "approval", "review_comment", "status_change")) {
                all.put(table.equals("communique") ? "communiques" : table,
                        new TreeSet<>(dsl.fetch("select uuid from " + table).getValues(0, UUID.class)));
            }
            all.put("tags", new TreeSet<>(dsl.fetch("select c.uuid || ':' || t.kind || ':' || t.label_key "
                    + "from communique_tag l join communique c on c.id = l.communique_id "
                    + "join tag t on t.id = l.tag_id").getValues(0, String.class)));
            return all;
        }

        /** Approvals whose revision's text no longer hashes as it did when approved. */
        private static int approvedTextsUnchanged(Installation side) {
            return side.services.database().dsl()
                    .fetch("select a.id from approval a join revision r on r.id = a.revision_id "
                            + "where a.content_sha256 <> r.content_sha256").size();
        }
    }
}
