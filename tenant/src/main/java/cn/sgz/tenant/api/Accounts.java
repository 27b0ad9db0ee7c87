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

    UserView createUser(Commands.NewUser command);

    GrantView grant(Commands.NewGrant command);

    void revokeGrant(UUID grantId);

    /** A new opaque refresh token for the user; only its hash is stored. */
    String issueRefreshToken(UUID userId);

    /** Redeems a refresh token once (it is revoked as it is used): the user it belongs to, if valid. */
    Optional<UserView> redeemRefreshToken(String token);

    void revokeRefreshToken(String token);
}
