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

-- Every chain checked against its head, for admins: each event hashes to what is stored, links
-- to its predecessor, the numbers have no gap, and the last event is the one the head names.
-- SECURITY DEFINER so it reads the heads (audit_chain) the application role has no grant on.
CREATE OR REPLACE FUNCTION audit_chains_check()
    RETURNS TABLE (chain_key uuid, events bigint, intact boolean)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path = public, pg_temp
AS
$$
BEGIN
    IF NOT coalesce((SELECT app_is_admin()), false) THEN
        RAISE EXCEPTION 'audit_chains_check is for platform admins' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
        WITH checked AS (
            SELECT a.chain_key, a.seq, a.hash,
                   a.hash = audit_event_hash(a)
                       AND a.prev_hash = coalesce(lag(a.hash) OVER w, '\x'::bytea)
                       AND a.seq = row_number() OVER w AS linked
            FROM audit_event a
            WINDOW w AS (PARTITION BY a.chain_key ORDER BY a.seq)
        )
        SELECT h.chain_key,
               count(c.seq),
               coalesce(bool_and(c.linked), true)
                   AND h.last_seq = coalesce(max(c.seq), 0)
                   AND h.last_hash = coalesce((array_agg(c.hash ORDER BY c.seq DESC))[1], '\x'::bytea)
        FROM audit_chain h LEFT JOIN checked c ON c.chain_key = h.chain_key
        GROUP BY h.chain_key, h.last_seq, h.last_hash;
END
$$;

REVOKE ALL ON FUNCTION audit_chains_check() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chains_check() TO ${approle};
