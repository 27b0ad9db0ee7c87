package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackCommands;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackViews.Item;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.deadline.Deadlines;
import cn.sgz.infra.error.Constraints;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.privacy.PersonalData;
import cn.sgz.infra.tenancy.Role;
import cn.sgz.infra.tenancy.Tenancy;
import cn.sgz.tenant.api.Organisation;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Receiving feedback and moving it through its life; each change audited and kept in the history. */
@Singleton
class FeedbackService {
    private final FeedbackRepository items;
    private final FeedbackActionRepository actions;
    private final Organisation organisation;
    private final Deadlines deadlines;
    private final PersonalData personal;
    private final AuditLog audit;
    private final Clock clock;

    FeedbackService(
            FeedbackRepository items,
            FeedbackActionRepository actions,
            Organisation organisation,
            Deadlines deadlines,
            PersonalData personal,
            AuditLog audit,
            Clock clock) {
        this.items = items;
        this.actions = actions;
        this.organisation = organisation;
        this.deadlines = deadlines;
        this.personal = personal;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Item receive(FeedbackCommands.Receive command) {
        var station = organisation.station(command.stationId()).orElseThrow(() -> DomainException.notFound("站点不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin()
                && !scope.writeStations().contains(station.id())
                && !scope.managedProjects().contains(station.projectId())) {
            throw DomainException.forbidden("只有本站点社工或项目负责人、督导可以受理反馈");
        }
        var existing = items.find(command.id());
        if (existing.isPresent()) {
            if (existing.get().stationId().equals(station.id())) {
                return items.item(command.id()).orElseThrow();
            }
            throw DomainException.conflict("该编号已被另一条反馈使用，请换一个新的编号");
        }
        var now = received(command.receivedAt());
        var name = command.name() == null ? null : personal.seal(command.name(), PersonalData.Mask.NAME);
        var contact = command.contact() == null ? null : personal.seal(command.contact(), PersonalData.Mask.PHONE);
        var row = new FeedbackRow(
                command.id(),
                station.projectId(),
                station.id(),
                command.channel(),
                command.kind(),
                command.urgency(),
                command.summary(),
                command.anonymous(),
                name == null ? null : name.cipher(),
                name == null ? null : name.masked(),
                contact == null ? null : contact.cipher(),
                contact == null ? null : contact.masked(),
                command.aboutStaff(),
                command.confidential(),
                State.RECEIVED,
                scope.userId(),
                null,
                null,
                null,
                null,
                null,
                null,
                now,
                1,
                scope.userId());
        Constraints.guard(() -> items.save(row), Constraints.unique("该编号已被另一条反馈使用，请换一个新的编号"));
        for (var kind : FeedbackLifecycle.clocks(command.kind(), command.urgency())) {
            deadlines.open(new Deadlines.NewDeadline(
                    clockId(row.id(), kind),
                    row.projectId(),
                    row.stationId(),
                    "Feedback",
                    row.id().toString(),
                    kind,
                    now));
        }
        history(row, "RECEIVED", null);
        audit.record(new AuditEntry(
                "FEEDBACK_RECEIVED",
                station.id(),
                "Feedback",
                row.id().toString(),
                Map.of(
                        "kind",
                        command.kind().name(),
                        "urgency",
                        command.urgency().name(),
                        "anonymous",
                        command.anonymous())));
        return items.item(row.id()).orElseThrow();
    }

    @Transactional
    Item step(FeedbackCommands.Step command) {
        var current = items.find(command.id()).orElseThrow(() -> DomainException.notFound("反馈不存在"));
        requireHandler(current, command.to());
        if (!FeedbackLifecycle.allows(current.state(), command.to())) {
            throw DomainException.conflict(
                    "反馈当前为" + current.state().label() + "，不能转为" + command.to().label());
        }
        var to = command.to();
        var changed = items.step(
                current.id(),
                command.version(),
                to.name(),
                to == State.EVALUATED ? Tenancy.require().userId() : null,
                to == State.EVALUATED ? command.classification() : null,
                to == State.EVALUATED ? command.text() : null,
                to == State.RESPONDED ? command.text() : null,
                to == State.RESOLVED ? command.text() : null,
                to == State.ESCALATED ? command.text() : null,
                to == State.CLOSED ? command.satisfaction() : null);
        if (changed == 0) {
            throw DomainException.stale("反馈", current.version());
        }
        var now = clock.instant();
        var stop = FeedbackLifecycle.met(to);
        for (var deadline : deadlines.of("Feedback", current.id().toString())) {
            if (stop.contains(deadline.kind())) {
                deadlines.meet(deadline.id(), now);
            } else if (to == State.CLOSED) {
                deadlines.cancel(deadline.id(), now);
            }
        }
        history(current, to.name(), command.text());
        var changes = new HashMap<String, Object>();
        changes.put("from", current.state().name());
        changes.put("to", to.name());
        if (command.satisfaction() != null) {
            changes.put("satisfaction", command.satisfaction());
        }
        audit.record(new AuditEntry(
                "FEEDBACK_" + to.name(),
                current.stationId(),
                "Feedback",
                current.id().toString(),
                changes));
        return items.item(current.id()).orElseThrow();
    }

    /** The station's writers and the project's managers; for an escalated item, the bureau too. */
    private static void requireHandler(FeedbackRow item, State to) {
        var scope = Tenancy.require();
        boolean station = scope.writeStations().contains(item.stationId())
                || scope.managedProjects().contains(item.projectId());
        boolean bureau = item.state() == State.ESCALATED && scope.holds(Role.BUREAU_VIEWER, item.projectId());
        if (!scope.isAdmin() && !station && !bureau) {
            throw DomainException.forbidden(
                    item.state() == State.ESCALATED ? "只有民政局或项目负责人、督导可以处理已升级的反馈" : "只有本站点社工或项目负责人、督导可以处理反馈");
        }
    }

    private void history(FeedbackRow item, String action, String note) {
        actions.save(new FeedbackActionRow(
                UUID.randomUUID(),
                item.id(),
                item.projectId(),
                item.stationId(),
                action,
                Tenancy.require().userId(),
                clock.instant(),
                note));
    }

    /**
     * When the item came in: now, or earlier when it is entered later (a suggestion box emptied,
     * a call taken on the road), at most 30 days back; its clocks run from then.
     */
    private java.time.Instant received(java.time.Instant receivedAt) {
        var now = clock.instant();
        if (receivedAt == null) {
            return now;
        }
        if (receivedAt.isAfter(now) || receivedAt.isBefore(now.minus(java.time.Duration.ofDays(30)))) {
            throw DomainException.invalid("receivedAt", "receivedAt 须在过去 30 天内，且不能晚于现在");
        }
        return receivedAt;
    }

    /** The same clock of the same item always has the same id: a retry opens nothing new. */
    static UUID clockId(UUID item, String kind) {
        return UUID.nameUUIDFromBytes((item + ":" + kind).getBytes(StandardCharsets.UTF_8));
    }
}
