package cn.sgz.tenant.internal.accounts;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.GrantView;
import cn.sgz.tenant.api.GrantsChanged;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.Renewal;
import cn.sgz.tenant.api.UserView;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.connection.annotation.Connectable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads run on one connection in autocommit ({@code @Connectable}); each change is one transaction. */
@Singleton
class AccountService implements Accounts {

    private final AccountRepository repository;
    private final AuthQueries queries;
    private final RefreshTokens refreshTokens;
    private final Organisation organisation;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher<GrantsChanged> grantEvents;

    AccountService(
            AccountRepository repository,
            AuthQueries queries,
            RefreshTokens refreshTokens,
            Organisation organisation,
            PasswordHasher hasher,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher<GrantsChanged> grantEvents) {
        this.repository = repository;
        this.queries = queries;
        this.refreshTokens = refreshTokens;
        this.organisation = organisation;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.grantEvents = grantEvents;
    }

    @Override
    @Connectable
    public Optional<UserView> authenticate(String username, String password) {
        var account = repository.account(username, null);
        if (account.isEmpty()) {
            hasher.matchDecoy(password);
            return Optional.empty();
        }
        var user = account.get();
        if (!hasher.matches(password, user.passwordHash()) || !user.enabled()) {
            return Optional.empty();
        }
        return Optional.of(view(user));
    }

    @Override
    @Connectable
    public Optional<UserView> enabledUser(String username) {
        return repository.account(username, null).filter(UserRow::enabled).map(AccountService::view);
    }

    @Override
    @Connectable
    public Scope scopeOf(UUID userId, String username) {
        return queries.scope(userId, username);
    }

    @Override
    @Connectable
    public Optional<UserView> me() {
        return repository.user(Tenancy.require().userId());
    }

    @Override
    @Connectable
    public List<GrantView> grantsOf(UUID userId) {
        Tenancy.require();
        return repository.grantsOf(userId);
    }

    @Override
    public List<UUID> managersOf(UUID projectId) {
        Tenancy.requireAdmin();
        return repository.managersOf(projectId);
    }

    @Override
    @Transactional
    public UserView createUser(Commands.NewUser command) {
        Tenancy.requireAdmin();
        var user = new UserView(UUID.randomUUID(), command.username(), command.displayName(), true);
        var hash = hasher.hash(command.password());
        Constraints.guard(
                () -> repository.insertUser(user.id(), user.username(), user.displayName(), hash),
                Constraints.unique("用户名已被使用"));
        audit.record(new AuditEntry(
                "USER_CREATED",
                null,
                "User",
                user.id().toString(),
                java.util.Map.of("username", user.username(), "displayName", user.displayName())));
        return user;
    }

    @Override
    @Transactional
    public GrantView grant(Commands.NewGrant command) {
        Tenancy.requireAdmin();
        if (repository.user(command.userId()).isEmpty()) {
            throw DomainException.notFound("用户不存在");
        }
        checkTargetExists(command);
        var grant = new GrantView(
                UUID.randomUUID(),
                command.userId(),
                command.role(),
                command.bureauId(),
                command.projectId(),
                command.stationId());
        Constraints.guard(
                () -> repository.insertGrant(
                        grant.id(),
                        grant.userId(),
                        grant.role().name(),
                        grant.bureauId(),
                        grant.projectId(),
                        grant.stationId()),
                Constraints.unique("该用户已有相同的授权"));
        audit.record(new AuditEntry(
                "ROLE_GRANTED", grant.stationId(), "RoleGrant", grant.id().toString(), changes(grant)));
        grantEvents.publishEvent(new GrantsChanged(grant.userId()));
        return grant;
    }

    private void checkTargetExists(Commands.NewGrant command) {
        if (command.bureauId() != null
                && organisation.bureausByIds(List.of(command.bureauId())).isEmpty()) {
            throw DomainException.notFound("民政局不存在");
        }
        if (command.projectId() != null
                && organisation.projectsByIds(List.of(command.projectId())).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        if (command.stationId() != null
                && organisation.stationsByIds(List.of(command.stationId())).isEmpty()) {
            throw DomainException.notFound("站点不存在");
        }
    }

    @Override
    @Transactional
    public void revokeGrant(UUID grantId) {
        Tenancy.requireAdmin();
        var grant = repository.grant(grantId).orElseThrow(() -> DomainException.notFound("授权不存在"));
        repository.deleteGrant(grantId);
        audit.record(
                new AuditEntry("ROLE_REVOKED", grant.stationId(), "RoleGrant", grantId.toString(), changes(grant)));
        grantEvents.publishEvent(new GrantsChanged(grant.userId()));
    }

    private static HashMap<String, Object> changes(GrantView grant) {
        var changes = new HashMap<String, Object>();
        changes.put("userId", grant.userId().toString());
        changes.put("role", grant.role().name());
        changes.put(
                "bureauId", grant.bureauId() == null ? null : grant.bureauId().toString());
        changes.put(
                "projectId",
                grant.projectId() == null ? null : grant.projectId().toString());
        changes.put(
                "stationId",
                grant.stationId() == null ? null : grant.stationId().toString());
        return changes;
    }

    @Override
    public String issueRefreshToken(UUID userId) {
        return refreshTokens.startSession(userId);
    }

    @Override
    @Transactional
    public Optional<Renewal> renewRefreshToken(String token) {
        return refreshTokens
                .renew(token)
                .flatMap(renewed -> repository
                        .account(null, renewed.userId())
                        .filter(UserRow::enabled)
                        .map(user -> new Renewal(view(user), renewed.token())));
    }

    @Override
    public void revokeRefreshToken(String token, UUID owner) {
        refreshTokens.endSession(token, owner);
    }

    @Override
    @Transactional
    public void revokeAccessToken(String tokenId, java.time.Instant expiresAt) {
        repository.insertRevokedAccessToken(tokenId, expiresAt);
    }

    @Override
    @Connectable
    public boolean isAccessTokenRevoked(String tokenId) {
        return repository.accessTokenRevoked(tokenId, clock.instant());
    }

    private static UserView view(UserRow row) {
        return new UserView(row.id(), row.username(), row.displayName(), row.enabled());
    }
}
