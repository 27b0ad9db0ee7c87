package cn.sgz.infra.tenancy;

import cn.sgz.infra.error.DomainException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * The caller's scope for the work in progress, bound with a {@link ScopedValue} around a whole
 * GraphQL request (or a background job), and read by {@link ScopedDataSource} whenever a connection
 * is borrowed. Nothing else sets the database's view of the tenant.
 */
public final class Tenancy {
    private static final ScopedValue<Scope> CURRENT = ScopedValue.newInstance();

    private Tenancy() {}

    public static <T, X extends Throwable> T callAs(Scope scope, ScopedValue.CallableOp<T, X> work) throws X {
        return ScopedValue.where(CURRENT, scope).call(work);
    }

    public static void runAs(Scope scope, Runnable work) {
        ScopedValue.where(CURRENT, scope).run(work);
    }

    public static Optional<Scope> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
    }

    /**
     * Starts work on a new virtual thread under the caller's scope (or none), for reads that may run
     * side by side; the caller {@link #join}s it before its own work ends. The work borrows its own
     * connection, so the caller should hold none while it waits (or the pool could run dry).
     */
    public static <T> Future<T> fork(Callable<T> work) {
        var scope = current().orElse(null);
        var task = new FutureTask<T>(() -> scope == null ? work.call() : callAs(scope, work::call));
        Thread.ofVirtual().name("tenancy-fork").start(task);
        return task;
    }

    /** What forked work returned; its failure is thrown again as it was thrown. */
    public static <T> T join(Future<T> forked) {
        try {
            return forked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for forked work", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case RuntimeException failure -> throw failure;
                case Error failure -> throw failure;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    /** The caller, or UNAUTHENTICATED. */
    public static Scope require() {
        return current().orElseThrow(DomainException::unauthenticated);
    }

    /** The caller if it is a platform admin, else FORBIDDEN. */
    public static Scope requireAdmin() {
        var scope = require();
        if (!scope.isAdmin()) {
            throw DomainException.forbidden("仅平台管理员可以执行此操作");
        }
        return scope;
    }
}
