-- A change of targets no longer makes a station's quarter computed again from its records: it bumps
-- targets_revision, and the service applies the new targets to the values it keeps (AssessmentCache)
-- under the records' revision. Changes of records still bump revision.
ALTER TABLE assessment_revision ADD COLUMN targets_revision bigint NOT NULL DEFAULT 0;
GRANT UPDATE (targets_revision) ON assessment_revision TO ${approle};

CREATE OR REPLACE FUNCTION assessment_targets_changed() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO assessment_revision (station_id, project_id, quarter, revision, targets_revision)
    SELECT DISTINCT s.id, s.project_id, t.quarter, 1, 1
    FROM changed_targets t JOIN station s ON s.project_id = t.project_id AND (t.station_id IS NULL OR s.id = t.station_id)
    ON CONFLICT (station_id, quarter) DO UPDATE SET targets_revision = assessment_revision.targets_revision + 1;
    RETURN NULL;
END
$$;
