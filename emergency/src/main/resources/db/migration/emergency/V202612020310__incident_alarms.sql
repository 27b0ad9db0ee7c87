-- An incident's response clock warns and breaches into the inbox (tenant's notification table):
-- each deadline event is claimed once across nodes here, then lands once per recipient.
CREATE TABLE incident_notified_event (
    event_id uuid        PRIMARY KEY REFERENCES deadline_event (id),
    at       timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE incident_notified_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE incident_notified_event FORCE ROW LEVEL SECURITY;
CREATE POLICY incident_notified_event_system ON incident_notified_event FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));
GRANT SELECT, INSERT ON incident_notified_event TO ${approle};
