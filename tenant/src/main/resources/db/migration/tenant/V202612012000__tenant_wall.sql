-- A tighter wall around tenant rows.
-- 1. The application may change only the columns the service changes, so no row can be moved to
--    another project or station, or renamed, by whoever may write it.
REVOKE UPDATE ON bureau, agency, project, station, app_user FROM ${approle};
GRANT UPDATE (address, contact_phone) ON station TO ${approle};
REVOKE UPDATE ON staffing_rule, staff_member, staff_assignment FROM ${approle};
GRANT UPDATE (full_time_workers, qualification_levels, min_experience_years, require_relevant_degree)
    ON staffing_rule TO ${approle};
GRANT UPDATE (left_on, user_id) ON staff_member TO ${approle};
GRANT UPDATE (ends_on) ON staff_assignment TO ${approle};
REVOKE UPDATE ON refresh_token FROM ${approle};
GRANT UPDATE (revoked_at) ON refresh_token TO ${approle};

-- 2. Rows that name a station, a staff member or a session name them together with their project,
--    so a row can never point across projects.
ALTER TABLE staff_member ADD CONSTRAINT staff_member_in_project UNIQUE (id, project_id);
ALTER TABLE training_session ADD CONSTRAINT training_session_in_project UNIQUE (id, project_id);
ALTER TABLE supervision_session ADD CONSTRAINT supervision_session_in_project UNIQUE (id, project_id);

ALTER TABLE staff_assignment
    ADD CONSTRAINT staff_assignment_station_in_project
        FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id),
    ADD CONSTRAINT staff_assignment_staff_in_project
        FOREIGN KEY (staff_id, project_id) REFERENCES staff_member (id, project_id);
ALTER TABLE training_attendance
    ADD CONSTRAINT training_attendance_training_in_project
        FOREIGN KEY (training_id, project_id) REFERENCES training_session (id, project_id),
    ADD CONSTRAINT training_attendance_staff_in_project
        FOREIGN KEY (staff_id, project_id) REFERENCES staff_member (id, project_id);
ALTER TABLE supervision_session
    ADD CONSTRAINT supervision_session_station_in_project
        FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id),
    ADD CONSTRAINT supervision_session_supervisor_in_project
        FOREIGN KEY (supervisor_id, project_id) REFERENCES staff_member (id, project_id);
ALTER TABLE supervision_attendance
    ADD CONSTRAINT supervision_attendance_session_in_project
        FOREIGN KEY (session_id, project_id) REFERENCES supervision_session (id, project_id),
    ADD CONSTRAINT supervision_attendance_staff_in_project
        FOREIGN KEY (staff_id, project_id) REFERENCES staff_member (id, project_id);
