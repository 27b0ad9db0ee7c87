-- Staffing: the people an agency employs for a project, their postings to stations and to the
-- project, training and supervision. Phones and ID numbers are sealed by the application
-- (AES-GCM ciphertext, a keyed lookup hash, a mask); the clear values never reach the database.

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- the contract's staffing terms, per project; absent means the defaults below
CREATE TABLE staffing_rule (
    project_id           uuid         PRIMARY KEY REFERENCES project (id),
    full_time_workers    integer      NOT NULL DEFAULT 2 CHECK (full_time_workers BETWEEN 0 AND 20),
    qualification_levels text[]       NOT NULL DEFAULT '{ASSISTANT,INTERMEDIATE,SENIOR}'
        CHECK (qualification_levels <@ '{ASSISTANT,INTERMEDIATE,SENIOR}'),
    min_experience_years numeric(4,1) NOT NULL DEFAULT 2 CHECK (min_experience_years BETWEEN 0 AND 50),
    require_relevant_degree boolean   NOT NULL DEFAULT true
);

CREATE TABLE staff_member (
    id                  uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id          uuid         NOT NULL REFERENCES project (id),
    name                text         NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    gender              text         NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    phone_cipher        bytea        NOT NULL,
    phone_masked        text         NOT NULL,
    id_number_cipher    bytea        NOT NULL,
    id_number_hash      bytea        NOT NULL,
    id_number_masked    text         NOT NULL,
    degree              text         NOT NULL CHECK (degree IN ('NONE', 'ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTOR')),
    major               text         CHECK (length(major) <= 50),
    major_relevant      boolean      NOT NULL,
    qualification_level text         CHECK (qualification_level IN ('ASSISTANT', 'INTERMEDIATE', 'SENIOR')),
    certificate_number  text         CHECK (length(certificate_number) <= 50),
    certificate_date    date,
    experience_years    numeric(4,1) NOT NULL CHECK (experience_years BETWEEN 0 AND 60),
    employment_type     text         NOT NULL CHECK (employment_type IN ('FULL_TIME', 'PART_TIME')),
    hired_on            date         NOT NULL,
    left_on             date         CHECK (left_on >= hired_on),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    CHECK ((qualification_level IS NULL) = (certificate_date IS NULL)),
    UNIQUE (project_id, id_number_hash)
);

-- a posting: to a station as WORKER, or to the project as lead, supervisor or support; history is
-- kept (an end date closes a posting, nothing is overwritten)
CREATE TABLE staff_assignment (
    id          uuid    PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id  uuid    NOT NULL REFERENCES project (id),
    station_id  uuid    REFERENCES station (id),
    staff_id    uuid    NOT NULL REFERENCES staff_member (id),
    person_key  bytea   NOT NULL,
    role        text    NOT NULL CHECK (role IN ('WORKER', 'PROJECT_LEAD', 'SUPERVISOR', 'ADMIN_SUPPORT')),
    full_time   boolean NOT NULL,
    starts_on   date    NOT NULL,
    ends_on     date    CHECK (ends_on >= starts_on),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CHECK ((role = 'WORKER') = (station_id IS NOT NULL)),
    -- one person (by ID number, across projects) holds one full-time station post at a time
    CONSTRAINT staff_assignment_one_full_time_post EXCLUDE USING gist (
        person_key WITH =, daterange(starts_on, ends_on, '[]') WITH &&
    ) WHERE (role = 'WORKER' AND full_time)
);
CREATE INDEX staff_assignment_station ON staff_assignment (station_id, starts_on);
CREATE INDEX staff_assignment_staff ON staff_assignment (staff_id);

