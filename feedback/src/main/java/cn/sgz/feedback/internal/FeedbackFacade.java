package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.Feedback;
import cn.sgz.feedback.api.FeedbackCommands;
import cn.sgz.feedback.api.FeedbackViews.Action;
import cn.sgz.feedback.api.FeedbackViews.Contact;
import cn.sgz.feedback.api.FeedbackViews.Item;
import cn.sgz.feedback.api.FeedbackViews.MonthlyReport;
import cn.sgz.feedback.api.ReportCommands;
import cn.sgz.infra.deadline.DeadlineView;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The facade: only delegates. */
@Singleton
class FeedbackFacade implements Feedback {
    private final FeedbackService changes;
    private final FeedbackReads reads;
    private final MonthlyReports reports;
    private final FeedbackFigures figures;

    FeedbackFacade(FeedbackService changes, FeedbackReads reads, MonthlyReports reports, FeedbackFigures figures) {
        this.changes = changes;
        this.reads = reads;
        this.reports = reports;
        this.figures = figures;
    }

    @Override
    public Map<UUID, cn.sgz.feedback.api.FeedbackViews.Figures> figures(
            Collection<UUID> stationIds, cn.sgz.infra.time.Quarter quarter) {
        return figures.of(stationIds, quarter);
    }

    @Override
    public Item receive(FeedbackCommands.Receive command) {
        return changes.receive(command);
    }

    @Override
    public Item step(FeedbackCommands.Step command) {
        return changes.step(command);
    }

    @Override
    public Optional<Item> item(UUID id) {
        return reads.item(id);
    }

    @Override
    public Map<UUID, Connection<Item>> ofStations(Collection<UUID> stationIds, PageRequest page) {
        return reads.ofStations(stationIds, page);
    }

    @Override
    public Map<UUID, List<Action>> history(Collection<UUID> itemIds) {
        return reads.history(itemIds);
    }

    @Override
    public Map<UUID, List<DeadlineView>> deadlines(Collection<UUID> itemIds) {
        return reads.deadlines(itemIds);
    }

    @Override
    public Contact contact(UUID id) {
        return reads.contact(id);
    }

    @Override
    public MonthlyReport saveReport(ReportCommands.Save command) {
        return reports.save(command);
    }

    @Override
    public MonthlyReport submitReport(ReportCommands.Step step) {
        return reports.submit(step);
    }

    @Override
    public MonthlyReport reviewReport(ReportCommands.Step step) {
        return reports.review(step);
    }

    @Override
    public Map<UUID, MonthlyReport> reports(Collection<UUID> stationIds, java.time.YearMonth month) {
        return reports.of(stationIds, month);
    }
}
