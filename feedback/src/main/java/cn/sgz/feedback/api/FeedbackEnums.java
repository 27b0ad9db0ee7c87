package cn.sgz.feedback.api;

/** The fixed vocabularies of feedback (GLOSSARY.md). */
public final class FeedbackEnums {
    private FeedbackEnums() {}

    public enum Channel {
        HOTLINE,
        EMAIL,
        ONLINE,
        SUGGESTION_BOX,
        IN_PERSON
    }

    public enum Kind {
        OPINION,
        SUGGESTION,
        COMPLAINT,
        PRAISE
    }

    public enum Urgency {
        NORMAL,
        URGENT
    }

    public enum State {
        RECEIVED("已受理"),
        EVALUATED("已评估"),
        RESPONDED("已答复"),
        RESOLVED("已解决"),
        ESCALATED("已升级至民政局"),
        CLOSED("已办结");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
