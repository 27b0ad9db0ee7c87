-- Access tokens revoked at logout, kept until they would have expired: Redis answers the check on
-- every request, this table while Redis is down, so a logged-out token stays refused either way.
-- Not tenant data (no station or project); only a token's id is stored.
CREATE TABLE revoked_access_token (
    token_id   text        PRIMARY KEY CHECK (length(token_id) <= 100),
    expires_at timestamptz NOT NULL
);
CREATE INDEX revoked_access_token_expiry ON revoked_access_token (expires_at);
GRANT SELECT, INSERT, DELETE ON revoked_access_token TO ${approle};
