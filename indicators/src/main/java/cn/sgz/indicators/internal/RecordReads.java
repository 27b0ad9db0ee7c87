package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.ActivityRecord;
import cn.sgz.indicators.api.IndicatorViews.CaseRecord;
import cn.sgz.indicators.api.IndicatorViews.GroupRecord;
import cn.sgz.indicators.api.IndicatorViews.SurveyRecord;
import cn.sgz.indicators.api.IndicatorViews.VisitRecord;
import cn.sgz.indicators.api.IndicatorViews.VolunteerRecord;
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
    private final ContactRepository visits;
    private final VolunteerRepository volunteers;
    private final SurveyRepository surveys;
    private final GroupService groupViews;

    RecordReads(
            CaseRepository cases,
            GroupRepository groups,
            ActivityRepository activities,
            ContactRepository visits,
            VolunteerRepository volunteers,
            SurveyRepository surveys,
            GroupService groupViews) {
        this.cases = cases;
        this.groups = groups;
        this.activities = activities;
        this.visits = visits;
        this.volunteers = volunteers;
        this.surveys = surveys;
        this.groupViews = groupViews;
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<CaseRecord>> cases(Collection<UUID> stationIds, RecordPage page) {
        return pages(
                stationIds,
                page,
                cases::page,
                rows -> rows.stream().map(CaseService::view).toList(),
                CaseRecord::stationId,
                c -> c.openedOn() + "|" + c.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<GroupRecord>> groups(Collection<UUID> stationIds, RecordPage page) {
        return pages(
                stationIds,
                page,
                groups::page,
                groupViews::views,
                GroupRecord::stationId,
                g -> g.startedOn() + "|" + g.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<ActivityRecord>> activities(Collection<UUID> stationIds, RecordPage page) {
        return pages(
                stationIds,
                page,
                activities::page,
                rows -> rows.stream().map(ActivityService::view).toList(),
                ActivityRecord::stationId,
                a -> a.heldOn() + "|" + a.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<VisitRecord>> visits(Collection<UUID> stationIds, RecordPage page) {
        return pages(
                stationIds,
                page,
                visits::page,
                rows -> rows.stream().map(ContactService::view).toList(),
                VisitRecord::stationId,
                v -> v.visitedOn() + "|" + v.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<VolunteerRecord>> volunteerEvents(Collection<UUID> stationIds, RecordPage page) {
        return pages(
                stationIds,
                page,
                volunteers::page,
                rows -> rows.stream().map(ContactService::view).toList(),
                VolunteerRecord::stationId,
                v -> v.heldOn() + "|" + v.id());
    }

    @Transactional(readOnly = true)
    Map<UUID, Connection<SurveyRecord>> surveys(Collection<UUID> stationIds, RecordPage page) {
        return pages(
                stationIds,
                page,
                surveys::page,
                rows -> rows.stream().map(ContactService::view).toList(),
                SurveyRecord::stationId,
                s -> s.answeredOn() + "|" + s.id());
    }

    /** A repository's page query: up to {@code limit} rows per station in the period, after a position. */
    interface PageQuery<R> {
        List<R> page(
                Collection<UUID> stationIds,
                LocalDate from,
                LocalDate to,
                @Nullable LocalDate afterDate,
                @Nullable UUID afterId,
                int limit);
    }

    private static <R, V> Map<UUID, Connection<V>> pages(
            Collection<UUID> stationIds,
            RecordPage page,
            PageQuery<R> query,
            Function<List<R>, List<V>> views,
            Function<V, UUID> station,
            Function<V, String> position) {
        var after = Position.of(page.page().afterPosition());
        var rows = query.page(
                List.copyOf(stationIds),
                page.quarter().firstDay(),
                page.quarter().lastDay(),
                after.date(),
                after.id(),
                page.page().first() + 1);
        var byStation = views.apply(rows).stream().collect(Collectors.groupingBy(station));
        var result = new HashMap<UUID, Connection<V>>();
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
