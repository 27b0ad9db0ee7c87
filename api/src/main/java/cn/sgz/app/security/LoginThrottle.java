package cn.sgz.app.security;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.redis.Redis;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Counts failed logins per username and per client address in Redis over a window. Past the limit,
 * logins are refused before the password is checked. With Redis down nothing is counted: logins go
 * on (degraded), since refusing everyone would be worse.
 */
@Singleton
class LoginThrottle {
    private final Redis redis;
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    LoginThrottle(
            Redis redis,
            @Value("${sgz.auth.login-failures-per-user:5}") int perUser,
            @Value("${sgz.auth.login-failures-per-address:20}") int perAddress,
            @Value("${sgz.auth.login-failure-window:15m}") Duration window) {
        this.redis = redis;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
    }

    void checkAllowed(String username, String address) {
        if (redis.counter(userKey(username)).orElse(0) >= perUser
                || redis.counter(addressKey(address)).orElse(0) >= perAddress) {
            throw new DomainException(ErrorCode.RATE_LIMITED, "登录失败次数过多，请 " + window.toMinutes() + " 分钟后再试");
        }
    }

    void failed(String username, String address) {
        redis.increment(userKey(username), window);
        redis.increment(addressKey(address), window);
    }

    void succeeded(String username) {
        redis.delete(userKey(username));
    }

    private static String userKey(String username) {
        return "auth:login-failures:user:" + username.toLowerCase(java.util.Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "auth:login-failures:address:" + address;
    }
}
