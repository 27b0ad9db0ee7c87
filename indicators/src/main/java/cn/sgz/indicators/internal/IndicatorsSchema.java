package cn.sgz.indicators.internal;

import cn.sgz.indicators.api.AssessmentCommands;
import cn.sgz.indicators.api.IndicatorViews.ActivityRecord;
import cn.sgz.indicators.api.IndicatorViews.Assessment;
import cn.sgz.indicators.api.IndicatorViews.CaseRecord;
import cn.sgz.indicators.api.IndicatorViews.GroupRecord;
import cn.sgz.indicators.api.IndicatorViews.IndicatorResult;
import cn.sgz.indicators.api.IndicatorViews.RecordShortfall;
import cn.sgz.indicators.api.IndicatorViews.SurveyRecord;
import cn.sgz.indicators.api.IndicatorViews.VisitRecord;
import cn.sgz.indicators.api.IndicatorViews.VolunteerRecord;
import cn.sgz.indicators.api.Indicators;
import cn.sgz.indicators.api.Indicators.RecordPage;
import cn.sgz.indicators.api.ServiceEnums.Shortfall;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.Fields;
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
import graphql.schema.idl.TypeRuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;

/** The indicators' GraphQL fields; station fields load through DataLoaders, one statement set per request. */
@Singleton
class IndicatorsSchema implements SchemaFragment {
    static final LoaderKey<PeriodKey<Quarter>, Assessment> ASSESSMENT = new LoaderKey<>("indicators.assessment");
    static final LoaderKey<PeriodKey<RecordPage>, Connection<CaseRecord>> CASES = new LoaderKey<>("indicators.cases");
    static final LoaderKey<PeriodKey<RecordPage>, Connection<GroupRecord>> GROUPS =
            new LoaderKey<>("indicators.groups");
    static final LoaderKey<PeriodKey<RecordPage>, Connection<ActivityRecord>> ACTIVITIES =
            new LoaderKey<>("indicators.activities");
    static final LoaderKey<PeriodKey<RecordPage>, Connection<VisitRecord>> VISITS =
            new LoaderKey<>("indicators.visits");
    static final LoaderKey<PeriodKey<RecordPage>, Connection<VolunteerRecord>> VOLUNTEER_EVENTS =
            new LoaderKey<>("indicators.volunteerEvents");
    static final LoaderKey<PeriodKey<RecordPage>, Connection<SurveyRecord>> SURVEYS =
            new LoaderKey<>("indicators.surveys");

    private final Indicators indicators;
    private final RecordInputs inputs;

    IndicatorsSchema(Indicators indicators) {
        this.indicators = indicators;
        this.inputs = new RecordInputs(indicators);
    }

