package cn.sgz.infra.error;

import java.util.function.Supplier;

/**
 * The one place where a constraint the database refused becomes a domain error: a write runs
 * under {@link #guard}, and each SQL state it may meet is given its meaning for the caller. Any
 * other failure passes unchanged (and reaches the client as INTERNAL).
 */
public final class Constraints {
    private Constraints() {}

    /** What a refusal of one SQL state means to the caller. */
    public record Meaning(String sqlState, Supplier<DomainException> error) {}

    /** A unique constraint: the record exists already (CONFLICT). */
    public static Meaning unique(String message) {
        return new Meaning(SqlStates.UNIQUE_VIOLATION, () -> DomainException.conflict(message));
    }

    /** An exclusion constraint: the record overlaps another (CONFLICT). */
    public static Meaning overlap(String message) {
        return new Meaning(SqlStates.EXCLUSION_VIOLATION, () -> DomainException.conflict(message));
    }

    /** A foreign key: the record refers to one that does not exist (NOT_FOUND). */
    public static Meaning reference(String message) {
        return new Meaning(SqlStates.FOREIGN_KEY_VIOLATION, () -> DomainException.notFound(message));
    }

    public static <T> T guard(Supplier<T> write, Meaning... meanings) {
        try {
            return write.get();
        } catch (RuntimeException e) {
            var state = SqlStates.of(e);
            for (var meaning : meanings) {
                if (meaning.sqlState().equals(state)) {
                    throw meaning.error().get();
                }
            }
            throw e;
        }
    }

    public static void guard(Runnable write, Meaning... meanings) {
        guard(
                () -> {
                    write.run();
                    return null;
                },
                meanings);
    }
}
