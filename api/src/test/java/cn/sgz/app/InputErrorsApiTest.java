package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Bad input gets a coded, Chinese, field-naming error and changes nothing; every change is audited. */
@MicronautTest(transactional = false)
class InputErrorsApiTest extends ApiTest {
    static final String CREATE_STATION =
            "mutation($p: ID!, $n: String!, $r: String!) { createStation(input: {projectId: $p, name: $n, kind: TOWN, regionCode: $r}) { id } }";

    @Test
    void malformedIdsAreBadInputNamingTheField() {
        var admin = world.admin();
        var station = gql.post(admin, TenancyApiTest.STATION, "id", "not-a-uuid");
        assertThat(station.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(station.errorField()).isEqualTo("id");
        assertThat(station.errorMessage()).contains("不是有效的编号");
        var contact = gql.post(admin, TenancyApiTest.CONTACT, "id", "1234", "a", "x");
        assertThat(contact.errorField()).isEqualTo("input.stationId");
        var create = gql.post(admin, CREATE_STATION, "p", world.projectA, "n", "新镇", "r", "41-08");
        assertThat(create.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(create.errorField()).isEqualTo("input.regionCode");
    }

    @Test
    void aGrantMustNameTheTargetItsRoleReaches() {
        var noStation = gql.post(
                world.admin(),
                "mutation($u: ID!) { grantRole(input: {userId: $u, role: STATION_WORKER}) { id } }",
                "u",
                "00000000-0000-0000-0000-000000000001");
        assertThat(noStation.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(noStation.errorField()).isEqualTo("input.stationId");
        var badUser = gql.post(
                world.admin(),
                "mutation($u: ID!) { grantRole(input: {userId: $u, role: STATION_WORKER}) { id } }",
                "u",
                "not-a-user-id");
        assertThat(badUser.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(badUser.errorField()).isEqualTo("input.userId");
        assertThat(badUser.errorMessage()).isEqualTo("input.userId 不是有效的编号");
        var duplicate = gql.post(
                world.admin(),
                "mutation($n: String!) { createUser(input: {username: $n, displayName: \"重名\", password: \"Again@2026x\"}) { id } }",
                "n",
                world.username("workerA1"));
        assertThat(duplicate.errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void pagingArgumentsAreChecked() {
        var viewer = world.token("viewerA");
        var tooMany = gql.post(viewer, "{ stations(first: 1000) { edges { cursor } } }");
        assertThat(tooMany.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(tooMany.errorField()).isEqualTo("first");
        var badCursor = gql.post(viewer, "{ stations(after: \"%%%\") { edges { cursor } } }");
        assertThat(badCursor.errorField()).isEqualTo("after");
    }

    @Test
    void unknownIdsAreNotFoundOrNull() {
        var admin = world.admin();
        var missing = "00000000-0000-0000-0000-00000000dead";
        assertThat((Object) gql.post(admin, TenancyApiTest.STATION, "id", missing)
                        .ok()
                        .data("station"))
                .isNull();
        assertThat(gql.post(admin, CREATE_STATION, "p", missing, "n", "孤站", "r", "411082001")
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        assertThat(gql.post(admin, TenancyApiTest.CONTACT, "id", missing, "a", "x")
                        .errorCode())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void queriesThatAreNotGraphQLAreBadInputInChinese() {
        var syntax = gql.post(world.admin(), "{ stations { edges ");
        assertThat(syntax.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(syntax.errorMessage()).startsWith("查询无效");
        var enumValue = gql.post(
                world.admin(),
                "mutation { createStation(input: {projectId: \"" + world.projectA
                        + "\", name: \"x\", kind: VILLAGE, regionCode: \"411082001\"}) { id } }");
        assertThat(enumValue.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aDuplicateIsAConflictAndNothingIsWritten() throws SQLException {
        var duplicate = gql.post(world.admin(), CREATE_STATION, "p", world.projectA, "n", "甲一街道", "r", "411082001");
        assertThat(duplicate.errorCode()).isEqualTo("CONFLICT");
        assertThat(duplicate.errorMessage()).isEqualTo("该项目下已有同名站点");
        assertThat(OwnerConnection.count(
                        "SELECT count(*) FROM station WHERE name = '甲一街道' AND project_id = '" + world.projectA + "'"))
                .isEqualTo(1);
    }

    @Test
    void everyChangeIsAuditedWithActorAndStation() throws SQLException {
        // in a bureau of its own, so the shared world's stations stay as they are
        var admin = world.admin();
        String bureau = gql.post(
                        admin,
                        "mutation($n: String!) { createBureau(input: {name: $n, regionCode: \"411000\"}) { id } }",
                        "n",
                        "审计局" + world.tag)
                .ok()
                .data("createBureau.id");
        String project = gql.post(
                        admin,
                        "mutation($b: ID!) { createProject(input: {bureauId: $b, name: \"审计项目\", agencyName: \"审计机构\", year: 2026}) { id } }",
                        "b",
                        bureau)
                .ok()
                .data("createProject.id");
        var name = "审计镇" + world.tag;
        String id = gql.post(admin, CREATE_STATION, "p", project, "n", name, "r", "411082123")
                .ok()
                .data("createStation.id");
        assertThat(OwnerConnection.count("""
                        SELECT count(*) FROM audit_event e JOIN app_user u ON u.id = e.actor_id
                        WHERE e.action = 'STATION_CREATED' AND e.station_id = '%s' AND u.username = 'testadmin'
                          AND e.changes ->> 'name' = '%s'""".formatted(id, name))).isEqualTo(1);
        gql.post(world.token("workerA1"), TenancyApiTest.CONTACT, "id", world.a1, "a", "审计路" + world.tag)
                .ok();
        assertThat(OwnerConnection.count("""
                        SELECT count(*) FROM audit_event
                        WHERE action = 'STATION_CONTACT_UPDATED' AND station_id = '%s' AND changes ->> 'address' = '%s'""".formatted(world.a1, "审计路" + world.tag)))
                .isEqualTo(1);
        // a second change records what the first one wrote as the station's previous address
        gql.post(world.token("workerA1"), TenancyApiTest.CONTACT, "id", world.a1, "a", "审计二路" + world.tag)
                .ok();
        assertThat(OwnerConnection.count("""
                        SELECT count(*) FROM audit_event
                        WHERE action = 'STATION_CONTACT_UPDATED' AND station_id = '%s'
                          AND changes ->> 'address' = '%s' AND changes ->> 'previousAddress' = '%s'""".formatted(world.a1, "审计二路" + world.tag, "审计路" + world.tag)))
                .isEqualTo(1);
    }
}
