-- Feedback and complaints about a station's services. The submitter's name and contact are
-- personal data: sealed (AES-GCM) and shown masked; an anonymous item has neither, and an
-- anonymous complaint about a staff member is refused (the agencies' rules), here as well as in
-- the service. A confidential item is read only by its handler, the project's lead and supervisors,
-- admins, and once escalated the bureau (a restrictive policy on top of the standard ones), and so
-- is its history.
CREATE TABLE feedback_item (
    id                uuid        PRIMARY KEY,
    project_id        uuid        NOT NULL,
    station_id        uuid        NOT NULL,
    channel           text        NOT NULL CHECK (channel IN ('HOTLINE', 'EMAIL', 'ONLINE', 'SUGGESTION_BOX', 'IN_PERSON')),
    kind              text        NOT NULL CHECK (kind IN ('OPINION', 'SUGGESTION', 'COMPLAINT', 'PRAISE')),
    urgency           text        NOT NULL CHECK (urgency IN ('NORMAL', 'URGENT')),
    summary           text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    anonymous         boolean     NOT NULL,
    name_cipher       bytea,
    name_masked       text,
    contact_cipher    bytea,
    contact_masked    text,
    about_staff       boolean     NOT NULL,
    confidential      boolean     NOT NULL,
    state             text        NOT NULL CHECK (state IN ('RECEIVED', 'EVALUATED', 'RESPONDED', 'RESOLVED', 'ESCALATED', 'CLOSED')),
    handler_id        uuid,
    classification    text        CHECK (length(classification) <= 100),
    plan              text        CHECK (length(plan) <= 2000),
    response          text        CHECK (length(response) <= 2000),
    resolution        text        CHECK (length(resolution) <= 2000),
    escalation_reason text        CHECK (length(escalation_reason) <= 2000),
    satisfaction      smallint    CHECK (satisfaction BETWEEN 1 AND 5),
    received_at       timestamptz NOT NULL,
    version           integer     NOT NULL DEFAULT 1,
    created_by        uuid        NOT NULL,
    CHECK (anonymous = (contact_cipher IS NULL)),
    CHECK (NOT (anonymous AND about_staff AND kind = 'COMPLAINT')),
    UNIQUE (id, project_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX feedback_item_station ON feedback_item (station_id, received_at);

CREATE TABLE feedback_action (
    id          uuid        PRIMARY KEY,
    feedback_id uuid        NOT NULL,
    project_id  uuid        NOT NULL,
    station_id  uuid        NOT NULL,
    action      text        NOT NULL,
    actor_id    uuid        NOT NULL,
    at          timestamptz NOT NULL,
    note        text        CHECK (length(note) <= 2000),
    FOREIGN KEY (feedback_id, project_id) REFERENCES feedback_item (id, project_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX feedback_action_item ON feedback_action (feedback_id, at);

-- the bureau takes escalated items, so overseers write too
CALL app_tenant_table('feedback_item', 'STATION', 'STATION_OR_OVERSEERS');
CALL app_tenant_table('feedback_action', 'STATION', 'STATION_OR_OVERSEERS');

CREATE POLICY feedback_item_confidential ON feedback_item AS RESTRICTIVE FOR ALL
    USING (NOT confidential OR (SELECT app_is_admin()) OR handler_id = (SELECT app_user_id())
           OR project_id = ANY ((SELECT app_managed_projects())::uuid[])
           OR (escalation_reason IS NOT NULL AND project_id = ANY ((SELECT app_overseen_projects())::uuid[])));
CREATE POLICY feedback_action_confidential ON feedback_action AS RESTRICTIVE FOR SELECT
    USING (EXISTS (SELECT 1 FROM feedback_item i WHERE i.id = feedback_id));

GRANT SELECT, INSERT ON feedback_item, feedback_action TO ${approle};
GRANT UPDATE (state, handler_id, classification, plan, response, resolution, escalation_reason, satisfaction,
              version) ON feedback_item TO ${approle};
