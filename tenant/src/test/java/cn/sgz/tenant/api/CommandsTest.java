package cn.sgz.tenant.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.ErrorCode;
import cn.sgz.infra.tenancy.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommandsTest {

    @Test
    void aBadRegionCodeNamesItsField() {
        assertInvalid("regionCode", () -> new Commands.NewBureau("长葛市民政局", "41-10"));
    }

    @Test
    void namesAreTrimmedAndRequired() {
        assertThat(new Commands.NewBureau("  长葛市民政局 ", "411082").name()).isEqualTo("长葛市民政局");
        assertInvalid("name", () -> new Commands.NewBureau("  ", "411082"));
    }

    @Test
    void aGrantNamesExactlyTheTargetItsRoleReaches() {
        var user = UUID.randomUUID();
        assertInvalid("stationId", () -> new Commands.NewGrant(user, Role.STATION_WORKER, null, null, null));
        assertInvalid(
                "bureauId",
                () -> new Commands.NewGrant(user, Role.STATION_WORKER, UUID.randomUUID(), null, UUID.randomUUID()));
        assertInvalid(
                "projectId", () -> new Commands.NewGrant(user, Role.PLATFORM_ADMIN, null, UUID.randomUUID(), null));
    }

    @Test
    void passwordsAreLongEnoughAndNeverPrinted() {
        assertInvalid("password", () -> new Commands.NewUser("worker99", "社工", "short"));
        assertThat(new Commands.NewUser("worker99", "社工", "Long-enough-1").toString())
                .doesNotContain("Long-enough-1");
    }

    @Test
    void yearsStayWithinTheContractRange() {
        assertInvalid("year", () -> new Commands.NewProject(UUID.randomUUID(), "项目", "机构", 1999));
    }

    private static void assertInvalid(String field, Runnable construct) {
        assertThatThrownBy(construct::run).isInstanceOf(DomainException.class).satisfies(e -> {
            var error = (DomainException) e;
            assertThat(error.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
            assertThat(error.field()).isEqualTo(field);
        });
    }
}
