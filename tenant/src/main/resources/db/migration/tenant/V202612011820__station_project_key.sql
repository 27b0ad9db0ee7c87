-- Tenant tables refer to their station by (station_id, project_id), so a row can never name a
-- station of another project than its own.
ALTER TABLE station ADD CONSTRAINT station_in_project UNIQUE (id, project_id);
