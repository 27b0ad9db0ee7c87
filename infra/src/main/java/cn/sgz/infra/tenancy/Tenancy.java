package cn.sgz.infra.tenancy;

import cn.sgz.infra.error.DomainException;
import java.util.Optional;

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
