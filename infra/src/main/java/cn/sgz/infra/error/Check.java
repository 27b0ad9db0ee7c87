package cn.sgz.infra.error;

import java.util.UUID;
import java.util.regex.Pattern;

/** Input checks for command records' compact constructors; each failure names the field. */
public final class Check {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Check() {}

    public static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, field + " 不能为空");
        }
        var trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw DomainException.invalid(field, field + " 不能超过 " + maxLength + " 个字符");
        }
        return trimmed;
    }

    /** Null for a missing or blank value, else the value checked as {@link #text}. */
    public static String optionalText(String field, String value, int maxLength) {
        return value == null || value.isBlank() ? null : text(field, value, maxLength);
    }

    public static String matches(String field, String value, Pattern pattern, String expected) {
        var checked = text(field, value, 200);
        if (!pattern.matcher(checked).matches()) {
            throw DomainException.invalid(field, field + " 格式不正确：" + expected);
        }
        return checked;
    }

    public static int range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw DomainException.invalid(field, field + " 必须在 " + min + " 到 " + max + " 之间");
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw DomainException.invalid(field, field + " 不能为空");
        }
        return value;
    }

    /** Parses a client-supplied id; a malformed one is bad input, not a server error. */
    public static UUID id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field, field + " 不能为空");
        }
        var stripped = value.strip();
        if (!UUID_TEXT.matcher(stripped).matches()) {
            throw DomainException.invalid(field, field + " 不是有效的编号");
        }
        return UUID.fromString(stripped);
    }
}
