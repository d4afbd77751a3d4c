package org.pressdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressdesk.domain.AuditKind;
import org.pressdesk.testing.TestOffice;

/** The audit entries of a large import are written in several statements, still as one chain, in one commit. */
class LargeAuditBatchTest {
    @TempDir
    Path tempDir;

    @Test
    void elevenThousandTwoHundredEntriesAreRecordedAndTheChainHolds() {
        try (TestOffice office = TestOffice.open(tempDir)) {
            int before = office.auditEvents();
            Map<Long, String> details = new LinkedHashMap<>();
            for (long id = 1; id <= 11_200; id++) {
                details.put(id, "revision=1 import=archive.txt");
            }
            office.services().audit().recordAll(office.admin(), AuditKind.COMMUNIQUE_CREATED, details);

            assertThat(office.auditEvents()).isEqualTo(before + 11_200);
            assertThat(office.services().auditVerifier().verify().intact()).isTrue();
        }
    }
}
