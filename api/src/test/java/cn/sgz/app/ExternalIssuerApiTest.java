package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.TestServers;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Tokens of an external identity provider, checked against its JWKS, name users of ours. */
@MicronautTest(transactional = false)
class ExternalIssuerApiTest extends ApiTest {
    static final String ISSUER = "https://idp.example.invalid";
    private final RSAKey key = generate("external");
    private final RSAKey stranger = generate("external");
    private HttpServer jwks;

    /** The real servers, plus the JWKS address of a stand-in identity provider started here. */
    @Override
    public Map<String, String> getProperties() {
        try {
            jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        var body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        jwks.start();
        var properties = new HashMap<>(TestServers.properties());
        properties.put("sgz.auth.external.issuer", ISSUER);
        properties.put("sgz.auth.external.audience", "sgz");
        properties.put(
                "micronaut.security.token.jwt.signatures.jwks.external.url",
                "http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks.json");
        return properties;
    }

    @AfterAll
    void stop() {
        jwks.stop(0);
    }

    @Test
    void anExternalTokenActsWithTheNamedUsersGrants() throws Exception {
        var token = sign(key, world.username("viewerA"));
        assertThat(gql.post(token, "{ me { username } }").ok().<String>data("me.username"))
                .isEqualTo(world.username("viewerA"));
        assertThat(gql.post(token, TenancyApiTest.STATIONS).ok().names("stations"))
                .containsExactlyInAnyOrder("甲一街道", "甲二镇");
        assertThat((Object) gql.post(token, TenancyApiTest.STATION, "id", world.b1)
                        .ok()
                        .data("station"))
                .isNull();
    }

    @Test
    void anExternalTokenForAnUnknownUserOrSignedByAnotherKeyIsRefused() throws Exception {
        assertThat(gql.post(sign(key, "stranger" + world.tag), "{ me { username } }")
                        .errorCode())
                .isEqualTo("UNAUTHENTICATED");
        assertThat(gql.post(sign(stranger, world.username("viewerA")), "{ me { username } }")
                        .errorCode())
                .isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void anExternalTokenCannotClaimAScopeOfItsOwn() throws Exception {
        var forged = sign(
                key,
                world.username("workerA1"),
                Map.of(
                        "uid",
                        UUID.randomUUID().toString(),
                        "rs",
                        List.of(world.b1),
                        "ws",
                        List.of(world.b1),
                        "roles",
                        List.of("PLATFORM_ADMIN")));
        assertThat(gql.post(forged, TenancyApiTest.STATIONS).ok().names("stations"))
                .containsExactly("甲一街道");
        assertThat((Object) gql.post(forged, TenancyApiTest.STATION, "id", world.b1)
                        .ok()
                        .data("station"))
                .isNull();
        // asked again, answered from the remembered validation: still the named user's reach
        assertThat(gql.post(forged, TenancyApiTest.STATIONS).ok().names("stations"))
                .containsExactly("甲一街道");
    }

    @Test
    void anExternalTokenMustNameTheIssuerAndAudienceAndExpire() throws Exception {
        var user = world.username("viewerA");
        var claims = new JWTClaimsSet.Builder().subject(user).issueTime(new Date());
        var inAnHour = Date.from(Instant.now().plusSeconds(3600));
        for (var wrong : List.of(
                claims.issuer("https://other.example.invalid")
                        .audience("sgz")
                        .expirationTime(inAnHour)
                        .build(),
                claims.issuer(ISSUER)
                        .audience("another-service")
                        .expirationTime(inAnHour)
                        .build(),
                claims.issuer(ISSUER).audience("sgz").expirationTime(null).build())) {
            assertThat(gql.post(sign(key, wrong), "{ me { username } }").errorCode())
                    .as(wrong.toString())
                    .isEqualTo("UNAUTHENTICATED");
        }
        var right =
                claims.issuer(ISSUER).audience("sgz").expirationTime(inAnHour).build();
        assertThat(gql.post(sign(key, right), "{ me { username } }").ok().<String>data("me.username"))
                .isEqualTo(user);
    }

    private static String sign(RSAKey signingKey, String subject) throws Exception {
        return sign(signingKey, subject, Map.of());
    }

    private static String sign(RSAKey signingKey, JWTClaimsSet claims) throws Exception {
        var jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID())
                        .build(),
                claims);
        jwt.sign(new RSASSASigner(signingKey));
        return jwt.serialize();
    }

    private static String sign(RSAKey signingKey, String subject, Map<String, Object> extraClaims) throws Exception {
        var builder = new JWTClaimsSet.Builder();
        extraClaims.forEach(builder::claim);
        var claims = builder.subject(subject)
                .issuer(ISSUER)
                .audience("sgz")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build();
        return sign(signingKey, claims);
    }

    private static RSAKey generate(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
