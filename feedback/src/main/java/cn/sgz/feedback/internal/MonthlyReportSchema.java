package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.Feedback;
import cn.sgz.feedback.api.FeedbackViews.MonthlyReport;
import cn.sgz.feedback.api.ReportCommands;
import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.LoaderKey;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.PeriodKey;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.TenantLoaders;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.time.YearMonth;
import java.util.function.Function;
import org.dataloader.DataLoaderRegistry;

/** Monthly reports' fields: a station's month through a DataLoader, and the three steps. */
@Singleton
class MonthlyReportSchema implements SchemaFragment {
    static final LoaderKey<PeriodKey<YearMonth>, MonthlyReport> REPORTS = new LoaderKey<>("feedback.monthlyReport");

    private final Feedback feedback;

    MonthlyReportSchema(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public String schemaResource() {
        return "graphql/monthly-reports.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        Loaders.byPeriod(registry, REPORTS, feedback::reports);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Station",
                        type -> type.dataFetcher(
                                "monthlyReport",
                                env -> Loaders.load(
                                        env,
                                        REPORTS,
                                        env.<StationView>getSource().id(),
                                        ReportCommands.month(
                                                "month", Input.arguments(env).string("month")))))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("saveMonthlyReport", this::save)
                                .dataFetcher("submitMonthlyReport", env -> step(env, feedback::submitReport))
                                .dataFetcher("reviewMonthlyReport", env -> step(env, feedback::reviewReport)))
                .type(
                        "MonthlyReport",
                        type -> type.dataFetcher(
                                        "station",
                                        env -> Loaders.load(
                                                env,
                                                TenantLoaders.STATION,
                                                env.<MonthlyReport>getSource().stationId()))
                                .dataFetcher(
                                        "dueAt",
                                        env -> ReportWindow.dueAt(YearMonth.parse(
                                                env.<MonthlyReport>getSource().month()))));
    }

    private Object save(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var stationId = input.id("stationId");
        return input.command(() -> feedback.saveReport(new ReportCommands.Save(
                stationId,
                ReportCommands.month("month", input.string("month")),
                input.integer("version"),
                input.string("serviceSummary"),
                input.string("feedbackSummary"),
                input.string("problems"),
                input.string("improvements"))));
    }

    private Object step(DataFetchingEnvironment env, Function<ReportCommands.Step, MonthlyReport> action) {
        var input = Input.of(env, "input");
        var stationId = input.id("stationId");
        return input.command(() -> action.apply(new ReportCommands.Step(
                stationId,
                ReportCommands.month("month", input.string("month")),
                input.integer("version"),
                input.string("comment"))));
    }
}
