package cn.sgz.infra.error;

import io.micronaut.core.annotation.Nullable;

/**
 * The one base of every expected failure: it carries a code and a Simplified Chinese message that
 * are shown to the client as they are, and optionally the input field at fault.
 */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final @Nullable String field;

    public DomainException(ErrorCode code, String message, @Nullable String field) {
        super(message, null, false, false);
        this.code = code;
        this.field = field;
    }

    public DomainException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ErrorCode code() {
        return code;
    }

    public @Nullable String field() {
        return field;
    }

    public static DomainException unauthenticated() {
        return new DomainException(ErrorCode.UNAUTHENTICATED, "请先登录");
    }

    public static DomainException unauthenticatedBecause(String message) {
        return new DomainException(ErrorCode.UNAUTHENTICATED, message);
    }

    public static DomainException forbidden(String message) {
        return new DomainException(ErrorCode.FORBIDDEN, message);
    }

    public static DomainException notFound(String message) {
        return new DomainException(ErrorCode.NOT_FOUND, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(ErrorCode.CONFLICT, message);
    }

    /**
     * CONFLICT for a write made on an older version than the one stored: the subject (e.g. 事件)
     * changed since the caller read it, and the message says which version is current.
     */
    public static DomainException stale(String subject, long currentVersion) {
        return conflict(subject + "已被他人修改（当前版本 " + currentVersion + "），请刷新后再操作");
    }

    public static DomainException invalid(String field, String message) {
        return new DomainException(ErrorCode.BAD_USER_INPUT, message, field);
    }
}
