package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.IndicatorViews.GroupRecord;
import cn.sgz.indicators.api.IndicatorViews.Session;
import cn.sgz.indicators.api.RecordCommands.Correction;
import cn.sgz.indicators.api.RecordCommands.GroupFacts;
import cn.sgz.indicators.api.RecordCommands.NewRecord;
import cn.sgz.indicators.api.RecordCommands.SessionFacts;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Logging and correcting groups; a correction replaces the list of sessions as a whole. */
@Singleton
class GroupService {
    private final GroupRepository groups;
    private final RecordGuard guard;
    private final AuditLog audit;

    GroupService(GroupRepository groups, RecordGuard guard, AuditLog audit) {
        this.groups = groups;
        this.guard = guard;
        this.audit = audit;
    }

    @Transactional
    GroupRecord log(NewRecord<GroupFacts> command) {
        var station = guard.writableStation(command.stationId());
        var retry = RecordGuard.retried(groups.find(command.id()), station.id(), GroupRow::stationId);
        if (retry.isPresent()) {
            return views(List.of(retry.get())).getFirst();
        }
        var facts = command.facts();
        guard.requireOpen(station.id(), dates(facts));
        var row = new GroupRow(
                command.id(),
                station.projectId(),
                station.id(),
                facts.domain(),
                facts.kind(),
                facts.title(),
                facts.members(),
                facts.startedOn(),
                facts.finalReport(),
                facts.featured(),
                1,
                Tenancy.require().userId());
        Constraints.guard(() -> groups.save(row), Constraints.unique(RecordGuard.ID_TAKEN));
        writeSessions(row, facts.sessions());
        audit.record(
                new AuditEntry("GROUP_LOGGED", station.id(), "Group", row.id().toString(), changes(facts)));
        return views(List.of(row)).getFirst();
    }

    @Transactional
    GroupRecord correct(Correction<GroupFacts> command) {
        var current = groups.find(command.id()).orElseThrow(RecordGuard::missing);
        guard.writableStation(current.stationId());
        var facts = command.facts();
        var before = groups.sessions(List.of(current.id())).stream()
                .map(GroupRepository.SessionLine::heldOn)
                .toList();
        var touched = new ArrayList<LocalDate>(before);
        touched.add(current.startedOn());
        touched.addAll(List.of(dates(facts)));
        guard.requireOpen(current.stationId(), touched.toArray(LocalDate[]::new));
        var changed = groups.correct(
                current.id(),
                command.version(),
                facts.domain().name(),
                facts.kind().name(),
                facts.title(),
                facts.members(),
                facts.startedOn(),
                facts.finalReport(),
                facts.featured());
        if (changed == 0) {
            throw RecordGuard.stale(current.version());
        }
        groups.deleteSessions(current.id());
        writeSessions(current, facts.sessions());
        audit.record(new AuditEntry(
                "GROUP_CORRECTED", current.stationId(), "Group", current.id().toString(), changes(facts)));
        return views(List.of(groups.find(current.id()).orElseThrow(RecordGuard::missing)))
                .getFirst();
    }

    /** Rows with their sessions, in one statement for all of them. */
    List<GroupRecord> views(Collection<GroupRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        var sessions = groups.sessions(rows.stream().map(GroupRow::id).toList()).stream()
                .collect(Collectors.groupingBy(
                        GroupRepository.SessionLine::groupId,
                        Collectors.mapping(
                                line -> new Session(line.number(), line.heldOn(), line.attendance(), line.minutes()),
                                Collectors.toList())));
        return rows.stream()
                .map(row -> {
                    var held = sessions.getOrDefault(row.id(), List.of());
                    int attendance = held.stream().mapToInt(Session::attendance).sum();
                    return new GroupRecord(
                            row.id(),
                            row.stationId(),
                            row.domain(),
                            row.kind(),
                            row.title(),
                            row.members(),
                            row.startedOn(),
                            held,
                            row.finalReport(),
                            row.featured(),
                            row.version(),
                            QualityRules.ofGroup(row.members(), held.size(), attendance));
                })
                .toList();
    }

    private void writeSessions(GroupRow row, List<SessionFacts> sessions) {
        if (sessions.isEmpty()) {
            return;
        }
        var json = new StringBuilder("[");
        for (int i = 0; i < sessions.size(); i++) {
            var session = sessions.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"number\":")
                    .append(i + 1)
                    .append(",\"heldOn\":\"")
                    .append(session.heldOn())
                    .append("\",\"attendance\":")
                    .append(session.attendance())
                    .append(",\"minutes\":")
                    .append(session.minutes())
                    .append('}');
        }
        groups.insertSessions(
                row.id(), row.projectId(), row.stationId(), json.append(']').toString());
    }

    private static LocalDate[] dates(GroupFacts facts) {
        var dates = new ArrayList<LocalDate>();
        dates.add(facts.startedOn());
        facts.sessions().forEach(session -> dates.add(session.heldOn()));
        return dates.stream().distinct().toArray(LocalDate[]::new);
    }

    private static Map<String, Object> changes(GroupFacts facts) {
        return Map.of(
                "domain", facts.domain().name(),
                "kind", facts.kind().name(),
                "members", facts.members(),
                "startedOn", facts.startedOn().toString(),
                "sessions", facts.sessions().size(),
                "featured", facts.featured());
    }
}
