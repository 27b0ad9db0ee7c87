package cn.sgz.emergency.internal;

import cn.sgz.emergency.api.Emergency;
import cn.sgz.emergency.api.EmergencyEnums.DispatchStatus;
import cn.sgz.emergency.api.EmergencyViews.Dispatch;
import cn.sgz.emergency.api.EmergencyViews.DispatchAllocation;
import cn.sgz.emergency.api.EmergencyViews.DispatchLine;
import cn.sgz.emergency.api.EmergencyViews.DrillQuarter;
import cn.sgz.emergency.api.EmergencyViews.Incident;
import cn.sgz.emergency.api.EmergencyViews.Movement;
import cn.sgz.emergency.api.EmergencyViews.ResourceTypeView;
import cn.sgz.emergency.api.EmergencyViews.StationStock;
import cn.sgz.emergency.api.EmergencyViews.StockAlert;
import cn.sgz.emergency.api.EmergencyViews.StockLevel;
import cn.sgz.infra.deadline.DeadlineView;
import cn.sgz.infra.deadline.Deadlines;
import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.LoaderKey;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.graphql.PeriodKey;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.TenantLoaders;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoaderRegistry;

/** The emergency module's GraphQL fields; per-station and per-incident fields load through DataLoaders. */
@Singleton
class EmergencySchema implements SchemaFragment {
    static final LoaderKey<UUID, List<StockLevel>> STOCK = new LoaderKey<>("emergency.stock");
    static final LoaderKey<UUID, List<StockAlert>> ALERTS = new LoaderKey<>("emergency.alerts");
    static final LoaderKey<PeriodKey<Quarter>, DrillQuarter> DRILLS = new LoaderKey<>("emergency.drills");
    static final LoaderKey<UUID, ResourceTypeView> TYPE = new LoaderKey<>("emergency.resourceType");
    static final LoaderKey<UUID, Incident> INCIDENT = new LoaderKey<>("emergency.incident");
    static final LoaderKey<UUID, List<Movement>> USES = new LoaderKey<>("emergency.uses");
    static final LoaderKey<UUID, List<Dispatch>> INCIDENT_DISPATCHES = new LoaderKey<>("emergency.incidentDispatches");
    static final LoaderKey<UUID, DeadlineView> RESPONSE_DEADLINE = new LoaderKey<>("emergency.responseDeadline");

    private final Emergency emergency;
    private final Deadlines deadlines;
    private final EmergencyInputs inputs;

    EmergencySchema(Emergency emergency, Deadlines deadlines) {
        this.emergency = emergency;
        this.deadlines = deadlines;
        this.inputs = new EmergencyInputs(emergency);
    }

