package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.Emergency;
import cn.sgz.emergency.api.EmergencyCommands.Allocation;
import cn.sgz.emergency.api.EmergencyCommands.DefineResourceType;
import cn.sgz.emergency.api.EmergencyCommands.DispatchApproval;
import cn.sgz.emergency.api.EmergencyCommands.DispatchRequest;
import cn.sgz.emergency.api.EmergencyCommands.DispatchStep;
import cn.sgz.emergency.api.EmergencyCommands.IncidentStep;
import cn.sgz.emergency.api.EmergencyCommands.Line;
import cn.sgz.emergency.api.EmergencyCommands.NewDrill;
import cn.sgz.emergency.api.EmergencyCommands.NewIncident;
import cn.sgz.emergency.api.EmergencyCommands.Receipt;
import cn.sgz.emergency.api.EmergencyCommands.Use;
import cn.sgz.emergency.api.EmergencyEnums.IncidentKind;
import cn.sgz.emergency.api.EmergencyEnums.ResourceCategory;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.DemoLoaded;
import cn.sgz.tenant.api.Organisation;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: a catalogue of eight types and a store at each of the 16 stations, some under the
 * minimum, some batches expiring within the month; a rainstorm 12 days ago at the first station with
 * supplies used there and a dispatch from two neighbours, received and reviewed; this quarter's
 * drill at three stations in four (the fourth is flagged).
 */
@Singleton
@Requires(env = "demo")
class EmergencyDemo {
    private static final Logger LOG = LoggerFactory.getLogger(EmergencyDemo.class);

    private record Kind(String name, ResourceCategory category, String unit, int minimum, boolean expires) {}

    private static final List<Kind> KINDS = List.of(
            new Kind("急救包", ResourceCategory.MEDICAL, "个", 5, true),
            new Kind("担架", ResourceCategory.MEDICAL, "副", 1, false),
            new Kind("医用口罩", ResourceCategory.PROTECTIVE, "盒", 20, true),
            new Kind("对讲机", ResourceCategory.COMMUNICATION, "台", 2, false),
            new Kind("救灾帐篷", ResourceCategory.SHELTER, "顶", 3, false),
            new Kind("棉被", ResourceCategory.SHELTER, "床", 10, false),
            new Kind("饮用水", ResourceCategory.FOOD, "箱", 20, true),
            new Kind("应急照明灯", ResourceCategory.TOOLS, "个", 4, false));

    private final Emergency emergency;
    private final Organisation organisation;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    EmergencyDemo(
            Emergency emergency,
            Organisation organisation,
            TransactionOperations<Connection> transactions,
            Clock clock) {
        this.emergency = emergency;
        this.organisation = organisation;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void onDemoLoaded(DemoLoaded event) {
        Tenancy.runAs(
                Scope.system(),
                () -> transactions.executeWrite(status -> {
                    loadOnce(event.projectId());
                    return null;
                }));
    }

    private void loadOnce(UUID projectId) {
        if (!emergency.resourceTypes(projectId).isEmpty()) {
            return;
        }
        var stations = organisation.stationsOf(projectId);
        var today = LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
        var types = KINDS.stream()
                .map(kind -> emergency
                        .defineResourceType(new DefineResourceType(
                                id("type", kind.name()),
                                projectId,
                                kind.name(),
                                kind.category(),
                                kind.unit(),
                                kind.minimum(),
                                kind.expires(),
                                null))
                        .id())
                .toList();
        for (int s = 0; s < stations.size(); s++) {
            var station = stations.get(s).id();
            for (int k = 0; k < KINDS.size(); k++) {
                var kind = KINDS.get(k);
                int quantity = kind.minimum() * (1 + (s + k) % 3) + (k == 1 ? 1 : 0);
                if (k == 5 && s % 5 == 3) {
                    quantity = kind.minimum() / 2; // 棉被 under the minimum
                }
                var expiresOn = kind.expires() ? today.plusMonths(6 + (s + k) % 12) : null;
                receive(station, types.get(k), quantity, expiresOn, s + "|" + k);
                if (kind.expires() && (s + k) % 4 == 1) {
                    receive(
                            station,
                            types.get(k),
                            Math.max(1, kind.minimum() / 4),
                            today.plusDays(10 + s),
                            s + "|" + k + "|old");
                }
            }
            var quarter = Quarter.of(today);
            if (s % 4 != 3) {
                emergency.recordDrill(new NewDrill(
                        id("drill", station.toString()),
                        station,
                        quarter.firstDay().plusDays(9 + s).isAfter(today)
                                ? today
                                : quarter.firstDay().plusDays(9 + s),
                        s % 2 == 0 ? "暴雨内涝群众转移安置演练" : "社区火灾疏散演练",
                        20 + 3 * s,
                        s % 3 == 0 ? "转移路线标识不清，已补设指示牌" : null));
            }
        }
        storm(stations.get(0).id(), stations.get(1).id(), stations.get(2).id(), types);
        LOG.info("演示数据：{} 个站点的应急物资、1 起突发事件及调度、本季度演练已载入", stations.size());
    }

    private void storm(UUID hit, UUID north, UUID south, List<UUID> types) {
        var incident = emergency.reportIncident(new NewIncident(
                id("incident", "storm"),
                hit,
                clock.instant().minus(Duration.ofDays(12)),
                "老城社区 3 号院",
                IncidentKind.NATURAL_DISASTER,
                36,
                "暴雨致老旧小区一楼进水，36 名居民需临时安置"));
        emergency.use(new Use(id("use", "quilts"), hit, types.get(5), 8, incident.id(), "临时安置点发放棉被"));
        emergency.use(new Use(id("use", "water"), hit, types.get(6), 10, incident.id(), "安置点饮用水"));
        var dispatch = emergency.requestDispatch(new DispatchRequest(
                id("dispatch", "storm"),
                hit,
                "老城社区临时安置点",
                incident.id(),
                "安置人数超出本站储备",
                List.of(new Line(types.get(4), 4), new Line(types.get(6), 20))));
        dispatch = emergency.approveDispatch(new DispatchApproval(
                dispatch.id(),
                dispatch.version(),
                List.of(
                        new Allocation(north, types.get(4), 2),
                        new Allocation(south, types.get(4), 2),
                        new Allocation(north, types.get(6), 20))));
        emergency.receiveDispatch(new DispatchStep(dispatch.id(), dispatch.version(), null));
        var responded = emergency.respondToIncident(
                new IncidentStep(incident.id(), incident.version(), "转移安置 36 人，发放棉被、饮用水，调拨帐篷 4 顶"));
        emergency.reviewIncident(new IncidentStep(responded.id(), responded.version(), "预警信息传达及时；安置点帐篷储备不足，已建议增加最低储备"));
    }

    private void receive(UUID station, UUID type, int quantity, LocalDate expiresOn, String key) {
        emergency.receive(new Receipt(id("receipt", key + "|" + station), station, type, quantity, expiresOn));
    }

    private static UUID id(String kind, String key) {
        return UUID.nameUUIDFromBytes(("demo-emergency|" + kind + "|" + key).getBytes(StandardCharsets.UTF_8));
    }
}
