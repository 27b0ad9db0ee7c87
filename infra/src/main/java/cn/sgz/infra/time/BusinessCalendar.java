package cn.sgz.infra.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The PRC working-day calendar, without I/O: statutory holidays are off even on a weekday,
 * make-up workdays (调休) are working days even on a weekend, every other day follows Monday to
 * Friday. A year without a published schedule falls back to Monday to Friday alone and says so
 * ({@link #confirmed(int)}). Days end at midnight Beijing time.
 */
public final class BusinessCalendar {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<Integer, CalendarYear> years;

    public BusinessCalendar(Map<Integer, CalendarYear> years) {
        this.years = Map.copyOf(years);
    }

    /** One year's schedule: the days off and the make-up workdays it lists. */
    public record CalendarYear(int year, Set<LocalDate> offDays, Set<LocalDate> workDays) {
        public CalendarYear {
            offDays = Set.copyOf(offDays);
            workDays = Set.copyOf(workDays);
        }
    }

    /** Whether the year's holidays are known (shipped or loaded by an administrator). */
    public boolean confirmed(int year) {
        return years.containsKey(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        var schedule = years.get(day.getYear());
        if (schedule != null) {
            if (schedule.offDays().contains(day)) {
                return false;
            }
            if (schedule.workDays().contains(day)) {
                return true;
            }
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** The {@code n}th working day after {@code day} (n ≥ 1; the day itself does not count). */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        var current = day;
        for (int found = 0; found < n; ) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                found++;
            }
        }
        return current;
    }

    /** The end (midnight, Beijing time) of the {@code n}th working day after the day of {@code start}. */
    public Instant endOfWorkingDays(Instant start, int n) {
        var day = start.atZone(ZONE).toLocalDate();
        return plusWorkingDays(day, n).plusDays(1).atStartOfDay(ZONE).toInstant();
    }
}
