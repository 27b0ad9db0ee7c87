package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.Feedback;
import cn.sgz.feedback.api.FeedbackViews.Figures;
import cn.sgz.infra.graphql.Input;
import cn.sgz.infra.graphql.LoaderKey;
import cn.sgz.infra.graphql.Loaders;
import cn.sgz.infra.graphql.PeriodKey;
import cn.sgz.infra.graphql.SchemaFragment;
import cn.sgz.infra.time.Quarter;
import cn.sgz.tenant.api.StationView;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderRegistry;

/** The dashboard's feedback figures on Station, one batch for all stations of a request. */
@Singleton
class FeedbackFiguresSchema implements SchemaFragment {
    static final LoaderKey<PeriodKey<Quarter>, Figures> FIGURES = new LoaderKey<>("feedback.figures");

    private final Feedback feedback;

    FeedbackFiguresSchema(Feedback feedback) {
        this.feedback = feedback;
    }

    @Override
    public String schemaResource() {
        return "graphql/feedback-figures.graphqls";
    }

    @Override
    public void registerLoaders(DataLoaderRegistry registry) {
        Loaders.byPeriod(registry, FIGURES, feedback::figures);
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type(
                "Station",
                type -> type.dataFetcher(
                        "feedbackFigures",
                        env -> Loaders.load(
                                env,
                                FIGURES,
                                env.<StationView>getSource().id(),
                                Input.arguments(env).quarter("quarter"))));
    }
}
