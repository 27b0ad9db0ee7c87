package cn.sgz.emergency.api;

import cn.sgz.emergency.api.EmergencyCommands.Adjustment;
import cn.sgz.emergency.api.EmergencyCommands.DefineResourceType;
import cn.sgz.emergency.api.EmergencyCommands.DispatchApproval;
import cn.sgz.emergency.api.EmergencyCommands.DispatchRequest;
import cn.sgz.emergency.api.EmergencyCommands.DispatchStep;
import cn.sgz.emergency.api.EmergencyCommands.DrillCorrection;
import cn.sgz.emergency.api.EmergencyCommands.IncidentStep;
import cn.sgz.emergency.api.EmergencyCommands.NewDrill;
import cn.sgz.emergency.api.EmergencyCommands.NewIncident;
import cn.sgz.emergency.api.EmergencyCommands.Receipt;
import cn.sgz.emergency.api.EmergencyCommands.Use;
import cn.sgz.emergency.api.EmergencyEnums.DispatchStatus;
import cn.sgz.emergency.api.EmergencyViews.Dispatch;
import cn.sgz.emergency.api.EmergencyViews.Drill;
import cn.sgz.emergency.api.EmergencyViews.DrillQuarter;
import cn.sgz.emergency.api.EmergencyViews.Incident;
import cn.sgz.emergency.api.EmergencyViews.Movement;
import cn.sgz.emergency.api.EmergencyViews.ResourceTypeView;
import cn.sgz.emergency.api.EmergencyViews.StockAlert;
import cn.sgz.emergency.api.EmergencyViews.StockLevel;
import cn.sgz.emergency.api.EmergencyViews.StockOverview;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.time.Quarter;
import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reactivestreams.Publisher;

/**
 * Emergency supplies as the caller may see them (row-level security decides): every station of a
 * project reads all its stations' stock; only the holding station (or the project's lead and
 * supervisors) records receipts, use and adjustments; the lead approves dispatches.
 */
public interface Emergency {

    List<ResourceTypeView> resourceTypes(UUID projectId);

    Map<UUID, ResourceTypeView> resourceTypesByIds(Collection<UUID> ids);

    ResourceTypeView defineResourceType(DefineResourceType command);

    /** Each station's level of every type of its project's catalogue, in one statement. */
    Map<UUID, List<StockLevel>> stockOf(Collection<UUID> stationIds);

    Map<UUID, List<StockAlert>> alertsOf(Collection<UUID> stationIds);

    List<StockAlert> projectAlerts(UUID projectId);

    StockOverview overview(UUID projectId);

    Connection<Movement> movements(UUID stationId, @Nullable UUID resourceTypeId, PageRequest page);

    StockLevel receive(Receipt command);

    StockLevel use(Use command);

    StockLevel adjust(Adjustment command);

    Dispatch requestDispatch(DispatchRequest command);

    Dispatch approveDispatch(DispatchApproval command);

    Dispatch rejectDispatch(DispatchStep command);

    Dispatch receiveDispatch(DispatchStep command);

    Dispatch cancelDispatch(DispatchStep command);

    Optional<Dispatch> dispatch(UUID id);

    Connection<Dispatch> dispatches(UUID projectId, @Nullable DispatchStatus status, PageRequest page);

    Incident reportIncident(NewIncident command);

    Incident respondToIncident(IncidentStep command);

    Incident reviewIncident(IncidentStep command);

    Optional<Incident> incident(UUID id);

    Map<UUID, Incident> incidentsByIds(Collection<UUID> ids);

    Connection<Incident> incidents(UUID projectId, PageRequest page);

    Map<UUID, List<Movement>> usesOf(Collection<UUID> incidentIds);

    Map<UUID, List<Dispatch>> dispatchesOf(Collection<UUID> incidentIds);

    Drill recordDrill(NewDrill command);

    Drill correctDrill(DrillCorrection command);

    Map<UUID, DrillQuarter> drills(Collection<UUID> stationIds, Quarter quarter);

    /** The project's stock changes from now on, once committed, from every node (NOT_FOUND when the project is out of reach). */
    Publisher<StockLevel> stockChanges(UUID projectId);
}
