-- Projects the caller oversees whole (bureau viewers, leads, supervisors: every station and the
-- project's own records, such as its staff) and projects it manages (leads, supervisors).

CREATE FUNCTION app_overseen_projects() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.overseen_projects', true), '')::uuid[] $$;

CREATE FUNCTION app_managed_projects() RETURNS uuid[] LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.managed_projects', true), '')::uuid[] $$;
