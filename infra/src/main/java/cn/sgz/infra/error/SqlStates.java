package cn.sgz.infra.error;

import java.sql.SQLException;

/** Recognises the PostgreSQL errors the application turns into domain errors. */
public final class SqlStates {
    public static final String UNIQUE_VIOLATION = "23505";
    public static final String FOREIGN_KEY_VIOLATION = "23503";
    public static final String CHECK_VIOLATION = "23514";
    public static final String EXCLUSION_VIOLATION = "23P01";
    public static final String INSUFFICIENT_PRIVILEGE = "42501";

    private SqlStates() {}

    /** The SQL state of the first {@link SQLException} in the cause chain, or null. */
    public static String of(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    public static boolean is(Throwable error, String state) {
        return state.equals(of(error));
    }
}
