-- auth_scope also tells the projects a user oversees whole and those it manages.
DROP FUNCTION auth_scope(uuid);

CREATE FUNCTION auth_scope(p_user_id uuid)
    RETURNS TABLE (roles text[], bureaus uuid[], projects uuid[], read_stations uuid[], write_stations uuid[],
                   overseen_projects uuid[], managed_projects uuid[])
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS
$$
DECLARE
    caller_admin text := current_setting('app.admin', true);
BEGIN
    PERFORM set_config('app.admin', 'on', true);
    RETURN QUERY
WITH grants AS (
    SELECT g.role, g.bureau_id, g.project_id, g.station_id FROM role_grant g WHERE g.user_id = p_user_id
), reach AS (
    -- bureau viewers: every project and station of the bureau, read only
    SELECT g.role, p.bureau_id, p.id AS project_id, s.id AS station_id, false AS writes, true AS oversees
    FROM grants g JOIN project p ON p.bureau_id = g.bureau_id LEFT JOIN station s ON s.project_id = p.id
    WHERE g.role = 'BUREAU_VIEWER'
    UNION ALL
    -- leads and supervisors: their project's stations, read and write, and the project itself
    SELECT g.role, p.bureau_id, p.id, s.id, true, true
    FROM grants g JOIN project p ON p.id = g.project_id LEFT JOIN station s ON s.project_id = p.id
    WHERE g.role IN ('PROJECT_LEAD', 'SUPERVISOR')
    UNION ALL
    -- workers: their own station
    SELECT g.role, p.bureau_id, p.id, s.id, true, false
    FROM grants g JOIN station s ON s.id = g.station_id JOIN project p ON p.id = s.project_id
    WHERE g.role = 'STATION_WORKER'
)
SELECT
    coalesce((SELECT array_agg(DISTINCT role ORDER BY role) FROM grants), '{}'),
    coalesce(array_agg(DISTINCT bureau_id) FILTER (WHERE bureau_id IS NOT NULL), '{}'),
    coalesce(array_agg(DISTINCT project_id) FILTER (WHERE project_id IS NOT NULL), '{}'),
    coalesce(array_agg(DISTINCT station_id) FILTER (WHERE station_id IS NOT NULL), '{}'),
    coalesce(array_agg(DISTINCT station_id) FILTER (WHERE station_id IS NOT NULL AND writes), '{}'),
    coalesce(array_agg(DISTINCT project_id) FILTER (WHERE oversees), '{}'),
    coalesce(array_agg(DISTINCT project_id) FILTER (WHERE oversees AND writes), '{}')
FROM reach;
    PERFORM set_config('app.admin', coalesce(caller_admin, ''), true);
END
$$;

REVOKE ALL ON FUNCTION auth_scope(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_scope(uuid) TO ${approle};
