-- The in-app inbox: a warning or breach of a feedback item's clock lands with its handler and the
-- project's lead and supervisors. Each deadline event is taken once (feedback_notified_event, the
-- claim), and each recipient gets it once (UNIQUE), also across nodes and restarts.
CREATE TABLE feedback_notified_event (
    event_id uuid        PRIMARY KEY REFERENCES deadline_event (id),
    at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE notification (
    id           uuid        PRIMARY KEY,
    recipient_id uuid        NOT NULL,
    project_id   uuid        NOT NULL,
    station_id   uuid        NOT NULL,
    event_id     uuid        NOT NULL REFERENCES deadline_event (id),
    kind         text        NOT NULL CHECK (kind IN ('WARNING', 'BREACH')),
    subject_type text        NOT NULL,
    subject_id   text        NOT NULL,
    message      text        NOT NULL,
    created_at   timestamptz NOT NULL,
    read_at      timestamptz,
    UNIQUE (event_id, recipient_id)
);
CREATE INDEX notification_inbox ON notification (recipient_id, created_at DESC);

-- a user's own inbox, not a station's data: read and marked by its recipient, written by the system
ALTER TABLE notification ENABLE ROW LEVEL SECURITY;
ALTER TABLE notification FORCE ROW LEVEL SECURITY;
CREATE POLICY notification_read ON notification FOR SELECT
    USING ((SELECT app_is_admin()) OR recipient_id = (SELECT app_user_id()));
CREATE POLICY notification_write ON notification FOR ALL
    USING ((SELECT app_is_admin()) OR recipient_id = (SELECT app_user_id()))
    WITH CHECK ((SELECT app_is_admin()) OR recipient_id = (SELECT app_user_id()));
ALTER TABLE feedback_notified_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback_notified_event FORCE ROW LEVEL SECURITY;
CREATE POLICY feedback_notified_event_system ON feedback_notified_event FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

GRANT SELECT, INSERT ON notification, feedback_notified_event TO ${approle};
GRANT UPDATE (read_at) ON notification TO ${approle};
