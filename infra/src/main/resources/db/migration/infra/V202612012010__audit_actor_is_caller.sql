-- An audit event names the caller as its actor: a signed-in caller only itself, work without a
-- caller (failed logins, start-up jobs) only the system actor. Nobody can write events in another
-- user's name.
DROP POLICY audit_event_insert ON audit_event;
CREATE POLICY audit_event_insert ON audit_event FOR INSERT
    WITH CHECK (actor_id = coalesce((SELECT app_user_id()), '00000000-0000-0000-0000-000000000000'::uuid));
