package cn.sgz.app.security;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.UserView;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Issues the token pair after a login or a refresh, and revokes it at logout. */
@Singleton
class TokenService {
    private final TokenGenerator tokens;
    private final Accounts accounts;
    private final RevokedTokens revokedTokens;
    private final Duration accessTokenLifetime;

    TokenService(
            TokenGenerator tokens,
            Accounts accounts,
            RevokedTokens revokedTokens,
            @Value("${sgz.auth.access-token-lifetime:15m}") Duration accessTokenLifetime) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.revokedTokens = revokedTokens;
        this.accessTokenLifetime = accessTokenLifetime;
    }

    /** At login: a new session. */
    AuthPayload issue(UserView user) {
        return issue(user, accounts.issueRefreshToken(user.id()));
    }

    private AuthPayload issue(UserView user, String refreshToken) {
        var scope = accounts.scopeOf(user);
        var roles = scope.roles().stream().map(Enum::name).sorted().toList();
        var authentication = Authentication.build(
                user.username(), roles, TokenClaims.of(scope, UUID.randomUUID().toString()));
        var accessToken = tokens.generateToken(authentication, (int) accessTokenLifetime.toSeconds())
                .orElseThrow(() -> new DomainException(ErrorCode.INTERNAL, "未配置内置登录的签名密钥"));
        return new AuthPayload(
                scope,
                accessToken,
                refreshToken,
                "Bearer",
                (int) accessTokenLifetime.toSeconds(),
                new AuthenticatedUser(user.id(), user.username(), user.displayName(), roles));
    }

    AuthPayload refresh(String refreshToken) {
        return accounts.renewRefreshToken(refreshToken)
                .map(renewal -> issue(renewal.user(), renewal.refreshToken()))
                .orElseThrow(() -> new DomainException(ErrorCode.UNAUTHENTICATED, "刷新令牌无效或已过期，请重新登录"));
    }

    /**
     * Ends the session of the refresh token, if it is the caller's own, and, until it would have
     * expired, the access token in use.
     */
    void logout(Caller caller, String refreshToken) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            accounts.revokeRefreshToken(refreshToken, caller.scope().userId());
        }
        if (caller.tokenId() != null && caller.expiresAt() != null) {
            revokedTokens.revoke(caller.tokenId(), caller.expiresAt());
        }
    }

    /** The scope is for the server's own use (the audit of a login); the schema does not expose it. */
    record AuthPayload(
            Scope scope,
            String accessToken,
            String refreshToken,
            String tokenType,
            int expiresIn,
            AuthenticatedUser user) {}

    record AuthenticatedUser(UUID id, String username, String displayName, List<String> roles) {}
}
