package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackViews.Action;
import cn.sgz.feedback.api.FeedbackViews.Contact;
import cn.sgz.feedback.api.FeedbackViews.Item;
import cn.sgz.infra.audit.AuditEntry;
import cn.sgz.infra.audit.AuditLog;
import cn.sgz.infra.deadline.DeadlineView;
import cn.sgz.infra.deadline.Deadlines;
import cn.sgz.infra.error.DomainException;
import cn.sgz.infra.graphql.Connection;
import cn.sgz.infra.graphql.PageRequest;
import cn.sgz.infra.privacy.PersonalData;
import cn.sgz.infra.tenancy.Tenancy;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads of feedback: one statement per field for any number of stations or items. */
@Singleton
class FeedbackReads {
    private final FeedbackRepository items;
    private final FeedbackActionRepository actions;
    private final Deadlines deadlines;
    private final PersonalData personal;
    private final AuditLog audit;

    FeedbackReads(
            FeedbackRepository items,
            FeedbackActionRepository actions,
            Deadlines deadlines,
            PersonalData personal,
            AuditLog audit) {
        this.items = items;
        this.actions = actions;
        this.deadlines = deadlines;
        this.personal = personal;
        this.audit = audit;
    }

    Optional<Item> item(UUID id) {
        return items.item(id);
    }

    /** Each station's items, newest first; the cursor is (received at, id). */
    Map<UUID, Connection<Item>> ofStations(Collection<UUID> stationIds, PageRequest page) {
        Instant afterAt = null;
        UUID afterId = null;
        var after = page.afterPosition();
        if (after != null) {
            var parts = after.split("\\|", 2);
            try {
                afterAt = Instant.parse(parts[0]);
                afterId = UUID.fromString(parts[1]);
            } catch (DateTimeParseException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                throw DomainException.invalid("after", "after 不是有效的分页游标");
            }
        }
        var byStation = items.page(List.copyOf(stationIds), afterAt, afterId, page.first() + 1).stream()
                .collect(Collectors.groupingBy(Item::stationId));
        var result = new HashMap<UUID, Connection<Item>>();
        for (var id : stationIds) {
            result.put(
                    id, Connection.of(byStation.getOrDefault(id, List.of()), page, i -> i.receivedAt() + "|" + i.id()));
        }
        return result;
    }

    Map<UUID, List<Action>> history(Collection<UUID> itemIds) {
        return itemIds.isEmpty()
                ? Map.of()
                : actions.of(itemIds).stream().collect(Collectors.groupingBy(Action::feedbackId));
    }

    Map<UUID, List<DeadlineView>> deadlines(Collection<UUID> itemIds) {
        return deadlines.of("Feedback", itemIds.stream().map(UUID::toString).toList()).stream()
                .collect(Collectors.groupingBy(deadline -> UUID.fromString(deadline.subjectId())));
    }

    /** The clear name and contact: for the item's handler and the project's lead and supervisors; audited. */
    @Transactional
    Contact contact(UUID id) {
        var item = items.find(id).orElseThrow(() -> DomainException.notFound("反馈不存在"));
        var scope = Tenancy.require();
        if (!scope.isAdmin()
                && !scope.userId().equals(item.handlerId())
                && !scope.managedProjects().contains(item.projectId())) {
            throw DomainException.forbidden("只有经办人和项目负责人、督导可以查看反馈人的联系方式");
        }
        if (item.anonymous()) {
            throw DomainException.notFound("匿名反馈没有联系方式");
        }
        audit.record(new AuditEntry("FEEDBACK_CONTACT_READ", item.stationId(), "Feedback", id.toString(), Map.of()));
        return new Contact(
                id,
                item.nameCipher() == null ? null : personal.open(item.nameCipher()),
                personal.open(item.contactCipher()));
    }
}
