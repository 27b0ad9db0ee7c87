package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.EmergencyViews.StationStock;
import cn.sgz.emergency.api.EmergencyViews.StockAlert;
import cn.sgz.emergency.api.EmergencyViews.StockLevel;
import cn.sgz.emergency.api.EmergencyViews.StockOverview;
import cn.sgz.emergency.internal.StockLedger.Line;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.live.LiveEvents;
import cn.sgz.infra.time.BusinessCalendar;
import cn.sgz.tenant.api.Organisation;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.reactivestreams.Publisher;

/**
 * The stock as the project's stations see it: levels, alerts, the type × station overview, and the
 * live view, to which each committed change is published once (topic {@code stock:<project>}).
 */
@Singleton
class StockView {
    private final StockReads reads;
    private final CatalogueService catalogue;
    private final Organisation organisation;
    private final LiveEvents live;
    private final Clock clock;

    StockView(StockReads reads, CatalogueService catalogue, Organisation organisation, LiveEvents live, Clock clock) {
        this.reads = reads;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.live = live;
        this.clock = clock;
    }

    Map<UUID, List<StockLevel>> levels(Collection<UUID> stationIds) {
        return reads.levels(stationIds);
    }

    Map<UUID, List<StockAlert>> alerts(Collection<UUID> stationIds) {
        var today = today();
        return reads.levels(stationIds).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> StockRules.alerts(entry.getValue(), today)));
    }

    List<StockAlert> projectAlerts(UUID projectId) {
        requireVisible(projectId);
        var today = today();
        var alerts = new ArrayList<StockAlert>();
        reads.levels(stationIds(projectId)).values().forEach(levels -> alerts.addAll(StockRules.alerts(levels, today)));
        return alerts;
    }

    StockOverview overview(UUID projectId) {
        requireVisible(projectId);
        var stations = stationIds(projectId);
        var levels = reads.levels(stations);
        var rows = stations.stream()
                .map(id -> new StationStock(id, levels.getOrDefault(id, List.of())))
                .toList();
        return new StockOverview(projectId, catalogue.ofProject(projectId), rows);
    }

    /** The changed lines' levels now (committed), each published to the project's live view. */
    List<StockLevel> changed(List<Line> lines) {
        var stations = lines.stream().map(Line::stationId).collect(Collectors.toCollection(LinkedHashSet::new));
        var levels = reads.levels(stations);
        var result = new ArrayList<StockLevel>();
        for (var line : new LinkedHashSet<>(lines)) {
            levels.getOrDefault(line.stationId(), List.of()).stream()
                    .filter(level -> level.resourceTypeId().equals(line.typeId()))
                    .findFirst()
                    .ifPresent(level -> {
                        live.publish(topic(level.projectId()), level);
                        result.add(level);
                    });
        }
        return result;
    }

    Publisher<StockLevel> changes(UUID projectId) {
        requireVisible(projectId);
        return live.stream(topic(projectId), StockLevel.class);
    }

    static String topic(UUID projectId) {
        return "stock:" + projectId;
    }

    /** The project is the caller's to see stock of: it is a member (the directory's and the stock's policy). */
    private void requireVisible(UUID projectId) {
        if (organisation.directory(projectId).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
    }

    /** Every station of the project, also those whose own record is out of the caller's reach. */
    private List<UUID> stationIds(UUID projectId) {
        return List.copyOf(organisation.directory(projectId).keySet());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(BusinessCalendar.ZONE));
    }
}
