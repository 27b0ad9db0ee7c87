-- The caller's scope, as the application puts it on every borrowed connection (ScopedDataSource).
-- A setting that was never set, or was cleared, reads as NULL here, so every policy fails closed.
-- Policies call these wrapped in a sub-select, (SELECT app_read_stations()), so they run once per
-- statement rather than once per row.

CREATE FUNCTION app_user_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

CREATE FUNCTION app_is_admin() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.admin', true) = 'on', false) $$;

CREATE FUNCTION app_bureaus() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.bureaus', true), '')::uuid[] $$;

CREATE FUNCTION app_projects() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.projects', true), '')::uuid[] $$;

CREATE FUNCTION app_read_stations() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.read_stations', true), '')::uuid[] $$;

CREATE FUNCTION app_write_stations() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.write_stations', true), '')::uuid[] $$;
