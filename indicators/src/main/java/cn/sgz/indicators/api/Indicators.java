package cn.sgz.indicators.api;

import cn.sgz.indicators.api.AssessmentCommands.SetTargets;
import cn.sgz.indicators.api.AssessmentCommands.Step;
import cn.sgz.indicators.api.IndicatorViews.ActivityRecord;
import cn.sgz.indicators.api.IndicatorViews.Assessment;
import cn.sgz.indicators.api.IndicatorViews.CaseRecord;
import cn.sgz.indicators.api.IndicatorViews.GroupRecord;
import cn.sgz.indicators.api.IndicatorViews.Indicator;
import cn.sgz.indicators.api.IndicatorViews.SurveyRecord;
import cn.sgz.indicators.api.IndicatorViews.Target;
import cn.sgz.indicators.api.IndicatorViews.VisitRecord;
import cn.sgz.indicators.api.IndicatorViews.VolunteerRecord;
import cn.sgz.indicators.api.RecordCommands.ActivityFacts;
import cn.sgz.indicators.api.RecordCommands.CaseFacts;
import cn.sgz.indicators.api.RecordCommands.Correction;
import cn.sgz.indicators.api.RecordCommands.GroupFacts;
import cn.sgz.indicators.api.RecordCommands.NewRecord;
import cn.sgz.indicators.api.RecordCommands.SurveyFacts;
import cn.sgz.indicators.api.RecordCommands.VisitFacts;
import cn.sgz.indicators.api.RecordCommands.VolunteerFacts;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.time.Quarter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Service records and quarterly assessments as the current caller may see them. Records are
 * written by the station's workers and the project's lead and supervisors; targets by the lead or
 * the bureau; each workflow step by its role. Every change is one transaction and audited.
 */
public interface Indicators {

    CaseRecord logCase(NewRecord<CaseFacts> command);

    CaseRecord correctCase(Correction<CaseFacts> command);

    GroupRecord logGroup(NewRecord<GroupFacts> command);

    GroupRecord correctGroup(Correction<GroupFacts> command);

    ActivityRecord logActivity(NewRecord<ActivityFacts> command);

    ActivityRecord correctActivity(Correction<ActivityFacts> command);

    VisitRecord logVisit(NewRecord<VisitFacts> command);

    VolunteerRecord logVolunteerEvent(NewRecord<VolunteerFacts> command);

    SurveyRecord recordSurvey(NewRecord<SurveyFacts> command);

    /** A page of each station's records of the quarter, for any number of stations at once. */
    Map<UUID, Connection<CaseRecord>> cases(Collection<UUID> stationIds, RecordPage page);

    Map<UUID, Connection<GroupRecord>> groups(Collection<UUID> stationIds, RecordPage page);

    Map<UUID, Connection<ActivityRecord>> activities(Collection<UUID> stationIds, RecordPage page);

    Map<UUID, Connection<VisitRecord>> visits(Collection<UUID> stationIds, RecordPage page);

    Map<UUID, Connection<VolunteerRecord>> volunteerEvents(Collection<UUID> stationIds, RecordPage page);

    Map<UUID, Connection<SurveyRecord>> surveys(Collection<UUID> stationIds, RecordPage page);

    List<Indicator> catalogue();

    List<Target> targets(UUID projectId, Quarter quarter);

    List<Target> setTargets(SetTargets command);

    Map<UUID, Assessment> assessments(Collection<UUID> stationIds, Quarter quarter);

    List<Assessment> projectAssessments(UUID projectId, Quarter quarter);

    /**
     * Computes ahead and keeps the quarter of every station with records in it (at most {@code
     * limit} stations), so that the first reads after a start need not compute them; how many it
     * computed. The system's or a platform admin's only.
     */
    int computeAhead(Quarter quarter, int limit);

    /** The quarterly return as an .xlsx workbook: a project summary and a sheet per station the caller reads. */
    byte[] quarterlyReturn(UUID projectId, Quarter quarter);

    Assessment submit(Step step);

    /** A supervisor's review: passed on to the bureau, or returned to the station with a comment. */
    Assessment review(Step step, boolean pass);

    Assessment approve(Step step);

    Assessment reopen(Step step);

    /** Which page of a quarter's records. */
    record RecordPage(Quarter quarter, PageRequest page) {}
}
