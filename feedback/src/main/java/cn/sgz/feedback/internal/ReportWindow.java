package cn.sgz.feedback.internal;

import cn.sgz.infra.time.BusinessCalendar;
import java.time.Instant;
import java.time.YearMonth;

/** When a month's report is due: the end of the 15th of the next month, Beijing time. */
final class ReportWindow {
    private ReportWindow() {}

    static Instant dueAt(YearMonth month) {
        return month.plusMonths(1).atDay(16).atStartOfDay(BusinessCalendar.ZONE).toInstant();
    }

    static boolean late(YearMonth month, Instant submittedAt) {
        return !submittedAt.isBefore(dueAt(month));
    }
}
