package cn.sgz.app.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;

/**
 * The address a request came from, for login limits and the audit log: the socket's peer, unless
 * that peer is a proxy listed in {@code sgz.http.trusted-proxies}; only then the {@code
 * X-Forwarded-For} header, read from the right, skipping the trusted proxies. Any client can write
 * that header, so it is never believed from anyone else.
 */
@Singleton
public class ClientAddresses {
    private final Set<String> trustedProxies;

    ClientAddresses(@Value("${sgz.http.trusted-proxies:}") List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies.stream()
                .map(String::strip)
                .filter(proxy -> !proxy.isEmpty())
                .toList());
    }

    public String of(HttpRequest<?> request) {
        var peer = request.getRemoteAddress().getAddress();
        var address = peer == null ? "unknown" : peer.getHostAddress();
        if (!trustedProxies.contains(address)) {
            return address;
        }
        var forwarded = request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(header -> java.util.Arrays.stream(header.split(",")))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .toList();
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            if (!trustedProxies.contains(forwarded.get(i))) {
                return forwarded.get(i);
            }
        }
        return address;
    }
}
