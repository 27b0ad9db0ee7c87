-- Users, their role grants and refresh tokens. A user sees only itself and its own grants; admins
-- see all. Login and scope resolution happen before the caller has a scope, so they go through the
-- two SECURITY DEFINER functions below, which see all rows for their own duration only.

CREATE TABLE app_user (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    username      text        NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9_.-]{2,31}$'),
    display_name  text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    password_hash text        NOT NULL,
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE role_grant (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    uuid        NOT NULL REFERENCES app_user (id),
    role       text        NOT NULL,
    bureau_id  uuid        REFERENCES bureau (id),
    project_id uuid        REFERENCES project (id),
    station_id uuid        REFERENCES station (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK (CASE role
             WHEN 'PLATFORM_ADMIN' THEN num_nonnulls(bureau_id, project_id, station_id) = 0
             WHEN 'BUREAU_VIEWER'  THEN num_nonnulls(project_id, station_id) = 0 AND bureau_id IS NOT NULL
             WHEN 'PROJECT_LEAD'   THEN num_nonnulls(bureau_id, station_id) = 0 AND project_id IS NOT NULL
             WHEN 'SUPERVISOR'     THEN num_nonnulls(bureau_id, station_id) = 0 AND project_id IS NOT NULL
             WHEN 'STATION_WORKER' THEN num_nonnulls(bureau_id, project_id) = 0 AND station_id IS NOT NULL
             ELSE false
           END),
    UNIQUE NULLS NOT DISTINCT (user_id, role, bureau_id, project_id, station_id)
);
CREATE INDEX role_grant_user ON role_grant (user_id);

CREATE TABLE refresh_token (
    token_hash bytea       PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES app_user (id),
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_token_user ON refresh_token (user_id);

ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
ALTER TABLE app_user FORCE ROW LEVEL SECURITY;
CREATE POLICY app_user_self ON app_user FOR SELECT
    USING ((SELECT app_is_admin()) OR id = (SELECT app_user_id()));
CREATE POLICY app_user_admin ON app_user FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

ALTER TABLE role_grant ENABLE ROW LEVEL SECURITY;
ALTER TABLE role_grant FORCE ROW LEVEL SECURITY;
CREATE POLICY role_grant_self ON role_grant FOR SELECT
    USING ((SELECT app_is_admin()) OR user_id = (SELECT app_user_id()));
CREATE POLICY role_grant_admin ON role_grant FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

-- refresh_token has no row-level security: it holds no tenant data and is presented before there
-- is a caller; only a token's SHA-256 is stored, so the table reveals no usable token.

GRANT SELECT, INSERT, UPDATE ON app_user TO ${approle};
GRANT SELECT, INSERT, DELETE ON role_grant TO ${approle};
GRANT SELECT, INSERT, UPDATE ON refresh_token TO ${approle};

-- The admin setting these functions need is raised for the function's own statements and put back
-- before they return (a function-level SET clause would need superuser rights for a custom setting).
CREATE FUNCTION auth_account(p_username text, p_user_id uuid)
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

-- The scope a user's grants give: the stations each role reaches, as ARCHITECTURE.md lays out.
CREATE FUNCTION auth_scope(p_user_id uuid)
    RETURNS TABLE (roles text[], bureaus uuid[], projects uuid[], read_stations uuid[], write_stations uuid[])
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
    SELECT g.role, p.bureau_id, p.id AS project_id, s.id AS station_id, false AS writes
    FROM grants g JOIN project p ON p.bureau_id = g.bureau_id LEFT JOIN station s ON s.project_id = p.id
    WHERE g.role = 'BUREAU_VIEWER'
    UNION ALL
    -- leads and supervisors: their project's stations, read and write
    SELECT g.role, p.bureau_id, p.id, s.id, true
    FROM grants g JOIN project p ON p.id = g.project_id LEFT JOIN station s ON s.project_id = p.id
    WHERE g.role IN ('PROJECT_LEAD', 'SUPERVISOR')
    UNION ALL
    -- workers: their own station
    SELECT g.role, p.bureau_id, p.id, s.id, true
    FROM grants g JOIN station s ON s.id = g.station_id JOIN project p ON p.id = s.project_id
    WHERE g.role = 'STATION_WORKER'
)
SELECT
    coalesce((SELECT array_agg(DISTINCT role ORDER BY role) FROM grants), '{}'),
    coalesce(array_agg(DISTINCT bureau_id) FILTER (WHERE bureau_id IS NOT NULL), '{}'),
    coalesce(array_agg(DISTINCT project_id) FILTER (WHERE project_id IS NOT NULL), '{}'),
    coalesce(array_agg(DISTINCT station_id) FILTER (WHERE station_id IS NOT NULL), '{}'),
    coalesce(array_agg(DISTINCT station_id) FILTER (WHERE station_id IS NOT NULL AND writes), '{}')
FROM reach;
    PERFORM set_config('app.admin', coalesce(caller_admin, ''), true);
END
$$;

REVOKE ALL ON FUNCTION auth_account(text, uuid), auth_scope(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_account(text, uuid), auth_scope(uuid) TO ${approle};
