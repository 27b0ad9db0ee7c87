package cn.sgz.tenant.internal.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sgz.infra.error.SqlStates;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.testing.RealServers;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationKind;
import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.Staffing;
import cn.sgz.tenant.api.staffing.StaffingCommands;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The staffing tables' own row-level security, read with plain SQL that filters nothing. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffingRowSecurityTest implements RealServers {
    @Inject
    Organisation organisation;

    @Inject
    Accounts accounts;

    @Inject
    Staffing staffing;

    @Inject
    TransactionOperations<Connection> transactions;

    UUID projectA, projectB, a1, a2, b1;
    Scope workerA1, leadA, viewerB;

    @BeforeAll
    void staffTwoProjects() {
        Tenancy.runAs(Scope.system(), () -> {
            var tag = UUID.randomUUID().toString().substring(0, 8);
            var bureauA = organisation.createBureau(new Commands.NewBureau("行甲局" + tag, "411082"));
            var bureauB = organisation.createBureau(new Commands.NewBureau("行乙局" + tag, "411081"));
            projectA = organisation
                    .createProject(new Commands.NewProject(bureauA.id(), "甲", "甲" + tag, 2026))
                    .id();
            projectB = organisation
                    .createProject(new Commands.NewProject(bureauB.id(), "乙", "乙" + tag, 2026))
                    .id();
            a1 = station(projectA, "一");
            a2 = station(projectA, "二");
            b1 = station(projectB, "三");
            for (var posting : new Object[][] {{projectA, a1, 1}, {projectA, a2, 2}, {projectB, b1, 3}}) {
                var staff = hire((UUID) posting[0], (int) posting[2]);
                staffing.assign(new StaffingCommands.Assign(
                        staff, PostRole.WORKER, (UUID) posting[1], LocalDate.of(2026, 1, 1), null));
            }
            workerA1 = accounts.scopeOf(user("w" + tag, cn.sgz.infra.tenancy.Role.STATION_WORKER, null, null, a1));
            leadA = accounts.scopeOf(user("l" + tag, cn.sgz.infra.tenancy.Role.PROJECT_LEAD, null, projectA, null));
            viewerB = accounts.scopeOf(
                    user("v" + tag, cn.sgz.infra.tenancy.Role.BUREAU_VIEWER, bureauB.id(), null, null));
        });
    }

    @Test
    void aWorkerReadsOnlyThePeopleAndPostingsOfItsStation() {
        assertThat(count(workerA1, "SELECT count(*) FROM staff_member WHERE project_id IN ('%s', '%s')"))
                .isEqualTo(1);
        assertThat(count(workerA1, "SELECT count(*) FROM staff_assignment WHERE project_id IN ('%s', '%s')"))
                .isEqualTo(1);
    }

    @Test
    void aLeadReadsItsWholeProjectAndNothingOfAnother() {
        assertThat(count(leadA, "SELECT count(*) FROM staff_member WHERE project_id IN ('%s', '%s')"))
                .isEqualTo(2);
        assertThat(count(viewerB, "SELECT count(*) FROM staff_member WHERE project_id IN ('%s', '%s')"))
                .isEqualTo(1);
        assertThat(count(viewerB, "SELECT count(*) FROM staff_assignment WHERE project_id IN ('%s', '%s')"))
                .isEqualTo(1);
    }

    @Test
    void onlyManagersWriteAndTheWritesStayInTheirProject() {
        assertThat(
                        count(
                                workerA1,
                                "WITH changed AS (UPDATE staff_member SET left_on = left_on WHERE project_id IN ('%s', '%s') RETURNING 1) SELECT count(*) FROM changed"))
                .isZero();
        assertThat(
                        count(
                                leadA,
                                "WITH changed AS (UPDATE staff_member SET left_on = left_on WHERE project_id IN ('%s', '%s') RETURNING 1) SELECT count(*) FROM changed"))
                .isEqualTo(2);
    }

    @Test
    void noWriterCanMoveARowToAnotherProjectOrStation() {
        for (var move : new String[] {
            "UPDATE staff_member SET project_id = '%2$s' WHERE project_id = '%1$s'",
            "UPDATE staff_assignment SET station_id = NULL WHERE project_id = '%1$s'",
            "UPDATE staff_member SET name = 'x' WHERE project_id = '%1$s'",
            "UPDATE station SET project_id = '%2$s' WHERE project_id = '%1$s'",
            "UPDATE station SET name = 'x' WHERE project_id = '%1$s'"
        }) {
            assertThat(refusal(leadA, move)).as(move).isEqualTo(SqlStates.INSUFFICIENT_PRIVILEGE);
        }
    }

    @Test
    void aRowCannotPointAcrossProjects() {
        // the lead of A may write A's rows, but not one that names B's station or A's staff under B
        var otherStation =
                "INSERT INTO supervision_session (id, project_id, station_id, kind, held_on, supervisor_id, topic)"
                        + " SELECT gen_random_uuid(), '%1$s', '" + b1 + "', 'GROUP', date '2026-03-01', id, '跨项目'"
                        + " FROM staff_member WHERE project_id = '%1$s' LIMIT 1";
        assertThat(refusal(leadA, otherStation)).isEqualTo(SqlStates.FOREIGN_KEY_VIOLATION);
        var admin = Scope.system();
        var staffOfA =
                "INSERT INTO staff_assignment (id, project_id, station_id, staff_id, person_key, role, full_time, starts_on)"
                        + " SELECT gen_random_uuid(), '%2$s', '" + b1
                        + "', id, id_number_hash, 'WORKER', false, date '2026-06-01'"
                        + " FROM staff_member WHERE project_id = '%1$s' LIMIT 1";
        assertThat(refusal(admin, staffOfA)).isEqualTo(SqlStates.FOREIGN_KEY_VIOLATION);
    }

    /** The SQL state the database answers the statement with (null if it was accepted). */
    private String refusal(Scope scope, String sql) {
        try {
            Tenancy.runAs(
                    scope,
                    () -> transactions.executeWrite(status -> {
                        try (var statement = status.getConnection().createStatement()) {
                            statement.execute(sql.formatted(projectA, projectB));
                        }
                        status.setRollbackOnly();
                        return null;
                    }));
            return null;
        } catch (Exception e) { // executeWrite rethrows the driver's SQLException as it is
            return SqlStates.of(e);
        }
    }

    private int count(Scope scope, String sql) {
        return Tenancy.callAs(
                scope,
                () -> transactions.executeWrite(status -> {
                    try (var statement = status.getConnection().createStatement();
                            var row = statement.executeQuery(sql.formatted(projectA, projectB))) {
                        row.next();
                        return row.getInt(1);
                    }
                }));
    }

    private UUID station(UUID project, String name) {
        return organisation
                .createStation(new Commands.NewStation(project, name, StationKind.TOWN, "411082001"))
                .id();
    }

    private UUID hire(UUID project, int n) {
        return staffing.hire(new StaffingCommands.Hire(
                        project,
                        "员" + n,
                        Gender.MALE,
                        "13800000000",
                        "41108219900101%03d%d".formatted(Math.abs(project.hashCode() % 1000), n),
                        Degree.BACHELOR,
                        "社会工作",
                        true,
                        QualificationLevel.ASSISTANT,
                        "Z1",
                        LocalDate.of(2024, 1, 1),
                        BigDecimal.valueOf(3),
                        EmploymentType.FULL_TIME,
                        LocalDate.of(2026, 1, 1)))
                .id();
    }

    private cn.sgz.tenant.api.UserView user(
            String username, cn.sgz.infra.tenancy.Role role, UUID bureau, UUID project, UUID station) {
        var user = accounts.createUser(new Commands.NewUser(username, username, "Row@20260001"));
        accounts.grant(new Commands.NewGrant(user.id(), role, bureau, project, station));
        return user;
    }
}
