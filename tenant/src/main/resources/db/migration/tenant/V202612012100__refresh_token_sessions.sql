-- Refresh tokens belong to a session (a family: the token a login issues and every token it was
-- renewed into). A token presented again after it was used revokes its whole family, since one of
-- the two presenters stole it; a session ends 30 days after its login however often it is renewed.
ALTER TABLE refresh_token ADD COLUMN family_id uuid, ADD COLUMN session_started_at timestamptz;
UPDATE refresh_token SET family_id = gen_random_uuid(), session_started_at = created_at;
ALTER TABLE refresh_token ALTER COLUMN family_id SET NOT NULL,
                          ALTER COLUMN session_started_at SET NOT NULL;
CREATE INDEX refresh_token_family ON refresh_token (family_id);
