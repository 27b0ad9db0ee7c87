-- The project's station directory: every member of a project, its stations' workers too, reads the
-- names of all the project's stations (to know whose stock it sees), and nothing else about them;
-- the station rows themselves stay within each caller's reach. Kept in step with station by trigger.
CREATE TABLE station_directory (
    station_id uuid PRIMARY KEY,
    project_id uuid NOT NULL,
    name       text NOT NULL,
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CALL app_tenant_table('station_directory', 'PROJECT', 'ADMIN');
GRANT SELECT, INSERT ON station_directory TO ${approle};
GRANT UPDATE (name) ON station_directory TO ${approle};

CREATE FUNCTION station_directory_entry() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO station_directory (station_id, project_id, name) VALUES (NEW.id, NEW.project_id, NEW.name)
    ON CONFLICT (station_id) DO UPDATE SET name = excluded.name;
    RETURN NEW;
END
$$;
CREATE TRIGGER station_directory_entry AFTER INSERT OR UPDATE OF name ON station
    FOR EACH ROW EXECUTE FUNCTION station_directory_entry();

-- the stations that exist already, read as the platform admin for this transaction only
SELECT set_config('app.admin', 'on', true);
INSERT INTO station_directory (station_id, project_id, name) SELECT id, project_id, name FROM station;
