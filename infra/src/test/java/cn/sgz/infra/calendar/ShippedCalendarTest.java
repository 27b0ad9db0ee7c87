package cn.sgz.infra.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.calendar.CalendarCommands.Day;
import cn.sgz.infra.calendar.CalendarCommands.DayKind;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.infra.time.BusinessCalendar.CalendarYear;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The calendar shipped with the service, on dates whose answer is known from the State Council's notices. */
class ShippedCalendarTest {
    static final BusinessCalendar CALENDAR = shipped();

    @Test
    void makeUpWorkdaysAndHolidaysOverrideTheWeek() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-02-14")))
                .as("Saturday, make-up workday")
                .isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-01")))
                .as("National Day")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-07")))
                .as("Wednesday, still off")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-10")))
                .as("Saturday, make-up workday")
                .isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2026-10-11")))
                .as("an ordinary Sunday")
                .isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-02-04")))
                .as("Sunday, make-up workday")
                .isTrue();
        assertThat(CALENDAR.confirmed(2024)).isTrue();
        assertThat(CALENDAR.confirmed(2026)).isTrue();
    }

    @Test
    void workingDaysAreCountedAcrossTheGoldenWeek() {
        var lastBefore = LocalDate.parse("2026-09-30");
        assertThat(CALENDAR.plusWorkingDays(lastBefore, 1)).isEqualTo(LocalDate.parse("2026-10-08"));
        assertThat(CALENDAR.plusWorkingDays(lastBefore, 3)).isEqualTo(LocalDate.parse("2026-10-10"));
        // seven working days from a complaint received on the eve of the Spring Festival
        assertThat(CALENDAR.plusWorkingDays(LocalDate.parse("2026-02-13"), 7)).isEqualTo(LocalDate.parse("2026-03-02"));
    }

    @Test
    void theDayOfAnInstantIsTheDayInBeijing() {
        // 17:00 UTC on the 13th is already 01:00 on Saturday the 14th in Beijing (a make-up workday)
        Instant start = Instant.parse("2026-02-13T17:00:00Z");
        assertThat(CALENDAR.endOfWorkingDays(start, 1))
                .isEqualTo(OffsetDateTime.parse("2026-02-25T00:00:00+08:00").toInstant());
        assertThat(CALENDAR.endOfWorkingDays(Instant.parse("2026-02-13T15:59:00Z"), 1))
                .isEqualTo(OffsetDateTime.parse("2026-02-15T00:00:00+08:00").toInstant());
    }

    @Test
    void aYearWithoutASchedulesFallsBackToTheWeekAndSaysSo() {
        assertThat(CALENDAR.confirmed(2027)).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-01-01")))
                .as("a Friday, holiday not yet known")
                .isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2027-01-02"))).isFalse();
    }

    static BusinessCalendar shipped() {
        var years = new HashMap<Integer, CalendarYear>();
        Calendars.shipped()
                .forEach((year, days) -> years.put(
                        year,
                        new CalendarYear(
                                year,
                                days.stream()
                                        .filter(d -> d.kind() == DayKind.OFF)
                                        .map(Day::date)
                                        .collect(Collectors.toSet()),
                                days.stream()
                                        .filter(d -> d.kind() == DayKind.WORK)
                                        .map(Day::date)
                                        .collect(Collectors.toSet()))));
        return new BusinessCalendar(years);
    }
}
