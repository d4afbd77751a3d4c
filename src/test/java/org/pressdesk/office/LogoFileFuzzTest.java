package org.pressdesk.office;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.pressdesk.domain.Logo;
import org.pressdesk.testing.FuzzOutcome;

/**
 * Any bytes offered as an office's logo become a PNG or JPEG logo, or are refused with a translated reason; the
 * image decoders' own exceptions never reach the user. Corpus in LogoFileFuzzTestInputs; {@code JAZZER_FUZZ=1}
 * explores further.
 */
public class LogoFileFuzzTest {
    @FuzzTest(maxDuration = "5s")
    void anyLogoIsAcceptedOrRefusedWithAReason(byte[] bytes) {
        Logo[] accepted = new Logo[1];
        if (FuzzOutcome.refusedClearlyOrDone(() -> accepted[0] = LogoFiles.check(bytes, "logo")) == null) {
            assertThat(accepted[0].mediaType()).isIn(Logo.PNG, Logo.JPEG);
        }
    }

    /** The entry point of Jazzer's command line, for runs longer than the suite's (docs/benchmarks.md). */
    public static void fuzzerTestOneInput(byte[] bytes) {
        new LogoFileFuzzTest().anyLogoIsAcceptedOrRefusedWithAReason(bytes);
    }
}
