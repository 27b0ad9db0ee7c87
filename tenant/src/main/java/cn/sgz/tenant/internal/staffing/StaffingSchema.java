package cn.sgz.tenant.internal.staffing;

import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.LoaderKey;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.PeriodKey;
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
import cn.sgz.tenant.api.staffing.StaffingViews.StationStaffing;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.dataloader.DataLoaderRegistry;

/** Staffing's GraphQL fields; station fields load through DataLoaders, one query set per request. */
@Singleton
class StaffingSchema implements SchemaFragment {
    static final LoaderKey<PeriodKey<LocalDate>, StationStaffing> STAFFING = new LoaderKey<>("staffing.stationDay");
    static final LoaderKey<PeriodKey<Quarter>, Compliance> COMPLIANCE = new LoaderKey<>("staffing.stationQuarter");

    private final Staffing staffing;
    private final Clock clock;

    StaffingSchema(Staffing staffing, Clock clock) {
        this.staffing = staffing;
        this.clock = clock;
    }

    @Override
    public String schemaResource() {
        return "graphql/staffing.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        Loaders.byPeriod(registry, STAFFING, staffing::staffing);
        Loaders.byPeriod(registry, COMPLIANCE, staffing::compliance);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Station",
                        type -> type.dataFetcher("staffing", env -> {
                                    var asOf = Input.arguments(env).date("asOf");
                                    return Loaders.load(
                                            env,
                                            STAFFING,
                                            env.<StationView>getSource().id(),
                                            asOf == null ? LocalDate.now(clock) : asOf);
                                })
                                .dataFetcher(
                                        "staffingCompliance",
                                        env -> Loaders.load(
                                                env,
                                                COMPLIANCE,
                                                env.<StationView>getSource().id(),
                                                Input.arguments(env).quarter("quarter"))))
                .type(
                        "Query",
                        type -> type.dataFetcher("staffingOverview", env -> {
                                    var arguments = Input.arguments(env);
                                    return staffing.overview(arguments.id("projectId"), arguments.quarter("quarter"));
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
                        type -> type.dataFetcher(
                                "station",
                                env -> Loaders.load(
                                        env,
                                        TenantLoaders.STATION,
                                        env.<Assignment>getSource().stationId())))
                .type(
                        "StaffingCompliance",
                        type -> type.dataFetcher(
                                "station",
                                env -> Loaders.load(
                                        env,
                                        TenantLoaders.STATION,
                                        env.<Compliance>getSource().stationId())));
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
