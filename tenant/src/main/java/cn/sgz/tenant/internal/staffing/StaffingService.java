package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.staffing.Staffing;
import cn.sgz.tenant.api.staffing.StaffingCommands;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.Compliance;
import cn.sgz.tenant.api.staffing.StaffingViews.Identity;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import cn.sgz.tenant.api.staffing.StaffingViews.StationStaffing;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The staffing facade: changes, records, reports and identity reads each live in their own class. */
@Singleton
class StaffingService implements Staffing {
    private final StaffingChanges changes;
    private final StaffingRecords records;
    private final StaffingReports reports;
    private final StaffIdentities identities;

    StaffingService(
            StaffingChanges changes, StaffingRecords records, StaffingReports reports, StaffIdentities identities) {
        this.changes = changes;
        this.records = records;
        this.reports = reports;
        this.identities = identities;
    }

    @Override
    public StaffMember hire(StaffingCommands.Hire command) {
        return changes.hire(command);
    }

    @Override
    public Assignment assign(StaffingCommands.Assign command) {
        return changes.assign(command);
    }

    @Override
    public Assignment endAssignment(StaffingCommands.EndAssignment command) {
        return changes.endAssignment(command);
    }

    @Override
    public StaffMember linkAccount(UUID staffId, UUID userId) {
        return changes.linkAccount(staffId, userId);
    }

    @Override
    public Rules setRules(StaffingCommands.SetRules command) {
        return records.setRules(command);
    }

    @Override
    public UUID recordTraining(StaffingCommands.RecordTraining command) {
        return records.recordTraining(command);
    }

    @Override
    public UUID recordSupervision(StaffingCommands.RecordSupervision command) {
        return records.recordSupervision(command);
    }

    @Override
    public Rules rules(UUID projectId) {
        return reports.rules(projectId);
    }

    @Override
    public Map<UUID, StationStaffing> staffing(Collection<UUID> stationIds, LocalDate asOf) {
        return reports.staffing(stationIds, asOf);
    }

    @Override
    public Map<UUID, Compliance> compliance(Collection<UUID> stationIds, Quarter quarter) {
        return reports.compliance(stationIds, quarter);
    }

    @Override
    public List<Compliance> overview(UUID projectId, Quarter quarter) {
        return reports.overview(projectId, quarter);
    }

    @Override
    public Identity identity(UUID staffId) {
        return identities.identity(staffId);
    }
}