    @Override
    public String schemaResource() {
        return "graphql/emergency.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        Loaders.byId(registry, STOCK, emergency::stockOf);
        Loaders.byId(registry, ALERTS, emergency::alertsOf);
        Loaders.byPeriod(registry, DRILLS, emergency::drills);
        Loaders.byId(registry, TYPE, emergency::resourceTypesByIds);
        Loaders.byId(registry, INCIDENT, emergency::incidentsByIds);
        Loaders.byId(registry, USES, emergency::usesOf);
        Loaders.byId(registry, INCIDENT_DISPATCHES, emergency::dispatchesOf);
        Loaders.byId(
                registry,
                RESPONSE_DEADLINE,
                ids -> deadlines
                        .of(
                                IncidentService.SUBJECT,
                                ids.stream().map(UUID::toString).toList())
                        .stream()
                        .collect(Collectors.toMap(
                                d -> UUID.fromString(d.subjectId()), Function.identity(), (a, b) -> a)));
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Station",
                        type -> type.dataFetcher("stock", env -> listOf(env, STOCK, station(env)))
                                .dataFetcher("stockAlerts", env -> listOf(env, ALERTS, station(env)))
                                .dataFetcher(
                                        "drills",
                                        env -> Loaders.load(
                                                env,
                                                DRILLS,
                                                station(env),
                                                Input.arguments(env).quarter("quarter"))))
                .type("Query", this::queries)
                .type("Mutation", inputs::wire)
                .type(
                        "Subscription",
                        type -> type.dataFetcher(
                                "stockChanged",
                                env -> emergency.stockChanges(
                                        Input.arguments(env).id("projectId"))))
                .type(
                        "StockLevel",
                        type -> type.dataFetcher("station", stationOf(StockLevel::stationId))
                                .dataFetcher("stationName", stationNameOf(StockLevel::stationId))
                                .dataFetcher("resourceType", typeOf(StockLevel::resourceTypeId)))
                .type(
                        "StockAlert",
                        type -> type.dataFetcher("station", stationOf(StockAlert::stationId))
                                .dataFetcher("stationName", stationNameOf(StockAlert::stationId))
                                .dataFetcher("resourceType", typeOf(StockAlert::resourceTypeId)))
                .type(
                        "StationStock",
                        type -> type.dataFetcher("station", stationOf(StationStock::stationId))
                                .dataFetcher("stationName", stationNameOf(StationStock::stationId)))
                .type(
                        "StockMovement",
                        type -> type.dataFetcher("station", stationOf(Movement::stationId))
                                .dataFetcher("stationName", stationNameOf(Movement::stationId))
                                .dataFetcher("resourceType", typeOf(Movement::resourceTypeId)))
                .type("DispatchLine", type -> type.dataFetcher("resourceType", typeOf(DispatchLine::resourceTypeId)))
                .type(
                        "DispatchAllocation",
                        type -> type.dataFetcher("station", stationOf(DispatchAllocation::stationId))
                                .dataFetcher("stationName", stationNameOf(DispatchAllocation::stationId))
                                .dataFetcher("resourceType", typeOf(DispatchAllocation::resourceTypeId)))
                .type(
                        "Dispatch",
                        type -> type.dataFetcher("station", stationOf(Dispatch::stationId))
                                .dataFetcher("stationName", stationNameOf(Dispatch::stationId))
                                .dataFetcher(
                                        "incident",
                                        env -> Loaders.load(
                                                env,
                                                INCIDENT,
                                                env.<Dispatch>getSource().incidentId())))
                .type(
                        "Incident",
                        type -> type.dataFetcher("station", stationOf(Incident::stationId))
                                .dataFetcher("stationName", stationNameOf(Incident::stationId))
                                .dataFetcher(
                                        "responseDeadline",
                                        env -> Loaders.load(
                                                env,
                                                RESPONSE_DEADLINE,
                                                env.<Incident>getSource().id()))
                                .dataFetcher(
                                        "uses",
                                        env -> listOf(
                                                env,
                                                USES,
                                                env.<Incident>getSource().id()))
                                .dataFetcher(
                                        "dispatches",
                                        env -> listOf(
                                                env,
                                                INCIDENT_DISPATCHES,
                                                env.<Incident>getSource().id())));
    }

    private graphql.schema.idl.TypeRuntimeWiring.Builder queries(graphql.schema.idl.TypeRuntimeWiring.Builder type) {
        return type.dataFetcher(
                        "resourceTypes",
                        env -> emergency.resourceTypes(Input.arguments(env).id("projectId")))
                .dataFetcher(
                        "stockOverview",
                        env -> emergency.overview(Input.arguments(env).id("projectId")))
                .dataFetcher(
                        "stockAlerts",
                        env -> emergency.projectAlerts(Input.arguments(env).id("projectId")))
                .dataFetcher("stockMovements", env -> {
                    var arguments = Input.arguments(env);
                    return emergency.movements(
                            arguments.id("stationId"), arguments.optionalId("resourceTypeId"), page(arguments));
                })
                .dataFetcher("dispatches", env -> {
                    var arguments = Input.arguments(env);
                    return emergency.dispatches(
                            arguments.id("projectId"),
                            arguments.optionalEnum("status", DispatchStatus.class),
                            page(arguments));
                })
                .dataFetcher(
                        "dispatch",
                        env -> emergency.dispatch(Input.arguments(env).id("id")).orElse(null))
                .dataFetcher("incidents", env -> {
                    var arguments = Input.arguments(env);
                    return emergency.incidents(arguments.id("projectId"), page(arguments));
                })
                .dataFetcher(
                        "incident",
                        env -> emergency.incident(Input.arguments(env).id("id")).orElse(null));
    }

    private static PageRequest page(Input arguments) {
        return PageRequest.of(arguments.integer("first"), arguments.string("after"));
    }

    private static UUID station(DataFetchingEnvironment env) {
        return env.<StationView>getSource().id();
    }

    private static <V> java.util.concurrent.CompletableFuture<List<V>> listOf(
            DataFetchingEnvironment env, LoaderKey<UUID, List<V>> key, UUID id) {
        return Loaders.load(env, key, id).thenApply(list -> list == null ? List.of() : list);
    }

    private static <T> DataFetcher<?> stationOf(Function<T, UUID> id) {
        return env -> Loaders.load(env, TenantLoaders.STATION, id.apply(env.getSource()));
    }

    private static <T> DataFetcher<?> stationNameOf(Function<T, UUID> id) {
        return env -> Loaders.load(env, TenantLoaders.STATION_NAME, id.apply(env.getSource()));
    }

    private static <T> DataFetcher<?> typeOf(Function<T, UUID> id) {
        return env -> Loaders.load(env, TYPE, id.apply(env.getSource()));
    }
}
