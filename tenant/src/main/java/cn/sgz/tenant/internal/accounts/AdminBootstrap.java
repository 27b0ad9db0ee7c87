package cn.sgz.tenant.internal.accounts;

import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Commands;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first platform admin of a new installation: with SGZ_BOOTSTRAP_ADMIN_PASSWORD set, creates
 * the user (SGZ_BOOTSTRAP_ADMIN_USERNAME, default {@code admin}) at start-up if it does not exist.
 * An existing user is never touched, so the variable can stay set.
 */
@Singleton
@Requires(property = "sgz.bootstrap.admin-password")
class AdminBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final AccountRepository users;
    private final TransactionOperations<Connection> transactions;
    private final String username;
    private final String password;

    AdminBootstrap(
            Accounts accounts,
            AccountRepository users,
            TransactionOperations<Connection> transactions,
            @Value("${sgz.bootstrap.admin-username:admin}") String username,
            @Value("${sgz.bootstrap.admin-password}") String password) {
        this.accounts = accounts;
        this.users = users;
        this.transactions = transactions;
        this.username = username;
        this.password = password;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Tenancy.runAs(
                Scope.system(),
                () -> transactions.executeWrite(status -> {
                    if (users.account(username, null).isEmpty()) {
                        var admin = accounts.createUser(new Commands.NewUser(username, "平台管理员", password));
                        accounts.grant(new Commands.NewGrant(admin.id(), Role.PLATFORM_ADMIN, null, null, null));
                        LOG.info("已创建平台管理员 {}", username);
                    }
                    return null;
                }));
    }
}
