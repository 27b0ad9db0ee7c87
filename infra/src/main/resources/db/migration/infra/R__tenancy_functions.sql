-- The caller's scope as policies read it: the settings ScopedDataSource puts on every borrowed
-- connection. A setting that was never set, or was cleared, reads as NULL, so every policy fails
-- closed. Policies call these wrapped in a sub-select, (SELECT app_read_stations()), so they run
-- once per statement rather than once per row. Repeatable: change them here.

CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

CREATE OR REPLACE FUNCTION app_is_admin() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.admin', true) = 'on', false) $$;

CREATE OR REPLACE FUNCTION app_bureaus() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.bureaus', true), '')::uuid[] $$;

CREATE OR REPLACE FUNCTION app_projects() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.projects', true), '')::uuid[] $$;

CREATE OR REPLACE FUNCTION app_read_stations() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.read_stations', true), '')::uuid[] $$;

CREATE OR REPLACE FUNCTION app_write_stations() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.write_stations', true), '')::uuid[] $$;

CREATE OR REPLACE FUNCTION app_overseen_projects() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.overseen_projects', true), '')::uuid[] $$;

CREATE OR REPLACE FUNCTION app_managed_projects() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.managed_projects', true), '')::uuid[] $$;
