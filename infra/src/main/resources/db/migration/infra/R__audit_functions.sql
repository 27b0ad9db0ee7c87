-- The audit log's functions: the hash of an event, the trigger that numbers and links each event
-- to its chain, the append-only guard and the chain check. Repeatable: change them here.

CREATE OR REPLACE FUNCTION audit_event_hash(e audit_event) RETURNS bytea LANGUAGE sql IMMUTABLE AS
$$ SELECT sha256(e.prev_hash || convert_to(concat_ws('|', e.seq, extract(epoch FROM e.occurred_at),
       e.actor_id, e.station_id, e.action, e.subject_type, e.subject_id, e.changes::text), 'UTF8')) $$;

-- numbers each event and links it to the previous one of its chain, as the owner
CREATE OR REPLACE FUNCTION audit_event_link() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
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

CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'audit_event is append-only'; END $$;

-- true when every event of the chain hashes to what is stored and points at its predecessor
CREATE OR REPLACE FUNCTION audit_chain_intact(p_chain uuid) RETURNS boolean LANGUAGE sql STABLE AS
$$
SELECT coalesce(bool_and(intact), true)
FROM (SELECT a.hash = audit_event_hash(a)
             AND a.prev_hash = coalesce(lag(a.hash) OVER (ORDER BY a.seq), '\x'::bytea) AS intact
      FROM audit_event a
      WHERE a.chain_key = p_chain) AS checked
$$;
