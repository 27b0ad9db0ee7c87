package cn.sgz.indicators.internal;

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
import cn.sgz.indicators.api.Indicators;
import cn.sgz.indicators.api.RecordCommands.ActivityFacts;
import cn.sgz.indicators.api.RecordCommands.CaseFacts;
import cn.sgz.indicators.api.RecordCommands.Correction;
import cn.sgz.indicators.api.RecordCommands.GroupFacts;
import cn.sgz.indicators.api.RecordCommands.NewRecord;
import cn.sgz.indicators.api.RecordCommands.SurveyFacts;
import cn.sgz.indicators.api.RecordCommands.VisitFacts;
import cn.sgz.indicators.api.RecordCommands.VolunteerFacts;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.infra.time.Quarter;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The facade: only delegates to the class that owns each seam. */
@Singleton
class IndicatorsService implements Indicators {
    private final CaseService cases;
    private final GroupService groups;
    private final ActivityService activities;
    private final ContactService contacts;
    private final RecordReads reads;
    private final TargetService targets;
    private final AssessmentService assessments;
    private final AssessmentWorkflow workflow;
    private final QuarterlyReturn quarterlyReturn;

    IndicatorsService(
            CaseService cases,
            GroupService groups,
            ActivityService activities,
            ContactService contacts,
            RecordReads reads,
            TargetService targets,
            AssessmentService assessments,
            AssessmentWorkflow workflow,
            QuarterlyReturn quarterlyReturn) {
        this.cases = cases;
        this.groups = groups;
        this.activities = activities;
        this.contacts = contacts;
        this.reads = reads;
        this.targets = targets;
        this.assessments = assessments;
        this.workflow = workflow;
        this.quarterlyReturn = quarterlyReturn;
    }

    @Override
    public CaseRecord logCase(NewRecord<CaseFacts> command) {
        return cases.log(command);
    }

    @Override
    public CaseRecord correctCase(Correction<CaseFacts> command) {
        return cases.correct(command);
    }

    @Override
    public GroupRecord logGroup(NewRecord<GroupFacts> command) {
        return groups.log(command);
    }

    @Override
    public GroupRecord correctGroup(Correction<GroupFacts> command) {
        return groups.correct(command);
    }

    @Override
    public ActivityRecord logActivity(NewRecord<ActivityFacts> command) {
        return activities.log(command);
    }

    @Override
    public ActivityRecord correctActivity(Correction<ActivityFacts> command) {
        return activities.correct(command);
    }

    @Override
    public VisitRecord logVisit(NewRecord<VisitFacts> command) {
        return contacts.logVisit(command);
    }

    @Override
    public VolunteerRecord logVolunteerEvent(NewRecord<VolunteerFacts> command) {
        return contacts.logVolunteerEvent(command);
    }

    @Override
    public SurveyRecord recordSurvey(NewRecord<SurveyFacts> command) {
        return contacts.recordSurvey(command);
    }

    @Override
    public Map<UUID, Connection<CaseRecord>> cases(Collection<UUID> stationIds, RecordPage page) {
        return reads.cases(stationIds, page);
    }

    @Override
    public Map<UUID, Connection<GroupRecord>> groups(Collection<UUID> stationIds, RecordPage page) {
        return reads.groups(stationIds, page);
    }

    @Override
    public Map<UUID, Connection<ActivityRecord>> activities(Collection<UUID> stationIds, RecordPage page) {
        return reads.activities(stationIds, page);
    }

    @Override
    public Map<UUID, Connection<VisitRecord>> visits(Collection<UUID> stationIds, RecordPage page) {
        return reads.visits(stationIds, page);
    }

    @Override
    public Map<UUID, Connection<VolunteerRecord>> volunteerEvents(Collection<UUID> stationIds, RecordPage page) {
        return reads.volunteerEvents(stationIds, page);
    }

    @Override
    public Map<UUID, Connection<SurveyRecord>> surveys(Collection<UUID> stationIds, RecordPage page) {
        return reads.surveys(stationIds, page);
    }

    @Override
    public List<Indicator> catalogue() {
        return targets.catalogue();
    }

    @Override
    public List<Target> targets(UUID projectId, Quarter quarter) {
        return targets.targets(projectId, quarter);
    }

    @Override
    public List<Target> setTargets(SetTargets command) {
        return targets.setTargets(command);
    }

    @Override
    public Map<UUID, Assessment> assessments(Collection<UUID> stationIds, Quarter quarter) {
        return assessments.of(stationIds, quarter);
    }

    @Override
    public int computeAhead(Quarter quarter, int limit) {
        Tenancy.requireAdmin();
        return assessments.computeAhead(quarter, limit);
    }

    @Override
    public List<Assessment> projectAssessments(UUID projectId, Quarter quarter) {
        return assessments.ofProject(projectId, quarter);
    }

    @Override
    public byte[] quarterlyReturn(UUID projectId, Quarter quarter) {
        return quarterlyReturn.workbook(projectId, quarter);
    }

    @Override
    public Assessment submit(Step step) {
        return workflow.submit(step);
    }

    @Override
    public Assessment review(Step step, boolean pass) {
        return workflow.review(step, pass);
    }

    @Override
    public Assessment approve(Step step) {
        return workflow.approve(step);
    }

    @Override
    public Assessment reopen(Step step) {
        return workflow.reopen(step);
    }
}
