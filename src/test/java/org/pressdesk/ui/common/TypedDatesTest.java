package org.pressdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pressdesk.i18n.Messages;

/** Dates as typed in each interface language, and dates as shown: the rules, without a toolkit. */
class TypedDatesTest {
    private static final TypedDates FRENCH = new TypedDates(Locale.FRENCH);
    private static final TypedDates ENGLISH = new TypedDates(Locale.ENGLISH);

    @ParameterizedTest(name = "fr \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "2/3/2026|2026-03-02", "02/03/2026|2026-03-02", "2.3.26|2026-03-02", "2-3-2026|2026-03-02",
        "2026-03-02|2026-03-02", "2 mars 2026|2026-03-02", "3 déc. 2026|2026-12-03", "31/12/2026|2026-12-31"})
    void frenchReadsTheDayFirst(String typed, LocalDate expected) {
        assertThat(FRENCH.parse(typed)).contains(expected);
    }

    @ParameterizedTest(name = "en \"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "2/3/2026|2026-02-03", "02/03/2026|2026-02-03", "2/3/26|2026-02-03", "12/31/2026|2026-12-31",
        "2026-02-03|2026-02-03", "Feb 3, 2026|2026-02-03", "February 3, 2026|2026-02-03"})
    void englishReadsTheMonthFirst(String typed, LocalDate expected) {
        assertThat(ENGLISH.parse(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is no date")
    @CsvSource(delimiter = '|', value = {"31/31/2026", "30/02/2026", "demain", "3/2", "2026", "12/31/2026x"})
    void whatIsNoDateIsSaidSoRatherThanGuessed(String typed) {
        assertThat(FRENCH.parse(typed)).isEmpty();
    }

    @Test
    void anEnglishDayAfterTheTwelfthIsNoMonth() {
        assertThat(ENGLISH.parse("13/1/2026")).isEmpty();
    }

    @Test
    void datesAreShownWithAFourDigitYearInTheLanguagesOrder() {
        LocalDate day = LocalDate.of(2026, 2, 3);
        assertThat(FRENCH.format(day)).isEqualTo("03/02/2026");
        assertThat(ENGLISH.format(day)).isEqualTo("02/03/2026");
        assertThat(ENGLISH.parse(ENGLISH.format(day))).contains(day);
        assertThat(FRENCH.parse(FRENCH.format(day))).contains(day);
    }

    @Test
    void listsAndDialogsShowMediumDatesAndReadableTimesNeverIso() {
        LocalDate day = LocalDate.of(2026, 12, 3);
        assertThat(Messages.forLocale(Locale.FRENCH).day(day)).isEqualTo("3 déc. 2026");
        assertThat(Messages.forLocale(Locale.ENGLISH).day(day)).isEqualTo("Dec 3, 2026");
        var at = ZonedDateTime.of(2026, 12, 3, 17, 40, 0, 0, ZoneId.systemDefault()).toInstant();
        assertThat(Messages.forLocale(Locale.FRENCH).moment(at)).startsWith("3 déc. 2026").contains("17:40")
                .doesNotContain("T17").doesNotContain("Z");
        assertThat(Messages.forLocale(Locale.ENGLISH).moment(at)).startsWith("Dec 3, 2026").contains("5:40");
    }
}
