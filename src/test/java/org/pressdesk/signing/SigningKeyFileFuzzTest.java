package org.pressdesk.signing;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.pressdesk.testing.FuzzOutcome;

/**
 * Any bytes offered as an office's PKCS#12 signing key give a key with its certificate chain, or are refused with a
 * translated reason (damaged, wrong password, no key). The corpus files (made by bench.FuzzCorpus) open with
 * {@link #PASSWORD}; {@code JAZZER_FUZZ=1} explores further.
 */
public class SigningKeyFileFuzzTest {
    static final String PASSWORD = "corpus-password";

    @FuzzTest(maxDuration = "5s")
    void anySigningKeyFileIsReadOrRefusedWithAReason(byte[] file) {
        SigningKey[] read = new SigningKey[1];
        if (FuzzOutcome.refusedClearlyOrDone(() -> read[0] = Pkcs12Files.read(file, PASSWORD.toCharArray(),
                "bureau.p12")) == null) {
            assertThat(read[0].chain()).isNotEmpty();
            assertThat(read[0].privateKey()).isNotNull();
        }
    }

    /** The entry point of Jazzer's command line, for runs longer than the suite's (docs/benchmarks.md). */
    public static void fuzzerTestOneInput(byte[] file) {
        new SigningKeyFileFuzzTest().anySigningKeyFileIsReadOrRefusedWithAReason(file);
    }
}
