package cn.sgz.infra.devservers;

import java.util.Map;

/** Where the service finds its PostgreSQL (as owner and as the application role) and Redis. */
public record ServerProperties(
        String jdbcUrl, String ownerUser, String ownerPassword, String appUser, String appPassword, String redisUri) {

    /** The Micronaut properties that application.yml reads. */
    public Map<String, Object> asMicronautProperties() {
        return Map.of(
                "sgz.db.url", jdbcUrl,
                "sgz.db.owner-user", ownerUser,
                "sgz.db.owner-password", ownerPassword,
                "sgz.db.app-user", appUser,
                "sgz.db.app-password", appPassword,
                "sgz.redis.uri", redisUri);
    }
}
