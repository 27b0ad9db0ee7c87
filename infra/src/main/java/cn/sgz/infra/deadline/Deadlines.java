package cn.sgz.infra.deadline;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.calendar.Calendars;
import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What modules do with deadlines: open one for a subject under its project's policy, meet it,
 * cancel it, read a subject's. Row-level security decides whose deadlines a caller touches; the
 * module checks first that the subject is the caller's. Policies are set by a project's lead or
 * its bureau.
 */
@Singleton
public class Deadlines {
    private final DeadlineRepository repository;
    private final Calendars calendars;
    private final AuditLog audit;

    Deadlines(DeadlineRepository repository, Calendars calendars, AuditLog audit) {
        this.repository = repository;
        this.calendars = calendars;
        this.audit = audit;
    }

    /** A deadline to open: its id is the module's (a retry opens nothing new). */
    public record NewDeadline(
            UUID id,
            UUID projectId,
            @Nullable UUID stationId,
            String subjectType,
            String subjectId,
            String kind,
            Instant startedAt) {
        public NewDeadline {
            Check.present("id", id);
            Check.present("projectId", projectId);
            subjectType = Check.text("subjectType", subjectType, 40);
            subjectId = Check.text("subjectId", subjectId, 80);
            kind = Check.text("kind", kind, 40);
            Check.present("startedAt", startedAt);
        }
    }

    @Transactional
    public DeadlineView open(NewDeadline command) {
        var existing = repository.find(command.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        var policy = policy(command.projectId(), command.kind());
        var due = policy.dueAt(command.startedAt(), calendars.calendar());
        var warn = policy.warnAt(command.startedAt(), due);
        repository.save(new DeadlineRow(
                command.id(),
                command.projectId(),
                command.stationId(),
                command.subjectType(),
                command.subjectId(),
                command.kind(),
                "OPEN",
                command.startedAt(),
                warn,
                due,
                warn));
        return repository.find(command.id()).orElseThrow();
    }

    /** Marks the deadline met; false when it had already ended (met, breached or cancelled). */
    @Transactional
    public boolean meet(UUID id, Instant at) {
        return repository.end(id, "MET", at) == 1;
    }

    @Transactional
    public boolean cancel(UUID id, Instant at) {
        return repository.end(id, "CANCELLED", at) == 1;
    }

    public List<DeadlineView> of(String subjectType, String subjectId) {
        return repository.ofSubject(subjectType, subjectId);
    }

    /** Many subjects' deadlines in one statement (for DataLoaders). */
    public List<DeadlineView> of(String subjectType, java.util.Collection<String> subjectIds) {
        return subjectIds.isEmpty() ? List.of() : repository.ofSubjects(subjectType, subjectIds);
    }

    /** Per station, kind and state: how many of the subject type's deadlines started in [from, to). */
    public List<DeadlineTally> tally(
            String subjectType, java.util.Collection<UUID> stationIds, Instant from, Instant to) {
        return stationIds.isEmpty() ? List.of() : repository.tally(subjectType, stationIds, from, to);
    }

    /** The project's policy for a kind, or the contract's default. */
    public DeadlinePolicy policy(UUID projectId, String kind) {
        var policy = policies(projectId).get(kind);
        if (policy == null) {
            throw new IllegalArgumentException("no deadline policy for the kind " + kind);
        }
        return policy;
    }

    /** The project's clocks as the caller may read them (NOT_FOUND for a project out of reach). */
    public Map<String, DeadlinePolicy> visiblePolicies(UUID projectId) {
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.projects().contains(projectId)) {
            throw DomainException.notFound("项目不存在");
        }
        return policies(projectId);
    }

    /** Every kind with its policy for the project: the defaults, overridden by the project's own. */
    public Map<String, DeadlinePolicy> policies(UUID projectId) {
        var all = new TreeMap<>(DeadlinePolicy.DEFAULTS);
        for (var row : repository.policies(projectId)) {
            all.put(
                    row.kind(),
                    new DeadlinePolicy(DeadlinePolicy.Mode.valueOf(row.mode()), row.amount(), row.warnShare()));
        }
        return all;
    }

    /** Sets a project's clock for a kind (its lead or its bureau); deadlines already open keep theirs. */
    @Transactional
    public DeadlinePolicy setPolicy(UUID projectId, String kind, DeadlinePolicy policy) {
        var scope = Tenancy.require();
        if (!scope.projects().contains(projectId) && !scope.isAdmin()) {
            throw DomainException.notFound("项目不存在");
        }
        if (!scope.isAdmin()
                && !scope.holds(Role.PROJECT_LEAD, projectId)
                && !scope.holds(Role.BUREAU_VIEWER, projectId)) {
            throw DomainException.forbidden("只有项目负责人或民政局可以设置响应时限");
        }
        if (!DeadlinePolicy.DEFAULTS.containsKey(kind)) {
            throw DomainException.invalid(
                    "kind", "kind 不是已知的时限类型：" + String.join("、", DeadlinePolicy.DEFAULTS.keySet()));
        }
        repository.setPolicy(projectId, kind, policy.mode().name(), policy.amount(), policy.warnShare());
        audit.record(new AuditEntry(
                "DEADLINE_POLICY_SET",
                null,
                "Project",
                projectId.toString(),
                Map.of(
                        "kind",
                        kind,
                        "mode",
                        policy.mode().name(),
                        "amount",
                        policy.amount(),
                        "warnShare",
                        policy.warnShare().toPlainString())));
        return policy;
    }
}
