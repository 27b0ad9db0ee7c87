-- Bureaus buy projects from agencies; a project is one contract year over a set of stations, and a
-- station is the tenant. Every row below is guarded by row-level security from the caller's scope.

CREATE TABLE bureau (
    id          uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name        text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    region_code text        NOT NULL CHECK (region_code ~ '^[0-9]{6,12}$'),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE agency (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    name       text        NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE project (
    id         uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    bureau_id  uuid        NOT NULL REFERENCES bureau (id),
    agency_id  uuid        NOT NULL REFERENCES agency (id),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    year       integer     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (bureau_id, name)
);
CREATE INDEX project_bureau ON project (bureau_id);

CREATE TABLE station (
    id            uuid        PRIMARY KEY DEFAULT gen_random_uuid(),
    project_id    uuid        NOT NULL REFERENCES project (id),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    kind          text        NOT NULL CHECK (kind IN ('TOWN', 'STREET')),
    region_code   text        NOT NULL CHECK (region_code ~ '^[0-9]{6,12}$'),
    address       text        CHECK (length(address) <= 200),
    contact_phone text        CHECK (contact_phone ~ '^[0-9+\- ]{5,20}$'),
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (project_id, name)
);
CREATE INDEX station_project ON station (project_id, name, id);

ALTER TABLE bureau ENABLE ROW LEVEL SECURITY;
ALTER TABLE bureau FORCE ROW LEVEL SECURITY;
CREATE POLICY bureau_read ON bureau FOR SELECT
    USING ((SELECT app_is_admin()) OR id = ANY ((SELECT app_bureaus())::uuid[]));
CREATE POLICY bureau_admin ON bureau FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

-- agency names are not tenant data: any signed-in caller may read them, only admins write them
ALTER TABLE agency ENABLE ROW LEVEL SECURITY;
ALTER TABLE agency FORCE ROW LEVEL SECURITY;
CREATE POLICY agency_read ON agency FOR SELECT USING ((SELECT app_user_id()) IS NOT NULL);
CREATE POLICY agency_admin ON agency FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

ALTER TABLE project ENABLE ROW LEVEL SECURITY;
ALTER TABLE project FORCE ROW LEVEL SECURITY;
CREATE POLICY project_read ON project FOR SELECT
    USING ((SELECT app_is_admin()) OR id = ANY ((SELECT app_projects())::uuid[]));
CREATE POLICY project_admin ON project FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

ALTER TABLE station ENABLE ROW LEVEL SECURITY;
ALTER TABLE station FORCE ROW LEVEL SECURITY;
CREATE POLICY station_read ON station FOR SELECT
    USING ((SELECT app_is_admin()) OR id = ANY ((SELECT app_read_stations())::uuid[]));
CREATE POLICY station_update ON station FOR UPDATE
    USING ((SELECT app_is_admin()) OR id = ANY ((SELECT app_write_stations())::uuid[]))
    WITH CHECK ((SELECT app_is_admin()) OR id = ANY ((SELECT app_write_stations())::uuid[]));
CREATE POLICY station_admin ON station FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

GRANT SELECT, INSERT, UPDATE ON bureau, agency, project, station TO ${approle};
