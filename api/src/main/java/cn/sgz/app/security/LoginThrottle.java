package cn.sgz.app.security;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.redis.Redis;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Login limits per username and per client address over a window. Every attempt is counted first,
 * atomically (Redis INCR), before the password is checked, so parallel attempts cannot slip past a
 * limit; failures are counted too and lock a username (or address) after a few. With Redis down the
 * same counts are kept in this node's memory, never dropped.
 */
@Singleton
class LoginThrottle {
    private final Redis redis;
    private final LocalCounters local;
    private final int failuresPerUser;
    private final int failuresPerAddress;
    private final int attemptsPerUser;
    private final int attemptsPerAddress;
    private final Duration window;

    LoginThrottle(
            Redis redis,
            Clock clock,
            @Value("${sgz.auth.login-failures-per-user:5}") int failuresPerUser,
            @Value("${sgz.auth.login-failures-per-address:20}") int failuresPerAddress,
            @Value("${sgz.auth.login-attempts-per-user:10}") int attemptsPerUser,
            @Value("${sgz.auth.login-attempts-per-address:60}") int attemptsPerAddress,
            @Value("${sgz.auth.login-failure-window:15m}") Duration window) {
        this.redis = redis;
        this.local = new LocalCounters(clock, window);
        this.failuresPerUser = failuresPerUser;
        this.failuresPerAddress = failuresPerAddress;
        this.attemptsPerUser = attemptsPerUser;
        this.attemptsPerAddress = attemptsPerAddress;
        this.window = window;
    }

    /** Counts this attempt and refuses it (RATE_LIMITED) past a limit; call before the password check. */
    void attempt(String username, String address) {
        if (count(key("failures:user", username)) >= failuresPerUser
                || count(key("failures:address", address)) >= failuresPerAddress) {
            throw refused("登录失败次数过多");
        }
        var byUser = increment(key("attempts:user", username));
        var byAddress = increment(key("attempts:address", address));
        if (byUser > attemptsPerUser || byAddress > attemptsPerAddress) {
            throw refused("登录尝试过于频繁");
        }
    }

    void failed(String username, String address) {
        increment(key("failures:user", username));
        increment(key("failures:address", address));
    }

    void succeeded(String username) {
        var failures = key("failures:user", username);
        redis.delete(failures);
        local.delete(failures);
    }

    private DomainException refused(String why) {
        return new DomainException(ErrorCode.RATE_LIMITED, why + "，请 " + window.toMinutes() + " 分钟后再试");
    }

    private long increment(String key) {
        return redis.increment(key, window).orElseGet(() -> local.increment(key));
    }

    private long count(String key) {
        return redis.counter(key).orElseGet(() -> local.count(key));
    }

    static String key(String kind, String value) {
        return "auth:login-" + kind + ":" + value.toLowerCase(Locale.ROOT);
    }
}
