-- The two functions that run before a caller has a scope (login, scope lookup). They are
-- SECURITY DEFINER and raise the admin setting for their own statements only, putting it back
-- before they return (a function-level SET clause would need superuser rights for a custom
-- setting). Repeatable: change them here, not in a new versioned migration.

CREATE OR REPLACE FUNCTION auth_account(p_username text, p_user_id uuid)
    RETURNS TABLE (id uuid, username text, display_name text, password_hash text, enabled boolean)
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp
AS
$$
DECLARE
    caller_admin text := current_setting('app.admin', true);
BEGIN
    PERFORM set_config('app.admin', 'on', true);
    RETURN QUERY
        SELECT u.id, u.username, u.display_name, u.password_hash, u.enabled
        FROM app_user u
        WHERE u.username = p_username OR u.id = p_user_id;
    PERFORM set_config('app.admin', coalesce(caller_admin, ''), true);
END
$$;

-- The scope a user's grants give (ARCHITECTURE.md): the stations granted directly (workers, who
-- read and write their own), the projects it oversees whole (bureau viewers: every project of the
-- bureau; leads and supervisors: theirs), those it manages, every project and bureau it sees. Those
-- who oversee a project reach its stations through project_id in every policy, so no list of
-- stations grows with a bureau.
-- role_projects pairs each role with the projects its grants reach ('SUPERVISOR:<project id>').
DROP FUNCTION IF EXISTS auth_scope(uuid);
CREATE FUNCTION auth_scope(p_user_id uuid)
    RETURNS TABLE (roles text[], bureaus uuid[], projects uuid[], read_stations uuid[], write_stations uuid[],
                   overseen_projects uuid[], managed_projects uuid[], role_projects text[])
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
    -- bureau viewers: every project of the bureau, read only
    SELECT g.role, p.bureau_id, p.id AS project_id, NULL::uuid AS station_id, false AS writes, true AS oversees
    FROM grants g JOIN project p ON p.bureau_id = g.bureau_id
    WHERE g.role = 'BUREAU_VIEWER'
    UNION ALL
    -- leads and supervisors: their project, read and write
    SELECT g.role, p.bureau_id, p.id, NULL, true, true
    FROM grants g JOIN project p ON p.id = g.project_id
    WHERE g.role IN ('PROJECT_LEAD', 'SUPERVISOR')
    UNION ALL
    -- workers: their own station
    SELECT g.role, p.bureau_id, p.id, s.id, true, false
    FROM grants g JOIN station s ON s.id = g.station_id JOIN project p ON p.id = s.project_id
    WHERE g.role = 'STATION_WORKER'
)
SELECT
    coalesce((SELECT array_agg(DISTINCT role ORDER BY role) FROM grants), '{}'),
    coalesce(array_agg(DISTINCT bureau_id), '{}'),
    coalesce(array_agg(DISTINCT project_id), '{}'),
    coalesce(array_agg(DISTINCT station_id) FILTER (WHERE station_id IS NOT NULL), '{}'),
    coalesce(array_agg(DISTINCT station_id) FILTER (WHERE station_id IS NOT NULL AND writes), '{}'),
    coalesce(array_agg(DISTINCT project_id) FILTER (WHERE oversees), '{}'),
    coalesce(array_agg(DISTINCT project_id) FILTER (WHERE oversees AND writes), '{}'),
    coalesce(array_agg(DISTINCT reach.role || ':' || project_id), '{}')
FROM reach;
    PERFORM set_config('app.admin', coalesce(caller_admin, ''), true);
END
$$;

REVOKE ALL ON FUNCTION auth_account(text, uuid), auth_scope(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_account(text, uuid), auth_scope(uuid) TO ${approle};
