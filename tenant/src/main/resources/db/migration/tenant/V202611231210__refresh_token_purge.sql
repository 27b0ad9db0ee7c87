-- refresh tokens that are expired or revoked are purged after a grace period (RefreshTokenSweeper)
GRANT DELETE ON refresh_token TO ${approle};
CREATE INDEX refresh_token_expiry ON refresh_token (expires_at);