CREATE TABLE training_session (
    id         uuid         PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id uuid         NOT NULL REFERENCES project (id),
    kind       text         NOT NULL CHECK (kind IN ('INITIAL', 'SKILLS', 'CONFIDENTIALITY')),
    held_on    date         NOT NULL,
    hours      numeric(4,1) NOT NULL CHECK (hours > 0 AND hours <= 100),
    topic      text         NOT NULL CHECK (length(topic) BETWEEN 1 AND 100),
    created_at timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE training_attendance (
    training_id uuid NOT NULL REFERENCES training_session (id),
    staff_id    uuid NOT NULL REFERENCES staff_member (id),
    project_id  uuid NOT NULL REFERENCES project (id),
    PRIMARY KEY (training_id, staff_id)
);

CREATE TABLE supervision_session (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id    uuid        NOT NULL REFERENCES project (id),
    station_id    uuid        NOT NULL REFERENCES station (id),
    kind          text        NOT NULL CHECK (kind IN ('INDIVIDUAL', 'GROUP')),
    held_on       date        NOT NULL,
    supervisor_id uuid        NOT NULL REFERENCES staff_member (id),
    topic         text        NOT NULL CHECK (length(topic) BETWEEN 1 AND 100),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supervision_session_station ON supervision_session (station_id, held_on);

CREATE TABLE supervision_attendance (
    session_id uuid NOT NULL REFERENCES supervision_session (id),
    staff_id   uuid NOT NULL REFERENCES staff_member (id),
    project_id uuid NOT NULL REFERENCES project (id),
    PRIMARY KEY (session_id, staff_id)
);

-- who reads: admins; whoever oversees the project; station readers for their station's postings
-- and the people posted there. Who writes: admins and the project's managers (lead, supervisors).
ALTER TABLE staffing_rule ENABLE ROW LEVEL SECURITY;
ALTER TABLE staffing_rule FORCE ROW LEVEL SECURITY;
CREATE POLICY staffing_rule_read ON staffing_rule FOR SELECT
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_projects())::uuid[]));
CREATE POLICY staffing_rule_write ON staffing_rule FOR ALL
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));

ALTER TABLE staff_assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_assignment_read ON staff_assignment FOR SELECT
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_overseen_projects())::uuid[])
           OR station_id = ANY ((SELECT app_read_stations())::uuid[]));
CREATE POLICY staff_assignment_write ON staff_assignment FOR ALL
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));

ALTER TABLE staff_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_member FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_member_read ON staff_member FOR SELECT
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_overseen_projects())::uuid[])
           OR EXISTS (SELECT 1 FROM staff_assignment a
                      WHERE a.staff_id = staff_member.id
                        AND a.station_id = ANY ((SELECT app_read_stations())::uuid[])));
CREATE POLICY staff_member_write ON staff_member FOR ALL
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));

ALTER TABLE training_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_session FORCE ROW LEVEL SECURITY;
CREATE POLICY training_session_read ON training_session FOR SELECT
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_projects())::uuid[]));
CREATE POLICY training_session_write ON training_session FOR ALL
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));

ALTER TABLE training_attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE training_attendance FORCE ROW LEVEL SECURITY;
CREATE POLICY training_attendance_read ON training_attendance FOR SELECT
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_projects())::uuid[]));
CREATE POLICY training_attendance_write ON training_attendance FOR ALL
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));

ALTER TABLE supervision_session ENABLE ROW LEVEL SECURITY;
ALTER TABLE supervision_session FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_session_read ON supervision_session FOR SELECT
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_overseen_projects())::uuid[])
           OR station_id = ANY ((SELECT app_read_stations())::uuid[]));
CREATE POLICY supervision_session_write ON supervision_session FOR ALL
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));

ALTER TABLE supervision_attendance ENABLE ROW LEVEL SECURITY;
ALTER TABLE supervision_attendance FORCE ROW LEVEL SECURITY;
CREATE POLICY supervision_attendance_read ON supervision_attendance FOR SELECT
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_projects())::uuid[]));
CREATE POLICY supervision_attendance_write ON supervision_attendance FOR ALL
    USING ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));

GRANT SELECT, INSERT, UPDATE ON staffing_rule, staff_member, staff_assignment TO ${approle};
GRANT SELECT, INSERT ON training_session, training_attendance, supervision_session, supervision_attendance
    TO ${approle};
