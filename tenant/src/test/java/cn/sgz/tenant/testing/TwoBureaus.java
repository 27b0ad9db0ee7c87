package cn.sgz.tenant.testing;

import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.BureauView;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.ProjectView;
import cn.sgz.tenant.api.StationKind;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.UserView;
import java.util.UUID;

/**
 * Two bureaus side by side, with unique names so fixtures of many test classes share a database:
 * bureau A's project runs stations a1 and a2, bureau B's project runs b1; a worker at a1, a worker
 * at b1, a viewer of each bureau and a lead of project A.
 */
public record TwoBureaus(
        BureauView bureauA,
        BureauView bureauB,
        ProjectView projectA,
        ProjectView projectB,
        StationView a1,
        StationView a2,
        StationView b1,
        UserView workerA1,
        UserView workerB1,
        UserView viewerA,
        UserView viewerB,
        UserView leadA) {

    public static final String PASSWORD = "Test@2026pass";

    public static TwoBureaus create(Organisation organisation, Accounts accounts) {
        return Tenancy.callAs(Scope.system(), () -> {
            var tag = UUID.randomUUID().toString().substring(0, 8);
            var bureauA = organisation.createBureau(new Commands.NewBureau("甲市民政局" + tag, "411082"));
            var bureauB = organisation.createBureau(new Commands.NewBureau("乙市民政局" + tag, "411081"));
            var projectA = organisation.createProject(new Commands.NewProject(bureauA.id(), "甲项目", "甲机构" + tag, 2026));
            var projectB = organisation.createProject(new Commands.NewProject(bureauB.id(), "乙项目", "乙机构" + tag, 2026));
            var a1 = organisation.createStation(
                    new Commands.NewStation(projectA.id(), "甲一街道", StationKind.STREET, "411082001"));
            var a2 = organisation.createStation(
                    new Commands.NewStation(projectA.id(), "甲二镇", StationKind.TOWN, "411082100"));
            var b1 = organisation.createStation(
                    new Commands.NewStation(projectB.id(), "乙一街道", StationKind.STREET, "411081001"));
            return new TwoBureaus(
                    bureauA,
                    bureauB,
                    projectA,
                    projectB,
                    a1,
                    a2,
                    b1,
                    user(accounts, "wa" + tag, Role.STATION_WORKER, null, null, a1.id()),
                    user(accounts, "wb" + tag, Role.STATION_WORKER, null, null, b1.id()),
                    user(accounts, "va" + tag, Role.BUREAU_VIEWER, bureauA.id(), null, null),
                    user(accounts, "vb" + tag, Role.BUREAU_VIEWER, bureauB.id(), null, null),
                    user(accounts, "la" + tag, Role.PROJECT_LEAD, null, projectA.id(), null));
        });
    }

    private static UserView user(
            Accounts accounts, String username, Role role, UUID bureau, UUID project, UUID station) {
        var user = accounts.createUser(new Commands.NewUser(username, username, PASSWORD));
        accounts.grant(new Commands.NewGrant(user.id(), role, bureau, project, station));
        return user;
    }
}
