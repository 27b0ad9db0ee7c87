package cn.sgz.infra.tenancy;

import cn.sgz.infra.error.DomainException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

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

    /**
     * Starts reads on their own virtual thread, with the caller's scope bound there as well (or
     * none, as here), so that they run at once on separate connections. Join with {@link #join}.
     * Only for reads outside a transaction: forked work neither sees a transaction's uncommitted
     * rows nor may it wait for a connection while the caller holds one.
     */
    public static <T> CompletableFuture<T> fork(Supplier<T> work) {
        var scope = current();
        var forked = new CompletableFuture<T>();
        Thread.ofVirtual().name("sgz-fork").start(() -> {
            try {
                forked.complete(scope.isPresent() ? callAs(scope.get(), work::get) : work.get());
            } catch (Throwable e) {
                forked.completeExceptionally(e);
            }
        });
        return forked;
    }

    /** What forked work returned, or the exception it threw, as it threw it. */
    public static <T> T join(CompletableFuture<T> forked) {
        try {
            return forked.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    public static Optional<Scope> current() {
        return CURRENT.isBound() ? Optional.of(CURRENT.get()) : Optional.empty();
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
