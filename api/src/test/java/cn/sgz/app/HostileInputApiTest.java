package cn.sgz.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.testing.OwnerConnection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * What an attacker or a careless client would send, one row each: every row gets its error code
 * and changes nothing (the rows of every tenant table and the audit log are counted around it).
 */
@MicronautTest(transactional = false)
class HostileInputApiTest extends ApiTest {
    static final String MISSING = "00000000-0000-0000-0000-00000000beef";
    static final String CREATE_BUREAU =
            "mutation($n: String!) { createBureau(input: {name: $n, regionCode: \"411000\"}) { id } }";
    static final String HIRE_IN =
            "mutation($p: ID!) { hireStaff(input: {projectId: $p, name: \"越权\", gender: MALE, phone: \"13800000000\","
                    + " idNumber: \"411082199001011234\", degree: BACHELOR, majorRelevant: true,"
                    + " experienceYears: 3, employmentType: FULL_TIME, hiredOn: \"2026-01-01\"}) { id } }";

    /** Who sends what, and the code the answer must carry. */
    record Row(String name, Function<ApiWorld, String> token, String query, Object[] variables, String code) {
        static Row of(String name, Function<ApiWorld, String> token, String query, String code, Object... variables) {
            return new Row(name, token, query, variables, code);
        }
    }

    List<Row> rows() {
        return List.of(
                Row.of(
                        "a mutation without a token",
                        any -> null,
                        TenancyApiTest.CONTACT,
                        "UNAUTHENTICATED",
                        "id",
                        world.a1,
                        "a",
                        "匿名"),
                Row.of(
                        "a forged token",
                        any -> "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA",
                        "{ me { id } }",
                        "UNAUTHENTICATED"),
                Row.of(
                        "another station's id, by a worker",
                        w -> w.token("workerA1"),
                        TenancyApiTest.CONTACT,
                        "NOT_FOUND",
                        "id",
                        world.b1,
                        "a",
                        "越权"),
                Row.of(
                        "another bureau's project, by a lead",
                        w -> w.token("leadA"),
                        HIRE_IN,
                        "NOT_FOUND",
                        "p",
                        world.projectB),
                Row.of("an unknown id", w -> w.admin(), TenancyApiTest.CONTACT, "NOT_FOUND", "id", MISSING, "a", "无此站"),
                Row.of(
                        "an admin mutation by a viewer",
                        w -> w.token("viewerA"),
                        CREATE_BUREAU,
                        "FORBIDDEN",
                        "n",
                        "越权局"),
                Row.of(
                        "a malformed id",
                        w -> w.admin(),
                        TenancyApiTest.CONTACT,
                        "BAD_USER_INPUT",
                        "id",
                        "1 OR 1=1",
                        "a",
                        "注入"),
                Row.of("an id of the wrong type", w -> w.admin(), "{ station(id: 12345) { id } }", "BAD_USER_INPUT"),
                Row.of(
                        "a page size as text",
                        w -> w.admin(),
                        "{ stations(first: \"ten\") { edges { cursor } } }",
                        "BAD_USER_INPUT"),
                Row.of(
                        "a variable of the wrong type",
                        w -> w.admin(),
                        "query($f: Int) { stations(first: $f) { edges { cursor } } }",
                        "BAD_USER_INPUT",
                        "f",
                        "x"),
                Row.of("null for a required variable", w -> w.admin(), CREATE_BUREAU, "BAD_USER_INPUT", "n", null),
                Row.of(
                        "a huge string in a variable",
                        w -> w.admin(),
                        CREATE_BUREAU,
                        "BAD_USER_INPUT",
                        "n",
                        "局".repeat(100_000)),
                Row.of("a huge query text", w -> w.admin(), "{ me { id } }" + " ".repeat(30_000), "BAD_USER_INPUT"),
                Row.of(
                        "a fragment cycle",
                        w -> w.admin(),
                        "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
                        "BAD_USER_INPUT"),
                Row.of(
                        "aliases that add up past the cost limit",
                        w -> w.admin(),
                        "{ "
                                + String.join(
                                        " ",
                                        Stream.iterate(0, i -> i + 1)
                                                .limit(30)
                                                .map(i -> "s" + i + ": stations(first: 100) { edges { cursor } }")
                                                .toList())
                                + " }",
                        "BAD_USER_INPUT"),
                Row.of(
                        "many logins in one request",
                        any -> null,
                        "mutation { a: login(username: \"x\", password: \"y\") { accessToken }"
                                + " b: login(username: \"x\", password: \"y\") { accessToken } }",
                        "BAD_USER_INPUT"),
                Row.of(
                        "a field that does not exist",
                        w -> w.admin(),
                        "{ station(id: \"" + MISSING + "\") { secret } }",
                        "BAD_USER_INPUT"),
                Row.of("not GraphQL at all", w -> w.admin(), "DROP TABLE station;", "BAD_USER_INPUT"));
    }

    @TestFactory
    Stream<DynamicTest> everyHostileRequestGetsItsCodeAndChangesNothing() {
        return rows().stream()
                .map(row -> DynamicTest.dynamicTest(row.name(), () -> {
                    var before = footprint();
                    var answer = gql.post(row.token().apply(world), row.query(), row.variables());
                    assertThat(answer.errorCode()).as(row.name()).isEqualTo(row.code());
                    assertThat(answer.errorMessage()).as(row.name()).doesNotContain("Exception", "SQL", "org.");
                    assertThat(footprint()).as(row.name() + " changed nothing").isEqualTo(before);
                }));
    }

    /** How many rows the tenant tables and the audit log hold. */
    private static List<Integer> footprint() throws SQLException {
        return Arrays.asList(
                OwnerConnection.count("SELECT count(*) FROM bureau"),
                OwnerConnection.count("SELECT count(*) FROM station"),
                OwnerConnection.count("SELECT count(*) FROM station WHERE address IS NOT NULL"),
                OwnerConnection.count("SELECT count(*) FROM staff_member"),
                OwnerConnection.count("SELECT count(*) FROM audit_event WHERE action <> 'LOGIN_FAILED'"));
    }
}
