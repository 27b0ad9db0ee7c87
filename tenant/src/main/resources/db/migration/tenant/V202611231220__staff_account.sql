-- A staff member may be linked to the user account the person signs in with, so that a worker sees
-- their own (masked) ID number on the station roster. One account per person and project.
ALTER TABLE staff_member ADD COLUMN user_id uuid REFERENCES app_user (id);
ALTER TABLE staff_member ADD CONSTRAINT staff_member_one_account UNIQUE (project_id, user_id);
