package cn.sgz.tenant.internal.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.testing.OwnerConnection;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.UserView;
import cn.sgz.tenant.testing.TenantModuleTest;
import cn.sgz.tenant.testing.TwoBureaus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class AccountsTest extends TenantModuleTest {
    @Test
    void aPasswordAuthenticatesOnlyItsUser() {
        var username = world.workerA1().username();
        assertThat(accounts.authenticate(username, TwoBureaus.PASSWORD)).contains(world.workerA1());
        assertThat(accounts.authenticate(username, "wrong-password")).isEmpty();
        assertThat(accounts.authenticate("nobody-" + username, TwoBureaus.PASSWORD))
                .isEmpty();
    }

    @Test
    void onlyWorkersCarryStationsOverseersReachThemThroughTheirProjects() {
        var worker = accounts.scopeOf(world.workerA1());
        assertThat(worker.roles()).containsExactly(Role.STATION_WORKER);
        assertThat(worker.readStations()).containsExactly(world.a1().id());
        assertThat(worker.writeStations()).containsExactly(world.a1().id());
        assertThat(worker.projects()).containsExactly(world.projectA().id());
        assertThat(worker.bureaus()).containsExactly(world.bureauA().id());
        assertThat(worker.overseenProjects()).isEmpty();
        assertThat(worker.managedProjects()).isEmpty();

        var viewer = accounts.scopeOf(world.viewerA());
        assertThat(viewer.readStations()).isEmpty();
        assertThat(viewer.writeStations()).isEmpty();
        assertThat(viewer.projects()).containsExactly(world.projectA().id());
        assertThat(viewer.overseenProjects()).containsExactly(world.projectA().id());
        assertThat(viewer.managedProjects()).isEmpty();

        var lead = accounts.scopeOf(world.leadA());
        assertThat(lead.readStations()).isEmpty();
        assertThat(lead.writeStations()).isEmpty();
        assertThat(lead.bureaus()).containsExactly(world.bureauA().id());
        assertThat(lead.overseenProjects()).containsExactly(world.projectA().id());
        assertThat(lead.managedProjects()).containsExactly(world.projectA().id());
    }

    @Test
    void aUserWithoutGrantsReachesNothing() {
        var loner = Tenancy.callAs(
                Scope.system(),
                () -> accounts.createUser(new Commands.NewUser("loner" + suffix(), "无授权", "Loner@2026")));
        var scope = accounts.scopeOf(loner);
        assertThat(scope.roles()).isEmpty();
        assertThat(scope.readStations()).isEmpty();
        assertThat(scope.projects()).isEmpty();
    }

    @Test
    void aRefreshTokenWorksOnceForTheNextOfItsSession() {
        var token = accounts.issueRefreshToken(world.viewerB().id());
        var renewal = accounts.renewRefreshToken(token).orElseThrow();
        assertThat(renewal.user()).isEqualTo(world.viewerB());
        assertThat(accounts.renewRefreshToken(renewal.refreshToken())).isPresent();
        assertThat(accounts.renewRefreshToken("not-a-token")).isEmpty();
    }

    @Test
    void aSpentTokenPresentedAgainEndsTheWholeSession() {
        var stolen = accounts.issueRefreshToken(world.viewerB().id());
        var owners = accounts.renewRefreshToken(stolen).orElseThrow().refreshToken();
        // the thief (or the owner) presents the spent token: refused, and the session with it
        assertThat(accounts.renewRefreshToken(stolen)).isEmpty();
        assertThat(accounts.renewRefreshToken(owners)).isEmpty();
        // another session of the same user is untouched
        assertThat(accounts.renewRefreshToken(
                        accounts.issueRefreshToken(world.viewerB().id())))
                .isPresent();
    }

    @Test
    void aSessionEndsThirtyDaysAfterItsLoginHoweverOftenRenewed() throws SQLException {
        var token = accounts.issueRefreshToken(world.viewerB().id());
        var renewed = accounts.renewRefreshToken(token).orElseThrow().refreshToken();
        try (var owner = OwnerConnection.open();
                var statement = owner.createStatement()) {
            // the login was 31 days ago; the renewed token itself has not expired
            statement.executeUpdate("UPDATE refresh_token SET session_started_at = now() - interval '31 days',"
                    + " expires_at = now() + interval '1 day' WHERE family_id = (SELECT family_id FROM refresh_token"
                    + " WHERE user_id = '" + world.viewerB().id() + "' ORDER BY created_at DESC LIMIT 1)");
        }
        assertThat(accounts.renewRefreshToken(renewed)).isEmpty();
    }

    @Test
    void onlyTheOwnerEndsASession() {
        var token = accounts.issueRefreshToken(world.viewerB().id());
        accounts.revokeRefreshToken(token, world.viewerA().id());
        var renewal = accounts.renewRefreshToken(token);
        assertThat(renewal).isPresent();
        accounts.revokeRefreshToken(
                renewal.get().refreshToken(), world.viewerB().id());
        assertThat(accounts.renewRefreshToken(renewal.get().refreshToken())).isEmpty();
    }

    @Test
    void usernamesAreUniqueAndGrantsNameTheirTarget() {
        Tenancy.runAs(Scope.system(), () -> {
            expect(
                    ErrorCode.CONFLICT,
                    () -> accounts.createUser(
                            new Commands.NewUser(world.workerA1().username(), "重名", "Another@2026")));
            expect(
                    ErrorCode.CONFLICT,
                    () -> accounts.grant(new Commands.NewGrant(
                            world.workerA1().id(),
                            Role.STATION_WORKER,
                            null,
                            null,
                            world.a1().id())));
        });
    }

    @Test
    void revokingAGrantShrinksTheScope() {
        var user = Tenancy.callAs(Scope.system(), () -> {
            var created = accounts.createUser(new Commands.NewUser("tmp" + suffix(), "临时", "Temp@20261"));
            accounts.grant(new Commands.NewGrant(
                    created.id(), Role.STATION_WORKER, null, null, world.b1().id()));
            return created;
        });
        assertThat(accounts.scopeOf(user).readStations())
                .containsExactly(world.b1().id());
        Tenancy.runAs(
                Scope.system(),
                () -> accounts.revokeGrant(
                        accounts.grantsOf(user.id()).getFirst().id()));
        assertThat(accounts.scopeOf(user).readStations()).isEmpty();
    }

    @Test
    void aUserReadsItsOwnAccountAndGrantsOnly() {
        Tenancy.runAs(accounts.scopeOf(world.workerA1()), () -> {
            assertThat(accounts.me())
                    .map(UserView::id)
                    .contains(world.workerA1().id());
            assertThat(accounts.grantsOf(world.workerA1().id())).hasSize(1);
            assertThat(accounts.grantsOf(world.workerB1().id())).isEmpty();
        });
        assertThat(Set.copyOf(Tenancy.callAs(
                        Scope.system(), () -> accounts.grantsOf(world.workerB1().id()))))
                .hasSize(1);
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }
}
