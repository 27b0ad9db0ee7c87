package cn.sgz.feedback.internal;

import cn.sgz.feedback.api.FeedbackEnums.Kind;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackEnums.Urgency;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item's life, without I/O: RECEIVED → EVALUATED → RESPONDED → RESOLVED → CLOSED, or ESCALATED to
 * the bureau (from RESPONDED or RESOLVED, when the submitter is not satisfied) and then RESOLVED or
 * CLOSED; and which response clocks an item runs under.
 */
final class FeedbackLifecycle {
    private static final Map<State, Set<State>> NEXT = Map.of(
            State.RECEIVED, EnumSet.of(State.EVALUATED),
            State.EVALUATED, EnumSet.of(State.RESPONDED),
            State.RESPONDED, EnumSet.of(State.RESOLVED, State.ESCALATED),
            State.RESOLVED, EnumSet.of(State.CLOSED, State.ESCALATED),
            State.ESCALATED, EnumSet.of(State.RESOLVED, State.CLOSED),
            State.CLOSED, EnumSet.noneOf(State.class));

    static final String EVALUATE = "EVALUATE";
    static final String EMERGENCY_RESPONSE = "EMERGENCY_RESPONSE";
    static final String REPLY = "REPLY";

    private FeedbackLifecycle() {}

    static boolean allows(State from, State to) {
        return NEXT.get(from).contains(to);
    }

    /** The clocks started when an item is received: always evaluation; a first answer when urgent; a reply to a complaint. */
    static List<String> clocks(Kind kind, Urgency urgency) {
        var clocks = new ArrayList<String>();
        clocks.add(EVALUATE);
        if (urgency == Urgency.URGENT) {
            clocks.add(EMERGENCY_RESPONSE);
        }
        if (kind == Kind.COMPLAINT) {
            clocks.add(REPLY);
        }
        return clocks;
    }

    /** The clocks a step stops: evaluating meets the evaluation, the first answer meets the others. */
    static Set<String> met(State to) {
        return switch (to) {
            case EVALUATED -> Set.of(EVALUATE);
            case RESPONDED -> Set.of(EMERGENCY_RESPONSE, REPLY);
            default -> Set.of();
        };
    }
}
