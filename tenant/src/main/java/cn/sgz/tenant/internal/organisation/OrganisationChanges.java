package cn.sgz.tenant.internal.organisation;

import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.BureauView;
import cn.sgz.tenant.api.Commands;
import cn.sgz.tenant.api.ProjectView;
import cn.sgz.tenant.api.StationView;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The organisation's changes, each one transaction: it checks the caller, writes, then audits. */
@Singleton
class OrganisationChanges {
    private final OrganisationRepository repository;
    private final StationReads reads;
    private final StationContactChange contactChange;
    private final AuditLog audit;

    OrganisationChanges(
            OrganisationRepository repository, StationReads reads, StationContactChange contactChange, AuditLog audit) {
        this.repository = repository;
        this.reads = reads;
        this.contactChange = contactChange;
        this.audit = audit;
    }

    @Transactional
    public BureauView createBureau(Commands.NewBureau command) {
        Tenancy.requireAdmin();
        var bureau = new BureauView(UUID.randomUUID(), command.name(), command.regionCode());
        Constraints.guard(
                () -> repository.insertBureau(bureau.id(), bureau.name(), bureau.regionCode()),
                Constraints.unique("已存在同名的民政局"));
        audit.record(new AuditEntry(
                "BUREAU_CREATED",
                null,
                "Bureau",
                bureau.id().toString(),
                Map.of("name", bureau.name(), "regionCode", bureau.regionCode())));
        return bureau;
    }

    @Transactional
    public ProjectView createProject(Commands.NewProject command) {
        Tenancy.requireAdmin();
        if (repository.bureaus(List.of(command.bureauId())).isEmpty()) {
            throw DomainException.notFound("民政局不存在");
        }
        repository.insertAgencyIfAbsent(command.agencyName());
        var agencyId = repository.agencyId(command.agencyName()).orElseThrow();
        var project = new ProjectView(
                UUID.randomUUID(), command.bureauId(), command.name(), command.agencyName(), command.year());
        Constraints.guard(
                () -> repository.insertProject(
                        project.id(), project.bureauId(), agencyId, project.name(), project.year()),
                Constraints.unique("该民政局下已有同名项目"));
        audit.record(new AuditEntry(
                "PROJECT_CREATED",
                null,
                "Project",
                project.id().toString(),
                Map.of(
                        "bureauId", project.bureauId().toString(),
                        "name", project.name(),
                        "agencyName", project.agencyName(),
                        "year", project.year())));
        return project;
    }

    @Transactional
    public StationView createStation(Commands.NewStation command) {
        Tenancy.requireAdmin();
        if (reads.projects(List.of(command.projectId())).isEmpty()) {
            throw DomainException.notFound("项目不存在");
        }
        var station = new StationView(
                UUID.randomUUID(),
                command.projectId(),
                command.name(),
                command.kind(),
                command.regionCode(),
                null,
                null);
        Constraints.guard(
                () -> repository.insertStation(
                        station.id(),
                        station.projectId(),
                        station.name(),
                        station.kind().name(),
                        station.regionCode()),
                Constraints.unique("该项目下已有同名站点"));
        audit.record(new AuditEntry(
                "STATION_CREATED",
                station.id(),
                "Station",
                station.id().toString(),
                Map.of(
                        "projectId", station.projectId().toString(),
                        "name", station.name(),
                        "kind", station.kind().name(),
                        "regionCode", station.regionCode())));
        return station;
    }

    @Transactional
    public StationView updateStationContact(Commands.StationContact command) {
        Tenancy.require();
        // row-level security lets the change touch the row only if the caller may write the station
        var before = contactChange
                .change(command.stationId(), command.address(), command.contactPhone())
                .orElseThrow(() -> reads.station(command.stationId()).isPresent()
                        ? DomainException.forbidden("无权修改该站点的信息")
                        : DomainException.notFound("站点不存在"));
        var changes = new HashMap<String, Object>();
        changes.put("address", command.address());
        changes.put("contactPhone", command.contactPhone());
        changes.put("previousAddress", before.address());
        changes.put("previousContactPhone", before.contactPhone());
        audit.record(new AuditEntry(
                "STATION_CONTACT_UPDATED", before.id(), "Station", before.id().toString(), changes));
        return new StationView(
                before.id(),
                before.projectId(),
                before.name(),
                before.kind(),
                before.regionCode(),
                command.address(),
                command.contactPhone());
    }
}
