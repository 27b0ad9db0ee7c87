package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AuthApiTest extends ApiTest {
    static final String LOGIN =
            "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { accessToken refreshToken tokenType expiresIn user { username roles } } }";
    static final String REFRESH =
            "mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }";
    static final String ME = "{ me { username } }";

    @Test
    void oneRequestCarriesAtMostOneSignIn() {
        var user = world.username("leadA");
        var aliases = gql.post(
                null,
                "mutation($u: String!, $p: String!) { a: login(username: $u, password: $p) { accessToken }"
                        + " b: login(username: $u, password: $p) { accessToken } }",
                "u",
                user,
                "p",
                ApiWorld.PASSWORD);
        assertThat(aliases.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(aliases.errorMessage()).contains("只能包含一个");
        assertThat((Object) aliases.data("a")).isNull();
        assertThat((Object) aliases.data("b")).isNull();
        var hidden = gql.post(
                null,
                "mutation($r: String!, $u: String!, $p: String!) { ...Both }"
                        + " fragment Both on Mutation { refreshToken(refreshToken: $r) { accessToken }"
                        + " login(username: $u, password: $p) { accessToken } }",
                "r",
                "x",
                "u",
                user,
                "p",
                ApiWorld.PASSWORD);
        assertThat(hidden.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat((Object) hidden.data("login")).isNull();
    }

    @Test
    void loginGivesATokenPairThatIdentifiesTheUser() {
        var login = gql.post(null, LOGIN, "u", world.username("leadA"), "p", ApiWorld.PASSWORD)
                .ok();
        assertThat((String) login.data("login.tokenType")).isEqualTo("Bearer");
        assertThat((Integer) login.data("login.expiresIn")).isEqualTo(900);
        assertThat((java.util.List<String>) login.data("login.user.roles")).containsExactly("PROJECT_LEAD");
        var me = gql.post(login.data("login.accessToken"), ME).ok();
        assertThat((String) me.data("me.username")).isEqualTo(world.username("leadA"));
    }

    @Test
    void wrongPasswordsAndUnknownUsersGetTheSameAnswer() {
        var wrong = gql.post(null, LOGIN, "u", world.username("viewerB"), "p", "wrong-password");
        var unknown = gql.post(null, LOGIN, "u", "nobody" + world.tag, "p", "wrong-password");
        assertThat(wrong.errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(wrong.errorMessage()).isEqualTo("用户名或密码错误").isEqualTo(unknown.errorMessage());
        assertThat((Object) wrong.data("login")).isNull();
    }

    @Test
    void aRefreshTokenRotates() {
        var login = gql.post(null, LOGIN, "u", world.username("viewerA"), "p", ApiWorld.PASSWORD)
                .ok();
        String refresh = login.data("login.refreshToken");
        var renewed = gql.post(null, REFRESH, "r", refresh).ok();
        assertThat(gql.post(renewed.data("refreshToken.accessToken"), ME).ok().<String>data("me.username"))
                .isEqualTo(world.username("viewerA"));
        String next = renewed.data("refreshToken.refreshToken");
        assertThat(gql.post(null, REFRESH, "r", next).ok().<String>data("refreshToken.accessToken"))
                .isNotBlank();
    }

    @Test
    void aSpentRefreshTokenPresentedAgainEndsTheSession() {
        var login = gql.post(null, LOGIN, "u", world.username("viewerB"), "p", ApiWorld.PASSWORD)
                .ok();
        String stolen = login.data("login.refreshToken");
        String owners = gql.post(null, REFRESH, "r", stolen).ok().data("refreshToken.refreshToken");
        assertThat(gql.post(null, REFRESH, "r", stolen).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(gql.post(null, REFRESH, "r", owners).errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void logoutEndsOnlyTheCallersOwnSession() {
        var theirs = gql.post(null, LOGIN, "u", world.username("workerA2"), "p", ApiWorld.PASSWORD)
                .ok();
        String theirRefresh = theirs.data("login.refreshToken");
        // a session of its own for the caller: logging out revokes the access token it uses
        String caller = gql.login(world.username("workerA1"), ApiWorld.PASSWORD);
        assertThat(gql.post(caller, "mutation($r: String) { logout(refreshToken: $r) }", "r", theirRefresh)
                        .ok()
                        .<Boolean>data("logout"))
                .isTrue();
        gql.post(null, REFRESH, "r", theirRefresh).ok();
    }

    @Test
    void logoutRevokesBothTokens() {
        var login = gql.post(null, LOGIN, "u", world.username("workerB1"), "p", ApiWorld.PASSWORD)
                .ok();
        String access = login.data("login.accessToken");
        String refresh = login.data("login.refreshToken");
        assertThat(gql.post(access, "mutation($r: String) { logout(refreshToken: $r) }", "r", refresh)
                        .ok()
                        .<Boolean>data("logout"))
                .isTrue();
        assertThat(gql.post(access, ME).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(gql.post(null, REFRESH, "r", refresh).errorCode()).isEqualTo("UNAUTHENTICATED");
        assertThat(gql.post(null, "mutation { logout }").errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void repeatedFailuresLockTheUsernameEvenForTheRightPassword() {
        var username = world.username("supervisorA");
        for (int i = 0; i < 5; i++) {
            assertThat(gql.post(null, LOGIN, "u", username, "p", "guess-" + i).errorCode())
                    .isEqualTo("UNAUTHENTICATED");
        }
        var locked = gql.post(null, LOGIN, "u", username, "p", ApiWorld.PASSWORD);
        assertThat(locked.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(locked.errorMessage()).contains("登录失败次数过多");
        // another user is not affected
        gql.post(null, LOGIN, "u", world.username("workerA2"), "p", ApiWorld.PASSWORD)
                .ok();
    }

    @Test
    void passwordsAreStoredAsSlowHashesAndLoginsAreAudited() throws SQLException {
        var username = world.username("workerA2");
        gql.post(null, LOGIN, "u", username, "p", ApiWorld.PASSWORD).ok();
        try (var owner = OwnerConnection.open();
                var statement = owner.prepareStatement("""
                        SELECT u.password_hash,
                               (SELECT count(*) FROM audit_event e
                                WHERE e.action = 'LOGIN' AND e.subject_id = u.id::text AND e.actor_id = u.id)
                        FROM app_user u WHERE u.username = ?""")) {
            statement.setString(1, username);
            try (var row = statement.executeQuery()) {
                row.next();
                assertThat(row.getString(1)).startsWith("pbkdf2-sha256$").doesNotContain(ApiWorld.PASSWORD);
                assertThat(row.getInt(2)).isPositive();
            }
        }
    }
}
