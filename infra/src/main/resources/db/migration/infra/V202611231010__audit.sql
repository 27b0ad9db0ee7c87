-- Append-only audit log, one hash chain per station (and one for platform-wide events), so chains
-- do not serialise each other. The application role may INSERT and nothing else; a trigger running
-- as the owner numbers each event and links it to the previous one.

CREATE TABLE audit_event (
    chain_key    uuid        NOT NULL,
    seq          bigint      NOT NULL,
    occurred_at  timestamptz NOT NULL DEFAULT now(),
    actor_id     uuid        NOT NULL,
    station_id   uuid,
    action       text        NOT NULL,
    subject_type text        NOT NULL,
    subject_id   text        NOT NULL,
    changes      jsonb       NOT NULL DEFAULT '{}',
    prev_hash    bytea       NOT NULL,
    hash         bytea       NOT NULL,
    PRIMARY KEY (chain_key, seq)
);
CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id);

CREATE TABLE audit_chain (
    chain_key uuid   PRIMARY KEY,
    last_seq  bigint NOT NULL,
    last_hash bytea  NOT NULL
);

CREATE FUNCTION audit_event_hash(e audit_event) RETURNS bytea LANGUAGE sql IMMUTABLE AS
$$ SELECT sha256(e.prev_hash || convert_to(concat_ws('|', e.seq, extract(epoch FROM e.occurred_at),
       e.actor_id, e.station_id, e.action, e.subject_type, e.subject_id, e.changes::text), 'UTF8')) $$;

CREATE FUNCTION audit_event_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS
$$
DECLARE
    head audit_chain%ROWTYPE;
BEGIN
    NEW.chain_key := coalesce(NEW.station_id, '00000000-0000-0000-0000-000000000000');
    NEW.occurred_at := now();
    INSERT INTO audit_chain (chain_key, last_seq, last_hash) VALUES (NEW.chain_key, 0, '\x')
        ON CONFLICT (chain_key) DO NOTHING;
    SELECT * INTO head FROM audit_chain WHERE chain_key = NEW.chain_key FOR UPDATE;
    NEW.seq := head.last_seq + 1;
    NEW.prev_hash := head.last_hash;
    NEW.hash := audit_event_hash(NEW);
    UPDATE audit_chain SET last_seq = NEW.seq, last_hash = NEW.hash WHERE chain_key = NEW.chain_key;
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_link BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_link();

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$;

CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

-- true when every event of the chain hashes to what is stored and points at its predecessor
CREATE FUNCTION audit_chain_intact(p_chain uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$
SELECT coalesce(bool_and(intact), true)
FROM (SELECT a.hash = audit_event_hash(a)
             AND a.prev_hash = coalesce(lag(a.hash) OVER (ORDER BY a.seq), '\x'::bytea) AS intact
      FROM audit_event a
      WHERE a.chain_key = p_chain) AS checked
$$;

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_insert ON audit_event FOR INSERT WITH CHECK (actor_id IS NOT NULL);
CREATE POLICY audit_event_read ON audit_event FOR SELECT USING ((SELECT app_is_admin()));

GRANT INSERT, SELECT ON audit_event TO ${approle};
