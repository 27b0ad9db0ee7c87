package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.ActivityRecord;
import cn.sgz.indicators.api.IndicatorViews.CaseRecord;
import cn.sgz.indicators.api.IndicatorViews.GroupRecord;
import cn.sgz.indicators.api.Indicators.RecordPage;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Connection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pages of stations' records, one statement per kind for any number of stations; a cursor is the
 * position (date, id) of the last record, so pages stay stable while records are added.
 */
@Singleton
class RecordReads {
    private final CaseRepository cases;
    private final GroupRepository groups;
    private final ActivityRepository activities;
    private final GroupService groupViews;

    RecordReads(CaseRepository cases, GroupRepository groups, ActivityRepository activities, GroupService groupViews) {
        this.cases = cases;
        this.groups = groups;
        this.activities = activities;
        this.groupViews = groupViews;
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<CaseRecord>> cases(Collection<UUID> stationIds, RecordPage page) {
        var after = Position.of(page.page().afterPosition());
        var rows = cases.page(
                List.copyOf(stationIds),
                page.quarter().firstDay(),
                page.quarter().lastDay(),
                after.date(),
                after.id(),
                page.page().first() + 1);
        return connections(
                stationIds,
                rows.stream().map(CaseService::view).toList(),
                CaseRecord::stationId,
                page,
                c -> c.openedOn() + "|" + c.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<GroupRecord>> groups(Collection<UUID> stationIds, RecordPage page) {
        var after = Position.of(page.page().afterPosition());
        var rows = groups.page(
                List.copyOf(stationIds),
                page.quarter().firstDay(),
                page.quarter().lastDay(),
                after.date(),
                after.id(),
                page.page().first() + 1);
        return connections(
                stationIds, groupViews.views(rows), GroupRecord::stationId, page, g -> g.startedOn() + "|" + g.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<ActivityRecord>> activities(Collection<UUID> stationIds, RecordPage page) {
        var after = Position.of(page.page().afterPosition());
        var rows = activities.page(
                List.copyOf(stationIds),
                page.quarter().firstDay(),
                page.quarter().lastDay(),
                after.date(),
                after.id(),
                page.page().first() + 1);
        return connections(
                stationIds,
                rows.stream().map(ActivityService::view).toList(),
                ActivityRecord::stationId,
                page,
                a -> a.heldOn() + "|" + a.id());
    }

    private static <T> Map<UUID, Connection<T>> connections(
            Collection<UUID> stationIds,
            List<T> records,
            Function<T, UUID> station,
            RecordPage page,
            Function<T, String> position) {
        var byStation = records.stream().collect(Collectors.groupingBy(station));
        var result = new HashMap<UUID, Connection<T>>();
        for (var id : stationIds) {
            result.put(id, Connection.of(byStation.getOrDefault(id, List.of()), page.page(), position));
        }
        return result;
    }

    /** A decoded cursor: the date and id of the last record seen. */
    record Position(@Nullable LocalDate date, @Nullable UUID id) {
        static Position of(@Nullable String text) {
            if (text == null) {
                return new Position(null, null);
            }
            var parts = text.split("\\|", 2);
            try {
                return new Position(LocalDate.parse(parts[0]), UUID.fromString(parts[1]));
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw DomainException.invalid("after", "after 不是有效的分页游标");
            }
        }
    }
}
