package cn.sgz.infra.calendar;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** An administrator's schedule for one year: every day off and every make-up workday it has. */
public final class CalendarCommands {
    private CalendarCommands() {}

    /** OFF: a holiday, even on a weekday; WORK: a make-up workday, even on a weekend. */
    public enum DayKind {
        OFF,
        WORK
    }

    public record Day(LocalDate date, DayKind kind, String name) {
        public Day {
            Check.present("date", date);
            Check.present("kind", kind);
            name = Check.text("name", name, 20);
        }
    }

    public record SetYear(int year, List<Day> days) {
        public SetYear {
            Check.range("year", year, 2000, 2100);
            days = List.copyOf(Check.present("days", days));
            if (days.size() > 366) {
                throw DomainException.invalid("days", "days 不能超过 366 天");
            }
            var seen = new HashSet<LocalDate>();
            for (int i = 0; i < days.size(); i++) {
                var day = days.get(i);
                if (day.date().getYear() != year) {
                    throw DomainException.invalid("days[" + i + "].date", "days[" + i + "].date 不在 " + year + " 年内");
                }
                if (!seen.add(day.date())) {
                    throw DomainException.invalid("days[" + i + "].date", "days[" + i + "].date 与前面的一天重复");
                }
            }
        }
    }
}
