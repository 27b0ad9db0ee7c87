-- What station workers record of their services. Every row belongs to a station of a project
-- (composite key: it cannot point across projects), carries the version a correction must name,
-- and is read by the station and whoever oversees the project. No names of clients: a case or a
-- visit holds only the station's own client reference.
CREATE TABLE service_case (
    id               uuid        PRIMARY KEY,
    project_id       uuid        NOT NULL,
    station_id       uuid        NOT NULL,
    domain           text        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('CONSULTATION', 'COUNSELLING', 'TREATMENT', 'REFERRAL')),
    client_ref       text        NOT NULL CHECK (length(client_ref) BETWEEN 1 AND 40),
    opened_on        date        NOT NULL,
    filed_on         date,
    sessions         integer     NOT NULL CHECK (sessions BETWEEN 0 AND 1000),
    closed_on        date,
    closing_summary  text        CHECK (length(closing_summary) <= 4000),
    referral_outcome text        CHECK (referral_outcome IN ('SUCCEEDED', 'FAILED')),
    version          integer     NOT NULL DEFAULT 1,
    created_by       uuid        NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX service_case_station ON service_case (station_id, opened_on);

CREATE TABLE service_group (
    id           uuid        PRIMARY KEY,
    project_id   uuid        NOT NULL,
    station_id   uuid        NOT NULL,
    domain       text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('THERAPEUTIC', 'SUPPORT', 'MUTUAL_AID', 'DEVELOPMENTAL')),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    members      integer     NOT NULL CHECK (members BETWEEN 0 AND 1000),
    started_on   date        NOT NULL,
    final_report text        CHECK (length(final_report) <= 4000),
    featured     boolean     NOT NULL DEFAULT false,
    version      integer     NOT NULL DEFAULT 1,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (id, project_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX service_group_station ON service_group (station_id, started_on);

CREATE TABLE group_session (
    group_id   uuid    NOT NULL,
    number     integer NOT NULL CHECK (number BETWEEN 1 AND 100),
    project_id uuid    NOT NULL,
    station_id uuid    NOT NULL,
    held_on    date    NOT NULL,
    attendance integer NOT NULL CHECK (attendance BETWEEN 0 AND 1000),
    minutes    integer NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    PRIMARY KEY (group_id, number),
    FOREIGN KEY (group_id, project_id) REFERENCES service_group (id, project_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);

CREATE TABLE community_activity (
    id           uuid        PRIMARY KEY,
    project_id   uuid        NOT NULL,
    station_id   uuid        NOT NULL,
    domain       text        NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('LARGE', 'MEDIUM', 'LECTURE', 'PUBLICITY', 'FAMILY_EDUCATION', 'VOLUNTEER')),
    title        text        NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
    held_on      date        NOT NULL,
    participants integer     NOT NULL CHECK (participants BETWEEN 0 AND 100000),
    minutes      integer     NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    report       text        CHECK (length(report) <= 4000),
    featured     boolean     NOT NULL DEFAULT false,
    version      integer     NOT NULL DEFAULT 1,
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX community_activity_station ON community_activity (station_id, held_on);

CREATE TABLE service_visit (
    id         uuid        PRIMARY KEY,
    project_id uuid        NOT NULL,
    station_id uuid        NOT NULL,
    domain     text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('HOME', 'PHONE')),
    client_ref text        NOT NULL CHECK (length(client_ref) BETWEEN 1 AND 40),
    visited_on date        NOT NULL,
    minutes    integer     NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
    notes      text        CHECK (length(notes) <= 2000),
    version    integer     NOT NULL DEFAULT 1,
    created_by uuid        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX service_visit_station ON service_visit (station_id, visited_on);

CREATE TABLE volunteer_event (
    id         uuid         PRIMARY KEY,
    project_id uuid         NOT NULL,
    station_id uuid         NOT NULL,
    domain     text         NOT NULL,
    kind       text         NOT NULL CHECK (kind IN ('TRAINING', 'SERVICE')),
    topic      text         NOT NULL CHECK (length(topic) BETWEEN 1 AND 100),
    held_on    date         NOT NULL,
    volunteers integer      NOT NULL CHECK (volunteers BETWEEN 1 AND 10000),
    hours      numeric(6,1) NOT NULL CHECK (hours > 0),
    version    integer      NOT NULL DEFAULT 1,
    created_by uuid         NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now(),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX volunteer_event_station ON volunteer_event (station_id, held_on);

CREATE TABLE satisfaction_survey (
    id           uuid        PRIMARY KEY,
    project_id   uuid        NOT NULL,
    station_id   uuid        NOT NULL,
    subject_kind text        NOT NULL CHECK (subject_kind IN ('CASE', 'GROUP', 'ACTIVITY', 'STATION')),
    subject_id   uuid,
    answered_on  date        NOT NULL,
    attitude     smallint    NOT NULL CHECK (attitude BETWEEN 1 AND 5),
    content      smallint    NOT NULL CHECK (content BETWEEN 1 AND 5),
    methods      smallint    NOT NULL CHECK (methods BETWEEN 1 AND 5),
    arrangements smallint    NOT NULL CHECK (arrangements BETWEEN 1 AND 5),
    created_by   uuid        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    CHECK ((subject_kind = 'STATION') = (subject_id IS NULL)),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX satisfaction_survey_station ON satisfaction_survey (station_id, answered_on);

ALTER TABLE service_case ADD CHECK (domain IN ('YOUTH', 'ELDERLY', 'WOMEN', 'FAMILY', 'CORRECTION', 'SCHOOL', 'RURAL', 'ENTERPRISE'));
ALTER TABLE service_group ADD CHECK (domain IN ('YOUTH', 'ELDERLY', 'WOMEN', 'FAMILY', 'CORRECTION', 'SCHOOL', 'RURAL', 'ENTERPRISE'));
ALTER TABLE community_activity ADD CHECK (domain IN ('YOUTH', 'ELDERLY', 'WOMEN', 'FAMILY', 'CORRECTION', 'SCHOOL', 'RURAL', 'ENTERPRISE'));
ALTER TABLE service_visit ADD CHECK (domain IN ('YOUTH', 'ELDERLY', 'WOMEN', 'FAMILY', 'CORRECTION', 'SCHOOL', 'RURAL', 'ENTERPRISE'));
ALTER TABLE volunteer_event ADD CHECK (domain IN ('YOUTH', 'ELDERLY', 'WOMEN', 'FAMILY', 'CORRECTION', 'SCHOOL', 'RURAL', 'ENTERPRISE'));

CALL app_tenant_table('service_case', 'STATION', 'STATION');
CALL app_tenant_table('service_group', 'STATION', 'STATION');
CALL app_tenant_table('group_session', 'STATION', 'STATION');
CALL app_tenant_table('community_activity', 'STATION', 'STATION');
CALL app_tenant_table('service_visit', 'STATION', 'STATION');
CALL app_tenant_table('volunteer_event', 'STATION', 'STATION');
CALL app_tenant_table('satisfaction_survey', 'STATION', 'STATION');

-- corrections change what was recorded, never where it belongs
GRANT SELECT, INSERT ON service_case, service_group, group_session, community_activity, service_visit,
    volunteer_event, satisfaction_survey TO ${approle};
GRANT UPDATE (domain, kind, client_ref, opened_on, filed_on, sessions, closed_on, closing_summary,
    referral_outcome, version) ON service_case TO ${approle};
GRANT UPDATE (domain, kind, title, members, started_on, final_report, featured, version) ON service_group TO ${approle};
GRANT DELETE ON group_session TO ${approle};
GRANT UPDATE (domain, kind, title, held_on, participants, minutes, report, featured, version)
    ON community_activity TO ${approle};
