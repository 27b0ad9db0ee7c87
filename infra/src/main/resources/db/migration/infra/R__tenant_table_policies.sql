-- The standard row-level security of a tenant table, written from its declaration (see
-- V202612011800__tenant_table_declarations.sql for the vocabulary). Policies read the caller's
-- scope once per statement, through the app_* functions wrapped in a sub-select (the cast makes
-- ANY compare with the array, not with a sub-query's rows); a missing
-- setting reads as NULL, so a caller without a scope sees and writes nothing.
CREATE OR REPLACE PROCEDURE app_tenant_table(p_table text, p_reads text, p_writes text)
    LANGUAGE plpgsql AS
$$
DECLARE
    columns  text[] := ARRAY(SELECT column_name::text FROM information_schema.columns
                             WHERE table_schema = current_schema() AND table_name = p_table);
    readers  text;
    writers  text;
BEGIN
    IF NOT 'project_id' = ANY (columns) THEN
        RAISE EXCEPTION 'tenant table % needs a project_id column', p_table;
    END IF;
    IF (p_reads = 'STATION' OR p_writes IN ('STATION', 'STATION_OR_OVERSEERS')) AND NOT 'station_id' = ANY (columns) THEN
        RAISE EXCEPTION 'tenant table % is declared by station but has no station_id column', p_table;
    END IF;
    readers := CASE p_reads
        WHEN 'STATION' THEN 'station_id = ANY ((SELECT app_read_stations())::uuid[])'
                            || ' OR project_id = ANY ((SELECT app_overseen_projects())::uuid[])'
        WHEN 'PROJECT' THEN 'project_id = ANY ((SELECT app_projects())::uuid[])'
        WHEN 'OVERSEERS' THEN 'project_id = ANY ((SELECT app_overseen_projects())::uuid[])'
        END;
    writers := CASE p_writes
        WHEN 'STATION' THEN 'station_id = ANY ((SELECT app_write_stations())::uuid[])'
                            || ' OR project_id = ANY ((SELECT app_managed_projects())::uuid[])'
        WHEN 'PROJECT' THEN 'project_id = ANY ((SELECT app_managed_projects())::uuid[])'
        WHEN 'ADMIN' THEN 'false'
        WHEN 'OVERSEERS' THEN 'project_id = ANY ((SELECT app_overseen_projects())::uuid[])'
        WHEN 'STATION_OR_OVERSEERS' THEN 'station_id = ANY ((SELECT app_write_stations())::uuid[])'
                            || ' OR project_id = ANY ((SELECT app_overseen_projects())::uuid[])'
        END;
    IF readers IS NULL OR writers IS NULL THEN
        RAISE EXCEPTION 'unknown reach for %: reads %, writes %', p_table, p_reads, p_writes;
    END IF;
    INSERT INTO tenant_table (table_name, reads, writes) VALUES (p_table, p_reads, p_writes)
    ON CONFLICT (table_name) DO UPDATE SET reads = excluded.reads, writes = excluded.writes;
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', p_table);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', p_table);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %I', p_table || '_read', p_table);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %I', p_table || '_write', p_table);
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING ((SELECT app_is_admin()) OR %s)',
                   p_table || '_read', p_table, readers);
    EXECUTE format('CREATE POLICY %I ON %I FOR ALL USING ((SELECT app_is_admin()) OR %s)'
                       || ' WITH CHECK ((SELECT app_is_admin()) OR %s)',
                   p_table || '_write', p_table, writers, writers);
END
$$;

-- Rewrites every declared table's policies with the procedure above.
DO
$$
DECLARE
    declared tenant_table%ROWTYPE;
BEGIN
    FOR declared IN SELECT * FROM tenant_table ORDER BY table_name LOOP
        CALL app_tenant_table(declared.table_name, declared.reads, declared.writes);
    END LOOP;
END
$$;
