-- A group's sessions summed on its own row: how many were held, their attendance and their minutes.
-- Kept by the row trigger below in the transaction that writes the sessions, so a project's quarter
-- reads its 10,000 groups without joining their 60,000 sessions (the join was half of what
-- PostgreSQL spent computing a project afresh). Deltas, not a recount, so two writers of one group's
-- sessions cannot lose each other's change.
ALTER TABLE service_group
    ADD COLUMN sessions_held    integer NOT NULL DEFAULT 0 CHECK (sessions_held >= 0),
    ADD COLUMN attendance_total integer NOT NULL DEFAULT 0 CHECK (attendance_total >= 0),
    ADD COLUMN minutes_total    integer NOT NULL DEFAULT 0 CHECK (minutes_total >= 0);
GRANT UPDATE (sessions_held, attendance_total, minutes_total) ON service_group TO ${approle};

CREATE FUNCTION group_session_totals() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE service_group
        SET sessions_held = sessions_held - 1,
            attendance_total = attendance_total - OLD.attendance,
            minutes_total = minutes_total - OLD.minutes
        WHERE id = OLD.group_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE service_group
        SET sessions_held = sessions_held + 1,
            attendance_total = attendance_total + NEW.attendance,
            minutes_total = minutes_total + NEW.minutes
        WHERE id = NEW.group_id;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER group_session_totals AFTER INSERT OR UPDATE OR DELETE ON group_session
    FOR EACH ROW EXECUTE FUNCTION group_session_totals();

-- the sessions already written; the tables force row-level security, so as the platform admin
SELECT set_config('app.admin', 'on', true);
UPDATE service_group g
SET sessions_held = s.held, attendance_total = s.attendance, minutes_total = s.minutes
FROM (SELECT group_id, count(*) AS held, sum(attendance) AS attendance, sum(minutes) AS minutes
      FROM group_session GROUP BY group_id) s
WHERE s.group_id = g.id;
SELECT set_config('app.admin', '', true);
