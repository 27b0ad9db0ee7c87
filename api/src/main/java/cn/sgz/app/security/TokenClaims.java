package cn.sgz.app.security;

import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Scope;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How a scope travels in our access tokens: the user id and the id lists as claims, so a
 * request needs no database round trip to learn its scope. Grants take effect at the next login or
 * refresh (access tokens live minutes).
 */
final class TokenClaims {
    static final String USER_ID = "uid";
    static final String BUREAUS = "bu";
    static final String PROJECTS = "pj";
    static final String READ_STATIONS = "rs";
    static final String WRITE_STATIONS = "ws";
    static final String OVERSEEN_PROJECTS = "op";
    static final String MANAGED_PROJECTS = "mp";
    static final String TOKEN_ID = "jti";

    private TokenClaims() {}

    static Map<String, Object> of(Scope scope, String tokenId) {
        var claims = new HashMap<String, Object>();
        claims.put(USER_ID, scope.userId().toString());
        claims.put(BUREAUS, strings(scope.bureaus()));
        claims.put(PROJECTS, strings(scope.projects()));
        claims.put(READ_STATIONS, strings(scope.readStations()));
        claims.put(WRITE_STATIONS, strings(scope.writeStations()));
        claims.put(OVERSEEN_PROJECTS, strings(scope.overseenProjects()));
        claims.put(MANAGED_PROJECTS, strings(scope.managedProjects()));
        claims.put(TOKEN_ID, tokenId);
        return claims;
    }

    static boolean carriesScope(Map<String, Object> claims) {
        return claims.containsKey(USER_ID) && claims.containsKey(READ_STATIONS);
    }

    static Scope scope(String username, Collection<String> roles, Map<String, Object> claims) {
        return new Scope(
                UUID.fromString(claims.get(USER_ID).toString()),
                username,
                roles.stream().map(Role::valueOf).collect(Collectors.toSet()),
                ids(claims.get(BUREAUS)),
                ids(claims.get(PROJECTS)),
                ids(claims.get(READ_STATIONS)),
                ids(claims.get(WRITE_STATIONS)),
                ids(claims.get(OVERSEEN_PROJECTS)),
                ids(claims.get(MANAGED_PROJECTS)));
    }

    private static List<String> strings(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }

    private static Set<UUID> ids(Object claim) {
        if (!(claim instanceof Collection<?> values)) {
            return Set.of();
        }
        return values.stream().map(value -> UUID.fromString(value.toString())).collect(Collectors.toSet());
    }
}
