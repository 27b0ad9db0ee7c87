package cn.sgz.feedback.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sgz.feedback.api.FeedbackCommands;
import cn.sgz.feedback.api.FeedbackEnums.Channel;
import cn.sgz.feedback.api.FeedbackEnums.Kind;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackEnums.Urgency;
import cn.sgz.infra.error.DomainException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An item's life and its clocks, without a database. */
class FeedbackLifecycleTest {

    @Test
    void stepsGoForwardOnlyAndEscalationComesFromAnAnswerOrAResolution() {
        assertThat(FeedbackLifecycle.allows(State.RECEIVED, State.EVALUATED)).isTrue();
        assertThat(FeedbackLifecycle.allows(State.RECEIVED, State.RESPONDED)).isFalse();
        assertThat(FeedbackLifecycle.allows(State.RESPONDED, State.ESCALATED)).isTrue();
        assertThat(FeedbackLifecycle.allows(State.RESOLVED, State.ESCALATED)).isTrue();
        assertThat(FeedbackLifecycle.allows(State.EVALUATED, State.ESCALATED)).isFalse();
        assertThat(FeedbackLifecycle.allows(State.ESCALATED, State.CLOSED)).isTrue();
        for (var to : State.values()) {
            assertThat(FeedbackLifecycle.allows(State.CLOSED, to))
                    .as("closed is final")
                    .isFalse();
        }
    }

    @Test
    void everyItemIsEvaluatedUrgentOnesAnsweredAndComplaintsReplied() {
        assertThat(FeedbackLifecycle.clocks(Kind.OPINION, Urgency.NORMAL)).containsExactly("EVALUATE");
        assertThat(FeedbackLifecycle.clocks(Kind.SUGGESTION, Urgency.URGENT))
                .containsExactly("EVALUATE", "EMERGENCY_RESPONSE");
        assertThat(FeedbackLifecycle.clocks(Kind.COMPLAINT, Urgency.URGENT))
                .containsExactly("EVALUATE", "EMERGENCY_RESPONSE", "REPLY");
        assertThat(FeedbackLifecycle.met(State.RESPONDED)).containsExactlyInAnyOrder("EMERGENCY_RESPONSE", "REPLY");
    }

    @Test
    void anAnonymousComplaintAboutStaffIsRefusedButAnAnonymousOneAboutTheServiceIsNot() {
        assertThatThrownBy(() -> receive(Kind.COMPLAINT, true, true))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("anonymous");
        assertThat(receive(Kind.COMPLAINT, true, false).anonymous()).isTrue();
        assertThat(receive(Kind.COMPLAINT, false, true).contact()).isEqualTo("13812345678");
    }

    private static FeedbackCommands.Receive receive(Kind kind, boolean anonymous, boolean aboutStaff) {
        return new FeedbackCommands.Receive(
                UUID.randomUUID(),
                UUID.randomUUID(),
                Channel.HOTLINE,
                kind,
                Urgency.NORMAL,
                "情况说明",
                anonymous,
                null,
                anonymous ? null : "13812345678",
                aboutStaff,
                false,
                null);
    }
}
