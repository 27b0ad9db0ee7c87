package cn.sgz.tenant.api;

import cn.sgz.infra.tenancy.Scope;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users, their passwords, role grants and refresh tokens, and the scope a user's grants give. */
public interface Accounts {

    /** The enabled user with this username and password; empty for any mismatch. */
    Optional<UserView> authenticate(String username, String password);

    /** The enabled user with this username, for tokens from an external issuer. */
    Optional<UserView> enabledUser(String username);

    /** What the user's grants reach now (it changes with the grants; callers may keep it briefly). */
    Scope scopeOf(UUID userId, String username);

    default Scope scopeOf(UserView user) {
        return scopeOf(user.id(), user.username());
    }

    /** The signed-in caller's own account. */
    Optional<UserView> me();

    List<GrantView> grantsOf(UUID userId);

    /** Who leads or supervises the project (enabled users); for work that runs as the system, to notify them. */
    List<UUID> managersOf(UUID projectId);

    UserView createUser(Commands.NewUser command);

    GrantView grant(Commands.NewGrant command);

    void revokeGrant(UUID grantId);

    /** A new opaque refresh token starting a session (at login); only its hash is stored. */
    String issueRefreshToken(UUID userId);

    /**
     * Redeems a refresh token once, for its successor in the same session. A token used a second
     * time revokes its whole session; a session ends 30 days after its login. Empty when refused.
     */
    Optional<Renewal> renewRefreshToken(String token);

    /** Ends the session of a refresh token, if it is the owner's; someone else's is left alone. */
    void revokeRefreshToken(String token, UUID owner);

    /** Keeps an access token's id as revoked until it would have expired (the check while Redis is down). */
    void revokeAccessToken(String tokenId, java.time.Instant expiresAt);

    boolean isAccessTokenRevoked(String tokenId);
}
