-- Those who oversee a project (bureau viewers, leads, supervisors) reach its stations through the
-- project, so a station added after they signed in is theirs at once; managers also write them.
DROP POLICY station_read ON station;
DROP POLICY station_update ON station;

CREATE POLICY station_read ON station FOR SELECT
    USING ((SELECT app_is_admin())
           OR id = ANY ((SELECT app_read_stations())::uuid[])
           OR project_id = ANY ((SELECT app_overseen_projects())::uuid[]));
CREATE POLICY station_update ON station FOR UPDATE
    USING ((SELECT app_is_admin())
           OR id = ANY ((SELECT app_write_stations())::uuid[])
           OR project_id = ANY ((SELECT app_managed_projects())::uuid[]))
    WITH CHECK ((SELECT app_is_admin())
           OR id = ANY ((SELECT app_write_stations())::uuid[])
           OR project_id = ANY ((SELECT app_managed_projects())::uuid[]));
