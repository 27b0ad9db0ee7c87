package cn.sgz.infra.deadline;

import java.util.List;

/** The warnings and breaches one sweep batch recorded, published once after its commit. */
public record DeadlinesReached(List<DeadlineReached> events) {
    public DeadlinesReached {
        events = List.copyOf(events);
    }

    public boolean concerns(String subjectType) {
        return events.stream().anyMatch(event -> event.subjectType().equals(subjectType));
    }
}
