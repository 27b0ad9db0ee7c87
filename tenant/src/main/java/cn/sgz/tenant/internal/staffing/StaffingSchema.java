package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.TenantLoaders;
import cn.sgz.tenant.api.staffing.StaffEnums.Degree;
import cn.sgz.tenant.api.staffing.StaffEnums.EmploymentType;
import cn.sgz.tenant.api.staffing.StaffEnums.Gender;
import cn.sgz.tenant.api.staffing.StaffEnums.PostRole;
import cn.sgz.tenant.api.staffing.StaffEnums.QualificationLevel;
import cn.sgz.tenant.api.staffing.StaffEnums.SupervisionKind;
import cn.sgz.tenant.api.staffing.StaffEnums.TrainingKind;
import cn.sgz.tenant.api.staffing.Staffing;
import cn.sgz.tenant.api.staffing.StaffingCommands;
import cn.sgz.tenant.api.staffing.StaffingViews.Assignment;
import cn.sgz.tenant.api.staffing.StaffingViews.Compliance;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;

/** Staffing's GraphQL fields; station fields load through DataLoaders, one query set per request. */
@Singleton
class StaffingSchema implements SchemaFragment {
    static final String STAFFING = "staffing.stationDay";
    static final String COMPLIANCE = "staffing.stationQuarter";

    private final Staffing staffing;
    private final Clock clock;

    StaffingSchema(Staffing staffing, Clock clock) {
        this.staffing = staffing;
        this.clock = clock;
    }

    record StationDay(UUID stationId, LocalDate day) {}

    record StationQuarter(UUID stationId, Quarter quarter) {}

