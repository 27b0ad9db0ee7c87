package cn.sgz.infra.error;

/** The machine-readable codes a client sees in {@code extensions.code}. */
public enum ErrorCode {
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    BAD_USER_INPUT,
    CONFLICT,
    RATE_LIMITED,
    INTERNAL
}
