-- How often what a station's quarter is computed from has changed: its records of the quarter and
-- the targets that apply to it. Bumped by the triggers below in the transaction of the change, so a
-- computed assessment kept under the revision it was computed at can never be served after a change
-- (AssessmentCache). The workflow state is not part of it: it is read fresh on every request.
CREATE TABLE assessment_revision (
    station_id uuid   NOT NULL,
    project_id uuid   NOT NULL,
    quarter    text   NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
    revision   bigint NOT NULL,
    PRIMARY KEY (station_id, quarter),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CALL app_tenant_table('assessment_revision', 'STATION', 'STATION_OR_OVERSEERS');
GRANT SELECT, INSERT ON assessment_revision TO ${approle};
GRANT UPDATE (revision) ON assessment_revision TO ${approle};

CREATE FUNCTION assessment_revision_bump(p_station uuid, p_project uuid, p_days date[]) RETURNS void
    LANGUAGE sql AS
$$
INSERT INTO assessment_revision (station_id, project_id, quarter, revision)
SELECT DISTINCT p_station, p_project, to_char(day, 'YYYY"Q"Q'), 1 FROM unnest(p_days) day WHERE day IS NOT NULL
ON CONFLICT (station_id, quarter) DO UPDATE SET revision = assessment_revision.revision + 1
$$;

-- A record's row trigger; its arguments name the date columns that place it in quarters. An update
-- bumps the quarters it left as well as those it entered.
CREATE FUNCTION assessment_record_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    days    date[] := '{}';
    image   jsonb;
    column_ text;
BEGIN
    FOREACH image IN ARRAY ARRAY[CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
                               CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END] LOOP
        CONTINUE WHEN image IS NULL;
        FOREACH column_ IN ARRAY TG_ARGV LOOP
            days := days || (image ->> column_)::date;
        END LOOP;
        PERFORM assessment_revision_bump((image ->> 'station_id')::uuid, (image ->> 'project_id')::uuid, days);
        days := '{}';
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER assessment_revision AFTER INSERT OR UPDATE OR DELETE ON service_case
    FOR EACH ROW EXECUTE FUNCTION assessment_record_changed('opened_on', 'closed_on');
CREATE TRIGGER assessment_revision AFTER INSERT OR UPDATE OR DELETE ON service_group
    FOR EACH ROW EXECUTE FUNCTION assessment_record_changed('started_on');
CREATE TRIGGER assessment_revision AFTER INSERT OR UPDATE OR DELETE ON community_activity
    FOR EACH ROW EXECUTE FUNCTION assessment_record_changed('held_on');
CREATE TRIGGER assessment_revision AFTER INSERT OR UPDATE OR DELETE ON service_visit
    FOR EACH ROW EXECUTE FUNCTION assessment_record_changed('visited_on');
CREATE TRIGGER assessment_revision AFTER INSERT OR UPDATE OR DELETE ON volunteer_event
    FOR EACH ROW EXECUTE FUNCTION assessment_record_changed('held_on');
CREATE TRIGGER assessment_revision AFTER INSERT OR UPDATE OR DELETE ON satisfaction_survey
    FOR EACH ROW EXECUTE FUNCTION assessment_record_changed('answered_on');

-- A group counts in the quarter it started in, whenever its sessions are held.
CREATE FUNCTION assessment_session_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    session group_session;
BEGIN
    session := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    PERFORM assessment_revision_bump(session.station_id, session.project_id,
                                     ARRAY(SELECT started_on FROM service_group WHERE id = session.group_id));
    RETURN NULL;
END
$$;
CREATE TRIGGER assessment_revision AFTER INSERT OR UPDATE OR DELETE ON group_session
    FOR EACH ROW EXECUTE FUNCTION assessment_session_changed();

-- A target for one station bumps that station; one for all stations (station_id NULL) bumps every
-- station of the project, once per statement however many indicators it sets.
CREATE FUNCTION assessment_targets_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO assessment_revision (station_id, project_id, quarter, revision)
    SELECT DISTINCT s.id, s.project_id, t.quarter, 1
    FROM changed_targets t JOIN station s ON s.project_id = t.project_id AND (t.station_id IS NULL OR s.id = t.station_id)
    ON CONFLICT (station_id, quarter) DO UPDATE SET revision = assessment_revision.revision + 1;
    RETURN NULL;
END
$$;
CREATE TRIGGER assessment_revision_inserted AFTER INSERT ON indicator_target
    REFERENCING NEW TABLE AS changed_targets FOR EACH STATEMENT EXECUTE FUNCTION assessment_targets_changed();
CREATE TRIGGER assessment_revision_updated AFTER UPDATE ON indicator_target
    REFERENCING NEW TABLE AS changed_targets FOR EACH STATEMENT EXECUTE FUNCTION assessment_targets_changed();
CREATE TRIGGER assessment_revision_deleted AFTER DELETE ON indicator_target
    REFERENCING OLD TABLE AS changed_targets FOR EACH STATEMENT EXECUTE FUNCTION assessment_targets_changed();
