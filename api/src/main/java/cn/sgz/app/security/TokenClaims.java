package cn.sgz.app.security;

import cn.sgz.infra.tenancy.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What our access tokens carry besides the username and roles: the user id, the token id and the
 * grant-level ids (bureaus it sees, projects it manages, stations it works at) — never a list that
 * grows with a bureau. The scope itself is looked up on the server ({@link Scopes}).
 */
final class TokenClaims {
    static final String USER_ID = "uid";
    static final String BUREAUS = "bu";
    static final String MANAGED_PROJECTS = "mp";
    static final String STATIONS = "st";
    static final String TOKEN_ID = "jti";

    private TokenClaims() {}

    static Map<String, Object> of(Scope scope, String tokenId) {
        var claims = new HashMap<String, Object>();
        claims.put(USER_ID, scope.userId().toString());
        claims.put(BUREAUS, strings(scope.bureaus()));
        claims.put(MANAGED_PROJECTS, strings(scope.managedProjects()));
        claims.put(STATIONS, strings(scope.readStations()));
        claims.put(TOKEN_ID, tokenId);
        return claims;
    }

    /** The user a token of ours was issued to, if it is one of ours. */
    static Optional<UUID> userId(Map<String, Object> claims) {
        var value = claims.get(USER_ID);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value.toString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> strings(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }
}