    @Override
    public String schemaResource() {
        return "graphql/indicators.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        Loaders.byPeriod(registry, ASSESSMENT, indicators::assessments);
        Loaders.byPeriod(registry, CASES, indicators::cases);
        Loaders.byPeriod(registry, GROUPS, indicators::groups);
        Loaders.byPeriod(registry, ACTIVITIES, indicators::activities);
        Loaders.byPeriod(registry, VISITS, indicators::visits);
        Loaders.byPeriod(registry, VOLUNTEER_EVENTS, indicators::volunteerEvents);
        Loaders.byPeriod(registry, SURVEYS, indicators::surveys);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Station",
                        type -> type.dataFetcher(
                                        "assessment",
                                        env -> Loaders.load(
                                                env,
                                                ASSESSMENT,
                                                station(env),
                                                Input.arguments(env).quarter("quarter")))
                                .dataFetcher("cases", env -> Loaders.load(env, CASES, station(env), page(env)))
                                .dataFetcher("groups", env -> Loaders.load(env, GROUPS, station(env), page(env)))
                                .dataFetcher(
                                        "activities", env -> Loaders.load(env, ACTIVITIES, station(env), page(env)))
                                .dataFetcher("visits", env -> Loaders.load(env, VISITS, station(env), page(env)))
                                .dataFetcher(
                                        "volunteerEvents",
                                        env -> Loaders.load(env, VOLUNTEER_EVENTS, station(env), page(env)))
                                .dataFetcher("surveys", env -> Loaders.load(env, SURVEYS, station(env), page(env))))
                .type(
                        "Query",
                        type -> type.dataFetcher("indicators", env -> indicators.catalogue())
                                .dataFetcher("indicatorTargets", env -> {
                                    var arguments = Input.arguments(env);
                                    return indicators.targets(arguments.id("projectId"), arguments.quarter("quarter"));
                                })
                                .dataFetcher("assessments", env -> {
                                    var arguments = Input.arguments(env);
                                    return indicators.projectAssessments(
                                            arguments.id("projectId"), arguments.quarter("quarter"));
                                }))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("logCase", inputs::logCase)
                                .dataFetcher("correctCase", inputs::correctCase)
                                .dataFetcher("logGroup", inputs::logGroup)
                                .dataFetcher("correctGroup", inputs::correctGroup)
                                .dataFetcher("logActivity", inputs::logActivity)
                                .dataFetcher("correctActivity", inputs::correctActivity)
                                .dataFetcher("logVisit", inputs::logVisit)
                                .dataFetcher("logVolunteerEvent", inputs::logVolunteerEvent)
                                .dataFetcher("recordSurvey", inputs::recordSurvey)
                                .dataFetcher("setIndicatorTargets", inputs::setTargets)
                                .dataFetcher("submitAssessment", env -> step(env, indicators::submit))
                                .dataFetcher("reviewAssessment", env -> {
                                    var input = Input.of(env, "input");
                                    var pass = input.flag("pass");
                                    return step(env, step -> indicators.review(step, pass));
                                })
                                .dataFetcher("approveAssessment", env -> step(env, indicators::approve))
                                .dataFetcher("reopenAssessment", env -> step(env, indicators::reopen)))
                .type("ServiceCase", type -> recordType(type, CaseRecord::stationId, CaseRecord::shortfalls))
                .type("ServiceGroup", type -> recordType(type, GroupRecord::stationId, GroupRecord::shortfalls))
                .type(
                        "CommunityActivity",
                        type -> recordType(type, ActivityRecord::stationId, ActivityRecord::shortfalls))
                .type(
                        "ShortfallReason",
                        type -> type.dataFetcher("code", Fields.<Shortfall>read(shortfall -> shortfall))
                                .dataFetcher("message", Fields.read(Shortfall::message)))
                .type("IndicatorResult", IndicatorsSchema::indicatorResult)
                .type(
                        "RecordShortfall",
                        type -> type.dataFetcher("recordKind", Fields.read(RecordShortfall::recordKind))
                                .dataFetcher("recordId", Fields.read(RecordShortfall::recordId))
                                .dataFetcher("label", Fields.read(RecordShortfall::label))
                                .dataFetcher("reasons", Fields.read(RecordShortfall::reasons)))
                .type(
                        "Assessment",
                        type -> type.dataFetcher(
                                "station",
                                env -> Loaders.load(
                                        env,
                                        TenantLoaders.STATION,
                                        env.<Assessment>getSource().stationId())));
    }

    /** A project's return holds 41 of these per station. */
    private static TypeRuntimeWiring.Builder indicatorResult(TypeRuntimeWiring.Builder type) {
        return type.dataFetcher("indicator", Fields.read(IndicatorResult::indicator))
                .dataFetcher("indicatorCode", Fields.read(IndicatorResult::indicatorCode))
                .dataFetcher("value", Fields.read(IndicatorResult::value))
                .dataFetcher("target", Fields.read(IndicatorResult::target))
                .dataFetcher("achievementRate", Fields.read(IndicatorResult::achievementRate))
                .dataFetcher("met", Fields.read(IndicatorResult::met));
    }

    private static <T> graphql.schema.idl.TypeRuntimeWiring.Builder recordType(
            graphql.schema.idl.TypeRuntimeWiring.Builder type,
            Function<T, UUID> station,
            Function<T, List<Shortfall>> shortfalls) {
        return type.dataFetcher(
                        "station", env -> Loaders.load(env, TenantLoaders.STATION, station.apply(env.getSource())))
                .dataFetcher("counts", (DataFetcher<Boolean>)
                        env -> shortfalls.apply(env.getSource()).isEmpty());
    }

    private static UUID station(DataFetchingEnvironment env) {
        return env.<StationView>getSource().id();
    }

    private static RecordPage page(DataFetchingEnvironment env) {
        var arguments = Input.arguments(env);
        return new RecordPage(
                arguments.quarter("quarter"), PageRequest.of(arguments.integer("first"), arguments.string("after")));
    }

    private static Assessment step(DataFetchingEnvironment env, Function<AssessmentCommands.Step, Assessment> action) {
        var input = Input.of(env, "input");
        var stationId = input.id("stationId");
        var quarter = input.quarter("quarter");
        return input.command(() -> action.apply(
                new AssessmentCommands.Step(stationId, quarter, input.integer("version"), input.string("comment"))));
    }
}
