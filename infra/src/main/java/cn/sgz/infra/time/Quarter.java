package cn.sgz.infra.time;

import cn.sgz.infra.error.DomainException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026Q1}. */
public record Quarter(int year, int number) {
    private static final Pattern CODE = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (year < 2000 || year > 2100 || number < 1 || number > 4) {
            throw new IllegalArgumentException("no such quarter: " + year + "Q" + number);
        }
    }

    /** Parses a client's quarter code; a malformed one is BAD_USER_INPUT naming {@code field}. */
    public static Quarter parse(String field, String code) {
        var matcher = code == null ? null : CODE.matcher(code.strip());
        if (matcher == null || !matcher.matches()) {
            throw DomainException.invalid(field, field + " 格式应为 2026Q1 这样的季度");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 2000 || year > 2100) {
            throw DomainException.invalid(field, field + " 年份超出范围");
        }
        return new Quarter(year, Integer.parseInt(matcher.group(2)));
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
