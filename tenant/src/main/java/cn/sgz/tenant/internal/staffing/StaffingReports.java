package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.staffing.StaffEnums.SupervisionKind;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.Compliance;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import cn.sgz.tenant.api.staffing.StaffingViews.StationStaffing;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Rosters, quarterly compliance and rules: a fixed number of statements for any number of stations. */
@Singleton
class StaffingReports {
    private final AssignmentRepository assignments;
    private final RuleRepository rules;
    private final TrainingRepository trainings;
    private final SupervisionRepository supervisions;
    private final StaffIdentities identities;
    private final Organisation organisation;

    StaffingReports(
            AssignmentRepository assignments,
            RuleRepository rules,
            TrainingRepository trainings,
            SupervisionRepository supervisions,
            StaffIdentities identities,
            Organisation organisation) {
        this.assignments = assignments;
        this.rules = rules;
        this.trainings = trainings;
        this.supervisions = supervisions;
        this.identities = identities;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    Map<UUID, StationStaffing> staffing(Collection<UUID> stationIds, LocalDate asOf) {
        var stations = visible(stationIds);
        if (stations.isEmpty()) {
            return Map.of();
        }
        var postings = assignments.stationPostings(stations.keySet(), asOf, asOf);
        var staff = staffOf(postings);
        var terms = rulesOf(projectsOf(stations));
        var result = new HashMap<UUID, StationStaffing>();
        stations.values()
                .forEach(station -> result.put(
                        station.id(),
                        StaffingArithmetic.staffing(
                                station.id(),
                                asOf,
                                terms.get(station.projectId()),
                                postingsAt(postings, station.id()),
                                staff)));
        return result;
    }

    @Transactional(readOnly = true)
    Map<UUID, Compliance> compliance(Collection<UUID> stationIds, Quarter quarter) {
        var stations = visible(stationIds);
        if (stations.isEmpty()) {
            return Map.of();
        }
        var postings = assignments.stationPostings(stations.keySet(), quarter.firstDay(), quarter.lastDay());
        var staff = staffOf(postings);
        var attended = trainingsOf(staff.keySet());
        var terms = rulesOf(projectsOf(stations));
        var counts = new HashMap<UUID, Map<SupervisionKind, Long>>();
        supervisions
                .counts(stations.keySet(), quarter.firstDay(), quarter.lastDay())
                .forEach(count -> counts.computeIfAbsent(count.stationId(), key -> new HashMap<>())
                        .put(count.kind(), count.sessions()));
        var result = new HashMap<UUID, Compliance>();
        stations.values().forEach(station -> {
            var held = counts.getOrDefault(station.id(), Map.of());
            result.put(
                    station.id(),
                    StaffingArithmetic.compliance(
                            station.id(),
                            quarter,
                            terms.get(station.projectId()),
                            postingsAt(postings, station.id()),
                            staff,
                            attended,
                            held.getOrDefault(SupervisionKind.INDIVIDUAL, 0L).intValue(),
                            held.getOrDefault(SupervisionKind.GROUP, 0L).intValue()));
        });
        return result;
    }

    @Transactional(readOnly = true)
    List<Compliance> overview(UUID projectId, Quarter quarter) {
        requireProject(projectId);
        var stationIds =
                organisation.stationsOf(projectId).stream().map(StationView::id).toList();
        return compliance(stationIds, quarter).values().stream()
                .sorted(Comparator.comparing(Compliance::compliant)
                        .thenComparing(Compliance::complianceRate)
                        .thenComparing(
                                compliance -> -compliance.qualificationGaps().size())
                        .thenComparing(compliance -> compliance.stationId().toString()))
                .toList();
    }

    @Transactional(readOnly = true)
    Rules rules(UUID projectId) {
        requireProject(projectId);
        return rulesOf(List.of(projectId)).get(projectId);
    }

    /** Each project's terms; a project that set none has the contract's defaults. */
    Map<UUID, Rules> rulesOf(Collection<UUID> projectIds) {
        var terms = new HashMap<UUID, Rules>();
        projectIds.forEach(project -> terms.put(project, Rules.CONTRACT_DEFAULT));
        rules.rules(projectIds).forEach(row -> terms.put(row.projectId(), row.rules()));
        return terms;
    }

    private void requireProject(UUID projectId) {
        Tenancy.require();
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
    }

    private Map<UUID, List<TrainingRecord>> trainingsOf(Set<UUID> staffIds) {
        var attended = new HashMap<UUID, List<TrainingRecord>>();
        if (!staffIds.isEmpty()) {
            trainings
                    .attended(staffIds)
                    .forEach(row -> attended.computeIfAbsent(row.staffId(), key -> new ArrayList<>())
                            .add(new TrainingRecord(row.kind(), row.heldOn())));
        }
        return attended;
    }

    private Map<UUID, StaffMember> staffOf(List<Assignment> postings) {
        return identities.views(postings.stream().map(Assignment::staffId).collect(Collectors.toSet()));
    }

    private Map<UUID, StationView> visible(Collection<UUID> stationIds) {
        if (Tenancy.current().isEmpty() || stationIds.isEmpty()) {
            return Map.of();
        }
        return organisation.stationsByIds(stationIds);
    }

    private static Set<UUID> projectsOf(Map<UUID, StationView> stations) {
        return stations.values().stream().map(StationView::projectId).collect(Collectors.toSet());
    }

    private static List<Assignment> postingsAt(List<Assignment> postings, UUID stationId) {
        return postings.stream()
                .filter(posting -> stationId.equals(posting.stationId()))
                .toList();
    }
}
