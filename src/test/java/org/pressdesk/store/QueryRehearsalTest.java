package org.pressdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rehearsal's statements are the ones a command meets first, rendered as H2 will be given them: each must be a
 * statement H2 accepts on the migrated schema, or the rehearsal loads classes for nothing and hides a drift.
 */
class QueryRehearsalTest {
    @Test
    void everyRehearsedStatementIsOneH2PreparesOnTheMigratedSchema() {
        List<String> statements = QueryRehearsal.run();

        assertThat(statements).hasSize(7);
        assertThat(String.join("\n", statements).toLowerCase())
                .contains("sign_in_throttle", "for update", "user_account", "audit_event", "order by");
        Database database = Database.inMemory("rehearsal");
        try {
            database.dsl().connection(connection -> {
                for (String sql : statements) {
                    try (PreparedStatement prepared = connection.prepareStatement(sql)) {
                        assertThat(prepared.getParameterMetaData().getParameterCount()).as(sql).isPositive();
                    }
                }
            });
        } finally {
            database.close();
        }
    }
}