    @Override
    public String schemaResource() {
        return "graphql/staffing.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        registry.register(
                STAFFING, grouped(StationDay::day, StationDay::stationId, StationDay::new, staffing::staffing));
        registry.register(
                COMPLIANCE,
                grouped(StationQuarter::quarter, StationQuarter::stationId, StationQuarter::new, staffing::compliance));
    }

    /** Batches keys that share a day (or quarter) into one facade call per day. */
    private static <K, P, V> DataLoader<K, V> grouped(
            Function<K, P> period,
            Function<K, UUID> station,
            BiFunction<UUID, P, K> key,
            BiFunction<Set<UUID>, P, java.util.Map<UUID, V>> load) {
        return DataLoaderFactory.newMappedDataLoader((Set<K> keys) -> {
            var result = new HashMap<K, V>();
            keys.stream()
                    .collect(Collectors.groupingBy(period, Collectors.mapping(station, Collectors.toSet())))
                    .forEach((when, stations) ->
                            load.apply(stations, when).forEach((id, value) -> result.put(key.apply(id, when), value)));
            return CompletableFuture.completedFuture(result);
        });
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Station",
                        type -> type.dataFetcher("staffing", env -> {
                                    var asOf = Input.arguments(env).date("asOf");
                                    var day = asOf == null ? LocalDate.now(clock) : asOf;
                                    return env.<StationDay, Object>getDataLoader(STAFFING)
                                            .load(new StationDay(
                                                    env.<StationView>getSource().id(), day));
                                })
                                .dataFetcher("staffingCompliance", env -> {
                                    var quarter = Quarter.parse(
                                            "quarter", Input.arguments(env).string("quarter"));
                                    return env.<StationQuarter, Object>getDataLoader(COMPLIANCE)
                                            .load(new StationQuarter(
                                                    env.<StationView>getSource().id(), quarter));
                                }))
                .type(
                        "Query",
                        type -> type.dataFetcher("staffingOverview", env -> {
                                    var arguments = Input.arguments(env);
                                    return staffing.overview(
                                            arguments.id("projectId"),
                                            Quarter.parse("quarter", arguments.string("quarter")));
                                })
                                .dataFetcher(
                                        "staffingRules",
                                        env -> staffing.rules(
                                                Input.arguments(env).id("projectId")))
                                .dataFetcher(
                                        "staffIdentity",
                                        env -> staffing.identity(
                                                Input.arguments(env).id("staffId"))))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("hireStaff", this::hire)
                                .dataFetcher("assignStaff", this::assign)
                                .dataFetcher("endStaffAssignment", env -> {
                                    var input = Input.of(env, "input");
                                    var assignmentId = input.id("assignmentId");
                                    return input.command(
                                            () -> staffing.endAssignment(new StaffingCommands.EndAssignment(
                                                    assignmentId, input.date("endsOn"), input.flag("leaves"))));
                                })
                                .dataFetcher("linkStaffAccount", env -> {
                                    var arguments = Input.arguments(env);
                                    return staffing.linkAccount(arguments.id("staffId"), arguments.id("userId"));
                                })
                                .dataFetcher("setStaffingRules", this::setRules)
                                .dataFetcher("recordTraining", this::recordTraining)
                                .dataFetcher("recordSupervision", this::recordSupervision))
                .type(
                        "StaffAssignment",
                        type -> type.dataFetcher("station", env -> {
                            var stationId = env.<Assignment>getSource().stationId();
                            return stationId == null
                                    ? null
                                    : env.<UUID, Object>getDataLoader(TenantLoaders.STATION)
                                            .load(stationId);
                        }))
                .type(
                        "StaffingCompliance",
                        type -> type.dataFetcher(
                                        "station",
                                        env -> env.<UUID, Object>getDataLoader(TenantLoaders.STATION)
                                                .load(env.<Compliance>getSource()
                                                        .stationId()))
                                .dataFetcher(
                                        "quarter",
                                        env -> env.<Compliance>getSource()
                                                .quarter()
                                                .toString()));
    }

    private Object hire(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var projectId = input.id("projectId");
        var gender = input.enumValue("gender", Gender.class);
        var degree = input.enumValue("degree", Degree.class);
        var level = input.optionalEnum("qualificationLevel", QualificationLevel.class);
        var employment = input.enumValue("employmentType", EmploymentType.class);
        return input.command(() -> staffing.hire(new StaffingCommands.Hire(
                projectId,
                input.string("name"),
                gender,
                input.string("phone"),
                input.string("idNumber"),
                degree,
                input.string("major"),
                input.flag("majorRelevant"),
                level,
                input.string("certificateNumber"),
                input.date("certificateDate"),
                input.decimal("experienceYears"),
                employment,
                input.date("hiredOn"))));
    }

    private Object assign(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var staffId = input.id("staffId");
        var role = input.enumValue("role", PostRole.class);
        var stationId = input.optionalId("stationId");
        return input.command(() -> staffing.assign(
                new StaffingCommands.Assign(staffId, role, stationId, input.date("startsOn"), input.date("endsOn"))));
    }

    private Object setRules(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var projectId = input.id("projectId");
        var levels = Set.copyOf(input.enumValues("qualificationLevels", QualificationLevel.class));
        return input.command(() -> staffing.setRules(new StaffingCommands.SetRules(
                projectId,
                input.integer("fullTimeWorkers"),
                levels,
                input.decimal("minExperienceYears"),
                input.flag("requireRelevantDegree"))));
    }

    private Object recordTraining(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var projectId = input.id("projectId");
        var kind = input.enumValue("kind", TrainingKind.class);
        var attendees = input.ids("attendees");
        return input.command(() -> staffing.recordTraining(new StaffingCommands.RecordTraining(
                projectId, kind, input.date("heldOn"), input.decimal("hours"), input.string("topic"), attendees)));
    }

    private Object recordSupervision(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var stationId = input.id("stationId");
        var kind = input.enumValue("kind", SupervisionKind.class);
        var supervisorId = input.id("supervisorId");
        var attendees = input.ids("attendees");
        return input.command(() -> staffing.recordSupervision(new StaffingCommands.RecordSupervision(
                stationId, kind, input.date("heldOn"), supervisorId, input.string("topic"), attendees)));
    }
}
