package cn.sgz.infra.deadline;

import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.time.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How long a kind of deadline runs: calendar hours, or to the end of the Nth working day after the
 * start; and when to warn, as the share of the time still left (0.25: a quarter of it).
 */
public record DeadlinePolicy(Mode mode, int amount, BigDecimal warnShare) {
    /** The contract's clocks, where a project has not set its own. */
    public static final Map<String, DeadlinePolicy> DEFAULTS = Map.of(
            "EVALUATE", new DeadlinePolicy(Mode.HOURS, 48, new BigDecimal("0.25")),
            "EMERGENCY_RESPONSE", new DeadlinePolicy(Mode.HOURS, 24, new BigDecimal("0.25")),
            "REPLY", new DeadlinePolicy(Mode.WORKING_DAYS, 7, new BigDecimal("0.25")),
            "FIRST_REPLY", new DeadlinePolicy(Mode.WORKING_DAYS, 4, new BigDecimal("0.25")));

    public enum Mode {
        HOURS,
        WORKING_DAYS
    }

    public DeadlinePolicy {
        Check.present("mode", mode);
        Check.range("amount", amount, 1, mode == Mode.HOURS ? 8760 : 365);
        Check.present("warnShare", warnShare);
        if (warnShare.signum() <= 0 || warnShare.compareTo(BigDecimal.ONE) >= 0 || warnShare.scale() > 2) {
            throw DomainException.invalid("warnShare", "warnShare 须大于 0、小于 1，至多两位小数");
        }
    }

    /** When a deadline started at {@code start} is due. */
    public Instant dueAt(Instant start, BusinessCalendar calendar) {
        return switch (mode) {
            case HOURS -> start.plus(Duration.ofHours(amount));
            case WORKING_DAYS -> calendar.endOfWorkingDays(start, amount);
        };
    }

    /** When to warn: once only {@code warnShare} of the time from start to due is left. */
    public Instant warnAt(Instant start, Instant due) {
        var total = Duration.between(start, due).toMillis();
        var left = BigDecimal.valueOf(total).multiply(warnShare).longValue();
        return due.minusMillis(left);
    }
}
