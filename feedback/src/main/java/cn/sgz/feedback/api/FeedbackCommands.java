package cn.sgz.feedback.api;

import cn.sgz.feedback.api.FeedbackEnums.Channel;
import cn.sgz.feedback.api.FeedbackEnums.Kind;
import cn.sgz.feedback.api.FeedbackEnums.State;
import cn.sgz.feedback.api.FeedbackEnums.Urgency;
import cn.sgz.infra.error.Check;
import cn.sgz.infra.error.DomainException;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/** What feedback accepts; each checks its input and names the field at fault. */
public final class FeedbackCommands {
    private FeedbackCommands() {}

    /** A new item; the id is the client's, so a retry finds the item it made. */
    public record Receive(
            UUID id,
            UUID stationId,
            Channel channel,
            Kind kind,
            Urgency urgency,
            String summary,
            boolean anonymous,
            @Nullable String name,
            @Nullable String contact,
            boolean aboutStaff,
            boolean confidential,
            @Nullable java.time.Instant receivedAt) {
        public Receive {
            Check.present("id", id);
            Check.present("stationId", stationId);
            Check.present("channel", channel);
            Check.present("kind", kind);
            Check.present("urgency", urgency);
            summary = Check.text("summary", summary, 2000);
            if (anonymous) {
                if (kind == Kind.COMPLAINT && aboutStaff) {
                    throw DomainException.invalid("anonymous", "anonymous：按机构规定，针对工作人员的投诉不能匿名，请留下投诉人的联系方式");
                }
                if (name != null || contact != null) {
                    throw DomainException.invalid("contact", "contact 匿名反馈不能留有姓名或联系方式");
                }
            } else {
                contact = Check.text("contact", contact, 50);
                name = Check.optionalText("name", name, 30);
            }
        }
    }

    /**
     * A step of the item's life, taken on the version it was read at: {@code text} is the plan,
     * response, resolution or escalation reason; {@code classification} only when evaluating (whoever
     * evaluates becomes the handler), {@code satisfaction} (1–5) only when closing.
     */
    public record Step(
            UUID id,
            int version,
            State to,
            @Nullable String text,
            @Nullable String classification,
            @Nullable Integer satisfaction) {
        public Step {
            Check.present("id", id);
            Check.range("version", version, 1, Integer.MAX_VALUE);
            Check.present("to", to);
            // the text is the plan when evaluating, a note when closing, the answer, resolution or reason otherwise
            text = switch (to) {
                case CLOSED -> Check.optionalText("note", text, 2000);
                case EVALUATED -> Check.text("plan", text, 2000);
                default -> Check.text("text", text, 2000);
            };
            if (to == State.EVALUATED) {
                classification = Check.text("classification", classification, 100);
            }
            if (to == State.CLOSED) {
                Check.range("satisfaction", Check.present("satisfaction", satisfaction), 1, 5);
            }
        }
    }
}
