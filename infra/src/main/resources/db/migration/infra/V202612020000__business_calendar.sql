-- Years of the PRC calendar an administrator loaded (from the State Council's notice) without a
-- release: such a year replaces the schedule shipped in calendar/prc-holidays.csv as a whole.
-- Not tenant data: everyone reads it, only platform admins write it.
CREATE TABLE calendar_year (
    year   integer     PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    set_by uuid        NOT NULL,
    set_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE calendar_day (
    day    date        PRIMARY KEY,
    year   integer     NOT NULL REFERENCES calendar_year (year),
    kind   text        NOT NULL CHECK (kind IN ('OFF', 'WORK')),
    name   text        NOT NULL CHECK (length(name) BETWEEN 1 AND 20),
    set_by uuid        NOT NULL,
    CHECK (extract(year FROM day) = year)
);

ALTER TABLE calendar_year ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_year FORCE ROW LEVEL SECURITY;
CREATE POLICY calendar_year_read ON calendar_year FOR SELECT USING (true);
CREATE POLICY calendar_year_write ON calendar_year FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));
ALTER TABLE calendar_day ENABLE ROW LEVEL SECURITY;
ALTER TABLE calendar_day FORCE ROW LEVEL SECURITY;
CREATE POLICY calendar_day_read ON calendar_day FOR SELECT USING (true);
CREATE POLICY calendar_day_write ON calendar_day FOR ALL
    USING ((SELECT app_is_admin())) WITH CHECK ((SELECT app_is_admin()));

GRANT SELECT, INSERT, UPDATE (set_by, set_at) ON calendar_year TO ${approle};
GRANT SELECT, INSERT, DELETE ON calendar_day TO ${approle};
