-- The projects whose stations a caller may read some of: every project for an admin, otherwise the
-- scope's projects (auth_scope puts there every overseen project and the project of every station
-- granted directly). Not a policy: the station pages start from it so that PostgreSQL reads the
-- stations of those projects through station_project instead of every station (the read policies
-- are OR-ed with the admin's and use no index). Row-level security still decides which rows come back.
CREATE FUNCTION app_station_projects() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT CASE WHEN app_is_admin() THEN ARRAY(SELECT id FROM project) ELSE app_projects() END $$;
