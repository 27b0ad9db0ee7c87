-- How often each station's cases, groups and activities changed, and on each of those rows the count
-- it was last changed at (revised). A station's quarter kept with the records it was computed from
-- (AssessmentCache) is brought up to date by reading only its rows revised since, not all of them
-- again. The count is bumped in the writing transaction under the row lock of the station's
-- counter, so writes of one station take their counts in commit order: once a reader sees count n,
-- every row revised at n or before is visible to it. Rows are never deleted (the application role
-- may not), so an update is all a reader has to follow. A group's sessions change its row (their
-- totals), so they revise the group.
CREATE TABLE record_revision (
    station_id uuid   PRIMARY KEY,
    project_id uuid   NOT NULL,
    revision   bigint NOT NULL,
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CALL app_tenant_table('record_revision', 'STATION', 'STATION_OR_OVERSEERS');
GRANT SELECT, INSERT ON record_revision TO ${approle};
GRANT UPDATE (revision) ON record_revision TO ${approle};

CREATE FUNCTION record_revised() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO record_revision (station_id, project_id, revision) VALUES (NEW.station_id, NEW.project_id, 1)
    ON CONFLICT (station_id) DO UPDATE SET revision = record_revision.revision + 1
    RETURNING revision INTO NEW.revised;
    RETURN NEW;
END
$$;

ALTER TABLE service_case ADD COLUMN revised bigint NOT NULL DEFAULT 0;
ALTER TABLE service_group ADD COLUMN revised bigint NOT NULL DEFAULT 0;
ALTER TABLE community_activity ADD COLUMN revised bigint NOT NULL DEFAULT 0;
CREATE INDEX service_case_revised ON service_case (station_id, revised);
CREATE INDEX service_group_revised ON service_group (station_id, revised);
CREATE INDEX community_activity_revised ON community_activity (station_id, revised);
CREATE TRIGGER record_revised BEFORE INSERT OR UPDATE ON service_case
    FOR EACH ROW EXECUTE FUNCTION record_revised();
CREATE TRIGGER record_revised BEFORE INSERT OR UPDATE ON service_group
    FOR EACH ROW EXECUTE FUNCTION record_revised();
CREATE TRIGGER record_revised BEFORE INSERT OR UPDATE ON community_activity
    FOR EACH ROW EXECUTE FUNCTION record_revised();
