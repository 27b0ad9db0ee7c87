-- Tenant tables declare who reads and who writes them, and one procedure writes their row-level
-- security from that declaration, the same way for every table (app_tenant_table, defined in
-- R__tenant_table_policies.sql; a fix there reaches every declared table at the next migration).
-- Reads:  STATION   the station's readers, and whoever oversees its project
--         PROJECT   everyone who sees the project (its workers too)
--         OVERSEERS those who oversee the project (bureau viewers, leads, supervisors)
-- Writes: STATION   the station's writers, and the project's managers (leads, supervisors)
--         PROJECT   the project's managers
--         ADMIN     platform admins only
-- Admins read and write everything. This table holds no tenant data and the application role
-- has no grant on it.
CREATE TABLE tenant_table (
    table_name  text        PRIMARY KEY,
    reads       text        NOT NULL CHECK (reads IN ('STATION', 'PROJECT', 'OVERSEERS')),
    writes      text        NOT NULL CHECK (writes IN ('STATION', 'PROJECT', 'ADMIN')),
    declared_at timestamptz NOT NULL DEFAULT now()
);

-- On a new database every versioned migration runs before the repeatable ones, so until
-- R__tenant_table_policies.sql replaces it this first version only records the declaration; that
-- migration then writes the policies of every recorded table.
CREATE PROCEDURE app_tenant_table(p_table text, p_reads text, p_writes text) LANGUAGE sql AS
$$
INSERT INTO tenant_table (table_name, reads, writes) VALUES (p_table, p_reads, p_writes)
ON CONFLICT (table_name) DO UPDATE SET reads = excluded.reads, writes = excluded.writes
$$;
