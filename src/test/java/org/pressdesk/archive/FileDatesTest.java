package org.pressdesk.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The publication day that an export's file name gives, or none. */
class FileDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            communique-2024-12-09.txt | 2024-12-09
            CP_20241209.docx          | 2024-12-09
            bip_2025.06.30_audience.txt | 2025-06-30
            bip-maeci-2026.txt        | -
            releve-2024-13-40.txt     | -
            archive-20240231.txt      | -
            """)
    void readsTheDayInTheFileName(String name, String expected) {
        assertThat(FileDates.fromName(name).orElse(null)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }
}
