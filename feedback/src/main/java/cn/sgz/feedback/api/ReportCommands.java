package cn.sgz.feedback.api;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import io.micronaut.core.annotation.Nullable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Monthly reports: the draft a station writes, and the steps it takes. */
public final class ReportCommands {
    private ReportCommands() {}

    /** A month written {@code 2026-11}; anything else is BAD_USER_INPUT naming {@code field}. */
    public static YearMonth month(String field, @Nullable String text) {
        try {
            var month = YearMonth.parse(Check.text(field, text, 7));
            if (month.getYear() < 2000 || month.getYear() > 2100) {
                throw DomainException.invalid(field, field + " 年份超出范围");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(field, field + " 格式应为 2026-11 这样的月份");
        }
    }

    /** The whole draft, written on the version it was read at (0 for a report not yet begun). */
    public record Save(
            UUID stationId,
            YearMonth month,
            int version,
            String serviceSummary,
            @Nullable String feedbackSummary,
            @Nullable String problems,
            @Nullable String improvements) {
        public Save {
            Check.present("stationId", stationId);
            Check.present("month", month);
            Check.range("version", version, 0, Integer.MAX_VALUE);
            serviceSummary = Check.text("serviceSummary", serviceSummary, 4000);
            feedbackSummary = Check.optionalText("feedbackSummary", feedbackSummary, 4000);
            problems = Check.optionalText("problems", problems, 4000);
            improvements = Check.optionalText("improvements", improvements, 4000);
        }
    }

    public record Step(
            UUID stationId,
            YearMonth month,
            int version,
            @Nullable String comment) {
        public Step {
            Check.present("stationId", stationId);
            Check.present("month", month);
            Check.range("version", version, 1, Integer.MAX_VALUE);
            comment = Check.optionalText("comment", comment, 4000);
        }
    }
}
