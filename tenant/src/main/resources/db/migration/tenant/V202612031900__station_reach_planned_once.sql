-- app_station_projects() in PL/pgSQL. As a SQL function it cannot be inlined (its body holds a
-- sub-select), and PostgreSQL 17 parses and plans a SQL function's body anew in every statement
-- that calls it: measured with pgbench as the application role, that was 240 µs of PostgreSQL's
-- CPU per station page, half of the 16-station list's. PL/pgSQL keeps its plans for the session.
-- Same answer: every project for an admin, otherwise the scope's projects.
CREATE OR REPLACE FUNCTION app_station_projects() RETURNS uuid[] LANGUAGE plpgsql STABLE AS
$$
BEGIN
    IF app_is_admin() THEN
        RETURN ARRAY(SELECT id FROM project);
    END IF;
    RETURN app_projects();
END
$$;
