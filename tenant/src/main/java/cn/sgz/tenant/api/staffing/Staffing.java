package cn.sgz.tenant.api.staffing;

import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.Compliance;
import cn.sgz.tenant.api.staffing.StaffingViews.Identity;
import cn.sgz.tenant.api.staffing.StaffingViews.Rules;
import cn.sgz.tenant.api.staffing.StaffingViews.StaffMember;
import cn.sgz.tenant.api.staffing.StaffingViews.StationStaffing;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Staffing as the current caller may see it. Reads of stations out of scope come back empty;
 * changes are for the project's lead and supervisors (and admins).
 */
public interface Staffing {

    StaffMember hire(StaffingCommands.Hire command);

    Assignment assign(StaffingCommands.Assign command);

    Assignment endAssignment(StaffingCommands.EndAssignment command);

    Rules setRules(StaffingCommands.SetRules command);

    /** Links a staff member to the account the person signs in with (admins). */
    StaffMember linkAccount(UUID staffId, UUID userId);

    Rules rules(UUID projectId);

    UUID recordTraining(StaffingCommands.RecordTraining command);

    UUID recordSupervision(StaffingCommands.RecordSupervision command);

    /** Each visible station's roster on the day. */
    Map<UUID, StationStaffing> staffing(Collection<UUID> stationIds, LocalDate asOf);

    /** Each visible station's quarter. */
    Map<UUID, Compliance> compliance(Collection<UUID> stationIds, Quarter quarter);

    /** The project's stations' quarters, those out of compliance first. */
    List<Compliance> overview(UUID projectId, Quarter quarter);

    /** The clear phone and ID number, for the project's lead and supervisors; the read is audited. */
    Identity identity(UUID staffId);
}
