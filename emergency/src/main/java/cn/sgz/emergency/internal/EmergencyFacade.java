package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.Emergency;
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
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.reactivestreams.Publisher;

/** The facade: delegates, and after each committed stock change tells the live view. */
@Singleton
class EmergencyFacade implements Emergency {
    private final CatalogueService catalogue;
    private final StockService stock;
    private final DispatchService dispatchSteps;
    private final IncidentService incidentSteps;
    private final DrillService drillRecords;
    private final EmergencyReads reads;
    private final StockView view;

    EmergencyFacade(
            CatalogueService catalogue,
            StockService stock,
            DispatchService dispatchSteps,
            IncidentService incidentSteps,
            DrillService drillRecords,
            EmergencyReads reads,
            StockView view) {
        this.catalogue = catalogue;
        this.stock = stock;
        this.dispatchSteps = dispatchSteps;
        this.incidentSteps = incidentSteps;
        this.drillRecords = drillRecords;
        this.reads = reads;
        this.view = view;
    }

    @Override
    public List<ResourceTypeView> resourceTypes(UUID projectId) {
        return catalogue.ofProject(projectId);
    }

    @Override
    public Map<UUID, ResourceTypeView> resourceTypesByIds(Collection<UUID> ids) {
        return catalogue.byIds(ids);
    }

    @Override
    public ResourceTypeView defineResourceType(DefineResourceType command) {
        return catalogue.define(command);
    }

    @Override
    public Map<UUID, List<StockLevel>> stockOf(Collection<UUID> stationIds) {
        return view.levels(stationIds);
    }

    @Override
    public Map<UUID, List<StockAlert>> alertsOf(Collection<UUID> stationIds) {
        return view.alerts(stationIds);
    }

    @Override
    public List<StockAlert> projectAlerts(UUID projectId) {
        return view.projectAlerts(projectId);
    }

    @Override
    public StockOverview overview(UUID projectId) {
        return view.overview(projectId);
    }

    @Override
    public Connection<Movement> movements(UUID stationId, UUID resourceTypeId, PageRequest page) {
        return reads.movements(stationId, resourceTypeId, page);
    }

    @Override
    public StockLevel receive(Receipt command) {
        return view.changed(List.of(stock.receive(command))).getFirst();
    }

    @Override
    public StockLevel use(Use command) {
        return view.changed(List.of(stock.use(command))).getFirst();
    }

    @Override
    public StockLevel adjust(Adjustment command) {
        return view.changed(List.of(stock.adjust(command))).getFirst();
    }

    @Override
    public Dispatch requestDispatch(DispatchRequest command) {
        return settled(dispatchSteps.request(command));
    }

    @Override
    public Dispatch approveDispatch(DispatchApproval command) {
        return settled(dispatchSteps.approve(command));
    }

    @Override
    public Dispatch rejectDispatch(DispatchStep command) {
        return settled(dispatchSteps.reject(command));
    }

    @Override
    public Dispatch receiveDispatch(DispatchStep command) {
        return settled(dispatchSteps.receive(command));
    }

    @Override
    public Dispatch cancelDispatch(DispatchStep command) {
        return settled(dispatchSteps.cancel(command));
    }

    private Dispatch settled(DispatchService.Stepped stepped) {
        view.changed(stepped.changed());
        return reads.dispatch(stepped.dispatch().id()).orElseThrow();
    }

    @Override
    public Optional<Dispatch> dispatch(UUID id) {
        return reads.dispatch(id);
    }

    @Override
    public Connection<Dispatch> dispatches(UUID projectId, DispatchStatus status, PageRequest page) {
        return reads.dispatches(projectId, status, page);
    }

    @Override
    public Incident reportIncident(NewIncident command) {
        return EmergencyReads.view(incidentSteps.report(command));
    }

    @Override
    public Incident respondToIncident(IncidentStep command) {
        return EmergencyReads.view(incidentSteps.respond(command));
    }

    @Override
    public Incident reviewIncident(IncidentStep command) {
        return EmergencyReads.view(incidentSteps.review(command));
    }

    @Override
    public Optional<Incident> incident(UUID id) {
        return reads.incident(id);
    }

    @Override
    public Map<UUID, Incident> incidentsByIds(Collection<UUID> ids) {
        return reads.incidentsByIds(ids);
    }

    @Override
    public Connection<Incident> incidents(UUID projectId, PageRequest page) {
        return reads.incidents(projectId, page);
    }

    @Override
    public Map<UUID, List<Movement>> usesOf(Collection<UUID> incidentIds) {
        return reads.usesOf(incidentIds);
    }

    @Override
    public Map<UUID, List<Dispatch>> dispatchesOf(Collection<UUID> incidentIds) {
        return reads.dispatchesOf(incidentIds);
    }

    @Override
    public Drill recordDrill(NewDrill command) {
        return drillRecords.record(command);
    }

    @Override
    public Drill correctDrill(DrillCorrection command) {
        return drillRecords.correct(command);
    }

    @Override
    public Map<UUID, DrillQuarter> drills(Collection<UUID> stationIds, Quarter quarter) {
        return drillRecords.of(stationIds, quarter);
    }

    @Override
    public Publisher<StockLevel> stockChanges(UUID projectId) {
        return view.changes(projectId);
    }
}
