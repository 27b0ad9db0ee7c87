-- Two more write reaches, for the quarterly assessment: the bureau sets targets and approves, so
-- some tables are written by everyone who oversees the project, not only by its managers.
-- Writes: OVERSEERS             those who oversee the project (bureau viewers, leads, supervisors)
--         STATION_OR_OVERSEERS  the station's writers, and whoever oversees its project
-- Which of them may make which change (a worker submits, a supervisor reviews, the bureau
-- approves) is the service's rule; the wall here keeps every write inside the caller's projects.
ALTER TABLE tenant_table DROP CONSTRAINT tenant_table_writes_check;
ALTER TABLE tenant_table ADD CONSTRAINT tenant_table_writes_check
    CHECK (writes IN ('STATION', 'PROJECT', 'ADMIN', 'OVERSEERS', 'STATION_OR_OVERSEERS'));
