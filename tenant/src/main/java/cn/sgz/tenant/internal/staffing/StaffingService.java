package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.error.SqlStates;
import cn.sgz.infra.privacy.PersonalData;
import cn.sgz.infra.tenancy.Scope;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.Organisation;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.SupervisionKind;
import cn.sgz.tenant.api.staffing.Staffing;
import cn.sgz.tenant.api.staffing.StaffingCommands;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.Compliance;
import cn.sgz.tenant.api.staffing.StaffingViews.Identity;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import cn.sgz.tenant.api.staffing.StaffingViews.StationStaffing;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@Singleton
class StaffingService implements Staffing {
    private final StaffingRepository repository;
    private final Organisation organisation;
    private final PersonalData personalData;
    private final AuditLog audit;

    StaffingService(
            StaffingRepository repository, Organisation organisation, PersonalData personalData, AuditLog audit) {
        this.repository = repository;
        this.organisation = organisation;
        this.personalData = personalData;
        this.audit = audit;
    }

    @Override
    @Transactional
    public StaffMember hire(StaffingCommands.Hire command) {
        requireManager(command.projectId());
        var id = UUID.randomUUID();
        var row = new StaffingRepository.NewStaff(
                id,
                command.projectId(),
                command.name(),
                command.gender(),
                personalData.seal(command.phone(), PersonalData.Mask.PHONE),
                personalData.seal(command.idNumber(), PersonalData.Mask.ID_NUMBER),
                command.degree(),
                command.major(),
                command.majorRelevant(),
                command.qualificationLevel(),
                command.certificateNumber(),
                command.certificateDate(),
                command.experienceYears(),
                command.employmentType(),
                command.hiredOn());
        try {
            repository.insertStaff(row);
        } catch (DataAccessException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw DomainException.conflict("该项目已登记此身份证号码的人员");
            }
            throw e;
        }
        var changes = new HashMap<String, Object>();
        changes.put("projectId", command.projectId().toString());
        changes.put("name", command.name());
        changes.put("employmentType", command.employmentType().name());
        changes.put("hiredOn", command.hiredOn().toString());
        audit.record(new AuditEntry("STAFF_HIRED", null, "StaffMember", id.toString(), changes));
        return view(repository.staff(id).orElseThrow());
    }

    @Override
    @Transactional
    public Assignment assign(StaffingCommands.Assign command) {
        var staff = repository.staff(command.staffId()).orElseThrow(() -> DomainException.notFound("人员不存在"));
        requireManager(staff.projectId());
        if (command.stationId() != null) {
            var station =
                    organisation.station(command.stationId()).orElseThrow(() -> DomainException.notFound("站点不存在"));
            if (!station.projectId().equals(staff.projectId())) {
                throw DomainException.invalid("stationId", "站点不属于该人员受聘的项目");
            }
        }
        if (command.startsOn().isBefore(staff.hiredOn())) {
            throw DomainException.invalid("startsOn", "岗位不能早于受聘日期 " + staff.hiredOn());
        }
        if (staff.leftOn() != null && command.startsOn().isAfter(staff.leftOn())) {
            throw DomainException.invalid("startsOn", "该人员已于 " + staff.leftOn() + " 离职");
        }
        var assignment = new Assignment(
                UUID.randomUUID(),
                staff.projectId(),
                command.stationId(),
                staff.id(),
                command.role(),
                staff.employmentType() == EmploymentType.FULL_TIME,
                command.startsOn(),
                command.endsOn());
        try {
            repository.insertAssignment(assignment, staff.idNumberHash());
        } catch (DataAccessException e) {
            if (SqlStates.is(e, SqlStates.EXCLUSION_VIOLATION)) {
                throw DomainException.conflict("该人员在此期间已有全职站点岗位，一人同一时间只能在一个站点全职");
            }
            throw e;
        }
        audit.record(new AuditEntry(
                "STAFF_ASSIGNED",
                assignment.stationId(),
                "StaffAssignment",
                assignment.id().toString(),
                changes(assignment)));
        return assignment;
    }

    @Override
    @Transactional
    public Assignment endAssignment(StaffingCommands.EndAssignment command) {
        var assignment =
                repository.assignment(command.assignmentId()).orElseThrow(() -> DomainException.notFound("岗位记录不存在"));
        requireManager(assignment.projectId());
        if (command.endsOn().isBefore(assignment.startsOn())) {
            throw DomainException.invalid("endsOn", "endsOn 不能早于岗位开始日期 " + assignment.startsOn());
        }
        // history is kept: an end, once recorded, is not moved
        if (assignment.endsOn() != null) {
            throw DomainException.conflict("该岗位已设定结束日期 " + assignment.endsOn());
        }
        repository.endAssignment(assignment.id(), command.endsOn());
        if (command.leaves()) {
            repository.markLeft(assignment.staffId(), command.endsOn());
        }
        var ended = new Assignment(
                assignment.id(),
                assignment.projectId(),
                assignment.stationId(),
                assignment.staffId(),
                assignment.role(),
                assignment.fullTime(),
                assignment.startsOn(),
                command.endsOn());
        var changes = changes(ended);
        changes.put("leaves", command.leaves());
        audit.record(new AuditEntry(
                "STAFF_ASSIGNMENT_ENDED",
                ended.stationId(),
                "StaffAssignment",
                ended.id().toString(),
                changes));
        return ended;
    }

    @Override
    @Transactional
    public Rules setRules(StaffingCommands.SetRules command) {
        requireManager(command.projectId());
        var rules = new Rules(
                command.fullTimeWorkers(),
                command.qualificationLevels(),
                command.minExperienceYears(),
                command.requireRelevantDegree());
        repository.saveRules(command.projectId(), rules);
        audit.record(new AuditEntry(
                "STAFFING_RULES_SET",
                null,
                "Project",
                command.projectId().toString(),
                Map.of(
                        "fullTimeWorkers", rules.fullTimeWorkers(),
                        "qualificationLevels",
                                rules.qualificationLevels().stream()
                                        .map(Enum::name)
                                        .sorted()
                                        .toList(),
                        "minExperienceYears", rules.minExperienceYears().toPlainString(),
                        "requireRelevantDegree", rules.requireRelevantDegree())));
        return rules;
    }

    @Override
    @Transactional
    public StaffMember linkAccount(UUID staffId, UUID userId) {
        Tenancy.requireAdmin();
        var staff = repository.staff(staffId).orElseThrow(() -> DomainException.notFound("人员不存在"));
        try {
            repository.linkAccount(staffId, userId);
        } catch (DataAccessException e) {
            if (SqlStates.is(e, SqlStates.UNIQUE_VIOLATION)) {
                throw DomainException.conflict("该账号已关联本项目的另一名人员");
            }
            if (SqlStates.is(e, SqlStates.FOREIGN_KEY_VIOLATION)) {
                throw DomainException.notFound("用户不存在");
            }
            throw e;
        }
        audit.record(new AuditEntry(
                "STAFF_ACCOUNT_LINKED", null, "StaffMember", staffId.toString(), Map.of("userId", userId.toString())));
        return view(repository.staff(staff.id()).orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public Rules rules(UUID projectId) {
        Tenancy.require();
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        return repository.rules(List.of(projectId)).get(projectId);
    }

    @Override
    @Transactional
    public UUID recordTraining(StaffingCommands.RecordTraining command) {
        requireManager(command.projectId());
        requireStaffOf(command.projectId(), command.attendees());
        var id = UUID.randomUUID();
        repository.insertTraining(
                id,
                command.projectId(),
                command.kind().name(),
                command.heldOn(),
                command.hours(),
                command.topic(),
                command.attendees());
        audit.record(new AuditEntry(
                "TRAINING_RECORDED",
                null,
                "TrainingSession",
                id.toString(),
                Map.of(
                        "kind", command.kind().name(),
                        "heldOn", command.heldOn().toString(),
                        "attendees", command.attendees().size())));
        return id;
    }

    @Override
    @Transactional
    public UUID recordSupervision(StaffingCommands.RecordSupervision command) {
        var station = organisation.station(command.stationId()).orElseThrow(() -> DomainException.notFound("站点不存在"));
        requireManager(station.projectId());
        requireStaffOf(station.projectId(), List.of(command.supervisorId()));
        requireStaffOf(station.projectId(), command.attendees());
        var id = UUID.randomUUID();
        repository.insertSupervision(
                id,
                station.projectId(),
                station.id(),
                command.kind().name(),
                command.heldOn(),
                command.supervisorId(),
                command.topic(),
                command.attendees());
        audit.record(new AuditEntry(
                "SUPERVISION_RECORDED",
                station.id(),
                "SupervisionSession",
                id.toString(),
                Map.of("kind", command.kind().name(), "heldOn", command.heldOn().toString())));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, StationStaffing> staffing(Collection<UUID> stationIds, LocalDate asOf) {
        var stations = visible(stationIds);
        if (stations.isEmpty()) {
            return Map.of();
        }
        var postings = repository.stationPostings(stations.keySet(), asOf, asOf);
        var staff = staffOf(postings);
        var rules = repository.rules(projectsOf(stations));
        var result = new HashMap<UUID, StationStaffing>();
        stations.values()
                .forEach(station -> result.put(
                        station.id(),
                        StaffingArithmetic.staffing(
                                station.id(),
                                asOf,
                                rules.get(station.projectId()),
                                postingsAt(postings, station.id()),
                                staff)));
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Compliance> compliance(Collection<UUID> stationIds, Quarter quarter) {
        var stations = visible(stationIds);
        if (stations.isEmpty()) {
            return Map.of();
        }
        var postings = repository.stationPostings(stations.keySet(), quarter.firstDay(), quarter.lastDay());
        var staff = staffOf(postings);
        var trainings = repository.trainings(staff.keySet());
        var rules = repository.rules(projectsOf(stations));
        var supervisions = repository.supervisionCounts(stations.keySet(), quarter.firstDay(), quarter.lastDay());
        var result = new HashMap<UUID, Compliance>();
        stations.values().forEach(station -> {
            var counts = supervisions.getOrDefault(station.id(), Map.of());
            result.put(
                    station.id(),
                    StaffingArithmetic.compliance(
                            station.id(),
                            quarter,
                            rules.get(station.projectId()),
                            postingsAt(postings, station.id()),
                            staff,
                            trainings,
                            counts.getOrDefault(SupervisionKind.INDIVIDUAL.name(), 0),
                            counts.getOrDefault(SupervisionKind.GROUP.name(), 0)));
        });
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Compliance> overview(UUID projectId, Quarter quarter) {
        Tenancy.require();
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
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

    @Override
    @Transactional
    public Identity identity(UUID staffId) {
        var staff = repository.staff(staffId).orElseThrow(() -> DomainException.notFound("人员不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin() && !scope.managedProjects().contains(staff.projectId())) {
            throw DomainException.forbidden("仅项目负责人、督导可以查看完整的个人信息");
        }
        var sealed = repository.sealedIdentity(staffId).orElseThrow();
        audit.record(new AuditEntry(
                "PERSONAL_DATA_READ",
                null,
                "StaffMember",
                staffId.toString(),
                Map.of("fields", List.of("phone", "idNumber"))));
        return new Identity(staffId, personalData.open(sealed[0]), personalData.open(sealed[1]));
    }

    /** A roster shows ID numbers (masked) to those who oversee the project, and each person their own. */
    private StaffMember view(StaffingRepository.StaffRow row) {
        var scope = Tenancy.current().orElse(null);
        var seesIdNumbers = scope != null
                && (scope.isAdmin()
                        || scope.overseenProjects().contains(row.projectId())
                        || scope.userId().equals(row.userId()));
        return new StaffMember(
                row.id(),
                row.projectId(),
                row.name(),
                row.gender(),
                row.phoneMasked(),
                seesIdNumbers ? row.idNumberMasked() : null,
                row.degree(),
                row.major(),
                row.majorRelevant(),
                row.qualificationLevel(),
                row.certificateNumber(),
                row.certificateDate(),
                row.experienceYears(),
                row.employmentType(),
                row.hiredOn(),
                row.leftOn());
    }

    private Map<UUID, StaffMember> staffOf(List<Assignment> postings) {
        var ids = postings.stream().map(Assignment::staffId).collect(Collectors.toSet());
        return repository.staff(ids).stream()
                .map(this::view)
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
    }

    private Map<UUID, StationView> visible(Collection<UUID> stationIds) {
        if (Tenancy.current().isEmpty() || stationIds.isEmpty()) {
            return Map.of();
        }
        return new LinkedHashMap<>(organisation.stationsByIds(stationIds));
    }

    private static Set<UUID> projectsOf(Map<UUID, StationView> stations) {
        return stations.values().stream().map(StationView::projectId).collect(Collectors.toSet());
    }

    private static List<Assignment> postingsAt(List<Assignment> postings, UUID stationId) {
        return postings.stream()
                .filter(posting -> stationId.equals(posting.stationId()))
                .toList();
    }

    private void requireManager(UUID projectId) {
        Scope scope = Tenancy.require();
        if (organisation.projectsByIds(List.of(projectId)).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        if (!scope.isAdmin() && !scope.managedProjects().contains(projectId)) {
            throw DomainException.forbidden("仅项目负责人、督导可以管理人员配备");
        }
    }

    private void requireStaffOf(UUID projectId, List<UUID> staffIds) {
        var found = repository.staff(staffIds);
        if (found.size() != Set.copyOf(staffIds).size()
                || found.stream().anyMatch(staff -> !staff.projectId().equals(projectId))) {
            throw DomainException.notFound("有参加人员不存在或不属于该项目");
        }
    }

    private static HashMap<String, Object> changes(Assignment assignment) {
        var changes = new HashMap<String, Object>();
        changes.put("staffId", assignment.staffId().toString());
        changes.put("role", assignment.role().name());
        changes.put(
                "stationId",
                assignment.stationId() == null ? null : assignment.stationId().toString());
        changes.put("startsOn", assignment.startsOn().toString());
        changes.put(
                "endsOn",
                assignment.endsOn() == null ? null : assignment.endsOn().toString());
        return changes;
    }
}
