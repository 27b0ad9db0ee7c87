package cn.sgz.feedback.api;

import cn.sgz.feedback.api.FeedbackViews.Action;
import cn.sgz.feedback.api.FeedbackViews.Contact;
import cn.sgz.feedback.api.FeedbackViews.Item;
import cn.sgz.feedback.api.FeedbackViews.MonthlyReport;
import cn.sgz.infra.deadline.DeadlineView;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback as the current caller may see it: received and handled by the station's workers and the
 * project's lead and supervisors, escalated items by the bureau; confidential items only by their
 * handler and the project's managers. Every change is one transaction, audited, and in the history.
 */
public interface Feedback {

    Item receive(FeedbackCommands.Receive command);

    /** Moves the item one step of its life (evaluate, respond, resolve, escalate, close). */
    Item step(FeedbackCommands.Step command);

    Optional<Item> item(UUID id);

    Map<UUID, Connection<Item>> ofStations(Collection<UUID> stationIds, PageRequest page);

    Map<UUID, List<Action>> history(Collection<UUID> itemIds);

    Map<UUID, List<DeadlineView>> deadlines(Collection<UUID> itemIds);

    Contact contact(UUID id);

    /** Writes the draft of a station's month (its workers, the project's lead and supervisors). */
    MonthlyReport saveReport(ReportCommands.Save command);

    MonthlyReport submitReport(ReportCommands.Step step);

    /** A supervisor's review of a submitted report. */
    MonthlyReport reviewReport(ReportCommands.Step step);

    /** Each station's quarter of feedback: received, clocks met and breached, medians, reports on time. */
    Map<UUID, FeedbackViews.Figures> figures(Collection<UUID> stationIds, cn.sgz.infra.time.Quarter quarter);

    Map<UUID, MonthlyReport> reports(Collection<UUID> stationIds, java.time.YearMonth month);
}
