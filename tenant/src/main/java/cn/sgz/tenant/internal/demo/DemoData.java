package cn.sgz.tenant.internal.demo;

import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Accounts;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.DemoLoaded;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationKind;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.staffing.Staffing;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: the bureau 长葛市民政局 with its 2026 project of 16 stations, a second bureau
 * (禹州市民政局) to show isolation, and their users, all with password {@value #PASSWORD}; and the
 * 长葛 project's staff ({@link DemoStaffing}). Loaded
 * once; a restart with the same data directory finds it there.
 */
@Singleton
@Requires(env = "demo")
class DemoData {
    static final String PASSWORD = "Demo@2026";
    static final String BUREAU = "长葛市民政局";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> STREETS = List.of("建设路街道", "长兴路街道", "长社路街道", "金桥路街道");
    private static final List<String> TOWNS =
            List.of("和尚桥镇", "坡胡镇", "后河镇", "石固镇", "老城镇", "南席镇", "大周镇", "董村镇", "增福镇", "佛耳湖镇", "官亭镇", "古桥镇");

    private final Organisation organisation;
    private final Accounts accounts;
    private final TransactionOperations<Connection> transactions;
    private final Staffing staffing;
    private final ApplicationEventPublisher<DemoLoaded> loaded;

    DemoData(
            Organisation organisation,
            Accounts accounts,
            TransactionOperations<Connection> transactions,
            Staffing staffing,
            ApplicationEventPublisher<DemoLoaded> loaded) {
        this.loaded = loaded;
        this.transactions = transactions;
        this.staffing = staffing;
        this.organisation = organisation;
        this.accounts = accounts;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Tenancy.runAs(
                Scope.system(),
                () -> transactions.executeWrite(status -> {
                    loadOnce();
                    return null;
                }));
        var project = Tenancy.callAs(
                Scope.system(),
                () -> organisation.bureaus().stream()
                        .filter(bureau -> bureau.name().equals(BUREAU))
                        .flatMap(bureau -> organisation.projects(bureau.id()).stream())
                        .findFirst());
        project.ifPresent(found -> loaded.publishEvent(new DemoLoaded(found.id())));
    }

    /** All or nothing, in the one transaction around it. */
    private void loadOnce() {
        if (organisation.bureaus().stream().anyMatch(bureau -> bureau.name().equals(BUREAU))) {
            return;
        }
        var changge = organisation.createBureau(new Commands.NewBureau(BUREAU, "411082"));
        var project = organisation.createProject(
                new Commands.NewProject(changge.id(), "长葛市2026年镇（街道）社工站项目", "长葛市社会工作服务中心", 2026));
        var stations = new ArrayList<StationView>();
        for (int i = 0; i < STREETS.size(); i++) {
            stations.add(station(project.id(), STREETS.get(i), StationKind.STREET, "411082%03d".formatted(i + 1)));
        }
        for (int i = 0; i < TOWNS.size(); i++) {
            stations.add(station(project.id(), TOWNS.get(i), StationKind.TOWN, "411082%03d".formatted(100 + i)));
        }
        user("admin", "平台管理员", Role.PLATFORM_ADMIN, null, null, null);
        user("bureau", "长葛市民政局", Role.BUREAU_VIEWER, changge.id(), null, null);
        user("lead", "项目负责人", Role.PROJECT_LEAD, null, project.id(), null);
        user("supervisor", "督导", Role.SUPERVISOR, null, project.id(), null);
        var workers = new DemoStaffing(staffing).load(project.id(), stations);
        for (int i = 0; i < workers.size(); i++) {
            var station = stations.get(i / 2);
            var name = "worker%02d".formatted(i + 1);
            var userId = user(name, workers.get(i).name(), Role.STATION_WORKER, null, null, station.id());
            staffing.linkAccount(workers.get(i).id(), userId);
        }
        var yuzhou = organisation.createBureau(new Commands.NewBureau("禹州市民政局", "411081"));
        var yuzhouProject =
                organisation.createProject(new Commands.NewProject(yuzhou.id(), "禹州市2026年社工站项目", "禹州市社会工作服务中心", 2026));
        var yuzhouStreets = List.of("夏都街道", "颍川街道", "钧台街道");
        for (int i = 0; i < yuzhouStreets.size(); i++) {
            station(yuzhouProject.id(), yuzhouStreets.get(i), StationKind.STREET, "411081%03d".formatted(i + 1));
        }
        user("bureau2", "禹州市民政局", Role.BUREAU_VIEWER, yuzhou.id(), null, null);
        user("lead2", "禹州项目负责人", Role.PROJECT_LEAD, null, yuzhouProject.id(), null);
        LOG.info("已载入演示数据：{} 个站点、{} 个用户，密码 {}", stations.size() + 3, stations.size() * 2 + 6, PASSWORD);
    }

    private StationView station(UUID projectId, String name, StationKind kind, String regionCode) {
        return organisation.createStation(new Commands.NewStation(projectId, name, kind, regionCode));
    }

    private UUID user(String username, String displayName, Role role, UUID bureauId, UUID projectId, UUID stationId) {
        // as an admin would: through the facade, each password hashed with its own salt
        var id = accounts.createUser(new Commands.NewUser(username, displayName, PASSWORD))
                .id();
        accounts.grant(new Commands.NewGrant(id, role, bureauId, projectId, stationId));
        return id;
    }
}
