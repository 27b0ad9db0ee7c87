package cn.sgz.tenant.internal.accounts;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Sessions of refresh tokens: a login starts one, each renewal hands the next token of the same
 * family and spends the old one. A spent token presented again means it was stolen (one of the two
 * presenters is not its owner): the whole family is revoked. A session ends 30 days after its login.
 */
@Singleton
class RefreshTokens {
    static final Duration LIFETIME = Duration.ofDays(30);
    static final Duration SESSION = Duration.ofDays(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository repository;
    private final AuthQueries queries;
    private final Clock clock;

    RefreshTokens(AccountRepository repository, AuthQueries queries, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.clock = clock;
    }

    /** What a renewal redeemed: the user, and the next token of the session. */
    record Renewed(UUID userId, String token) {}

    @Transactional
    String startSession(UUID userId) {
        var now = clock.instant();
        return issue(userId, UUID.randomUUID(), now, now);
    }

    /**
     * The next token of the session, or empty: unknown, expired, spent (then the whole session is
     * revoked) or past the session's end. A refusal is a result, not an exception, so the
     * revocation commits.
     */
    @Transactional
    Optional<Renewed> renew(String token) {
        var hash = sha256(token);
        var now = clock.instant();
        var redeemed = queries.redeem(hash, now);
        if (redeemed.isEmpty()) {
            queries.revokeFamily(hash, null, now);
            return Optional.empty();
        }
        var session = redeemed.get();
        if (!now.isBefore(session.sessionStartedAt().plus(SESSION))) {
            return Optional.empty();
        }
        var next = issue(session.userId(), session.familyId(), session.sessionStartedAt(), now);
        return Optional.of(new Renewed(session.userId(), next));
    }

    /** Ends the token's session if it is the owner's. */
    @Transactional
    void endSession(String token, UUID owner) {
        queries.revokeFamily(sha256(token), owner, clock.instant());
    }

    private String issue(UUID userId, UUID familyId, Instant sessionStartedAt, Instant now) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var expires = now.plus(LIFETIME);
        var sessionEnds = sessionStartedAt.plus(SESSION);
        repository.insertRefreshToken(
                sha256(token),
                userId,
                expires.isBefore(sessionEnds) ? expires : sessionEnds,
                familyId,
                sessionStartedAt);
        return token;
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
