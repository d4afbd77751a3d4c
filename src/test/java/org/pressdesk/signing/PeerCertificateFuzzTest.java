package org.pressdesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.security.cert.X509Certificate;
import org.pressdesk.testing.FuzzOutcome;

/**
 * Any bytes offered as a peer's exchange certificate (PEM or DER) give an installation, its name and a fingerprint
 * to compare, or are refused with a translated reason. Corpus in PeerCertificateFuzzTestInputs (made by
 * bench.FuzzCorpus); {@code JAZZER_FUZZ=1} explores further.
 */
public class PeerCertificateFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void anyPeerCertificateIsReadOrRefusedWithAReason(byte[] file) {
        FuzzOutcome.refusedClearlyOrDone(() -> {
            X509Certificate certificate = InstallationKeys.read(file);
            InstallationKeys.Subject subject = InstallationKeys.subject(certificate);
            assertThat(subject.installation()).isNotNull();
            assertThat(InstallationKeys.fingerprint(certificate)).isNotBlank();
        });
    }

    /** The entry point of Jazzer's command line, for runs longer than the suite's (docs/benchmarks.md). */
    public static void fuzzerTestOneInput(byte[] file) {
        new PeerCertificateFuzzTest().anyPeerCertificateIsReadOrRefusedWithAReason(file);
    }
}
