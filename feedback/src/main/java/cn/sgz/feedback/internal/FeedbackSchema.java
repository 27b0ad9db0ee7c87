package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.Feedback;
import cn.sgz.feedback.api.FeedbackCommands;
import cn.sgz.feedback.api.FeedbackEnums.Channel;
import cn.sgz.feedback.api.FeedbackEnums.Kind;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackEnums.Urgency;
import cn.sgz.feedback.api.FeedbackViews.Action;
import cn.sgz.feedback.api.FeedbackViews.Item;
import cn.sgz.infra.deadline.DeadlineView;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.LoaderKey;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.graphql.PeriodKey;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.tenant.api.StationView;
import cn.sgz.tenant.api.TenantLoaders;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import org.dataloader.DataLoaderRegistry;

/** Feedback's GraphQL fields; lists and per-item fields load through DataLoaders. */
@Singleton
class FeedbackSchema implements SchemaFragment {
    static final LoaderKey<PeriodKey<PageRequest>, Connection<Item>> STATION_FEEDBACK =
            new LoaderKey<>("feedback.station");
    static final LoaderKey<java.util.UUID, List<Action>> HISTORY = new LoaderKey<>("feedback.history");
    static final LoaderKey<java.util.UUID, List<DeadlineView>> DEADLINES = new LoaderKey<>("feedback.deadlines");

    private final Feedback feedback;

    FeedbackSchema(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public String schemaResource() {
        return "graphql/feedback.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        Loaders.byPeriod(registry, STATION_FEEDBACK, feedback::ofStations);
        Loaders.byId(registry, HISTORY, feedback::history);
        Loaders.byId(registry, DEADLINES, feedback::deadlines);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                        "Station",
                        type -> type.dataFetcher("feedback", env -> {
                            var arguments = Input.arguments(env);
                            var page = PageRequest.of(arguments.integer("first"), arguments.string("after"));
                            return Loaders.load(
                                    env,
                                    STATION_FEEDBACK,
                                    env.<StationView>getSource().id(),
                                    page);
                        }))
                .type(
                        "Query",
                        type -> type.dataFetcher(
                                        "feedbackItem",
                                        env -> feedback.item(
                                                        Input.arguments(env).id("id"))
                                                .orElse(null))
                                .dataFetcher(
                                        "feedbackContact",
                                        env -> feedback.contact(
                                                Input.arguments(env).id("id"))))
                .type(
                        "Mutation",
                        type -> type.dataFetcher("receiveFeedback", this::receive)
                                .dataFetcher("evaluateFeedback", env -> step(env, State.EVALUATED, "plan"))
                                .dataFetcher("respondToFeedback", env -> step(env, State.RESPONDED, "text"))
                                .dataFetcher("resolveFeedback", env -> step(env, State.RESOLVED, "text"))
                                .dataFetcher("escalateFeedback", env -> step(env, State.ESCALATED, "text"))
                                .dataFetcher("closeFeedback", env -> step(env, State.CLOSED, "note")))
                .type(
                        "FeedbackItem",
                        type -> type.dataFetcher(
                                        "station",
                                        env -> Loaders.load(
                                                env,
                                                TenantLoaders.STATION,
                                                env.<Item>getSource().stationId()))
                                .dataFetcher(
                                        "name", env -> env.<Item>getSource().nameMasked())
                                .dataFetcher(
                                        "contact", env -> env.<Item>getSource().contactMasked())
                                .dataFetcher(
                                        "history",
                                        env -> Loaders.load(
                                                        env,
                                                        HISTORY,
                                                        env.<Item>getSource().id())
                                                .thenApply(list -> list == null ? List.of() : list))
                                .dataFetcher(
                                        "deadlines",
                                        env -> Loaders.load(
                                                        env,
                                                        DEADLINES,
                                                        env.<Item>getSource().id())
                                                .thenApply(list -> list == null ? List.of() : list)));
    }

    private Object receive(DataFetchingEnvironment env) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        var stationId = input.id("stationId");
        var channel = input.enumValue("channel", Channel.class);
        var kind = input.enumValue("kind", Kind.class);
        var urgency = input.optionalEnum("urgency", Urgency.class);
        return input.command(() -> feedback.receive(new FeedbackCommands.Receive(
                id,
                stationId,
                channel,
                kind,
                urgency == null ? Urgency.NORMAL : urgency,
                input.string("summary"),
                input.flag("anonymous"),
                input.string("name"),
                input.string("contact"),
                input.flag("aboutStaff"),
                input.flag("confidential"),
                input.dateTime("receivedAt"))));
    }

    /** A step; {@code textField} is the input field that carries its text (the plan, the answer …). */
    private Object step(DataFetchingEnvironment env, State to, String textField) {
        var input = Input.of(env, "input");
        var id = input.id("id");
        return input.command(() -> feedback.step(new FeedbackCommands.Step(
                id,
                input.integer("version"),
                to,
                input.string(textField),
                input.string("classification"),
                input.integer("satisfaction"))));
    }
}
