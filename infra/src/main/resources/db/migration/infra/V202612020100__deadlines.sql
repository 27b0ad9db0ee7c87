-- The generic deadline engine (ARCHITECTURE.md "Time and deadlines"): a deadline belongs to a
-- subject of some module (subject_type, subject_id), has a kind, a start and a due time computed
-- by the project's policy, and ends MET, BREACHED or CANCELLED. next_at is the next moment the
-- sweeper must look at it (the warning, then the due time; NULL when nothing is left to do): the
-- partial index holds only those, so a sweep reads what is due, not every open deadline.
-- Every warning and breach is a row of deadline_event, written in the same transaction as the
-- deadline's change: exactly once, also across a crash. Tenant data, but infra cannot refer to
-- tenant's tables; the module that opens a deadline checks its station and project.
CREATE TABLE deadline (
    id           uuid        PRIMARY KEY,
    project_id   uuid        NOT NULL,
    station_id   uuid,
    subject_type text        NOT NULL CHECK (length(subject_type) BETWEEN 1 AND 40),
    subject_id   text        NOT NULL CHECK (length(subject_id) BETWEEN 1 AND 80),
    kind         text        NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    state        text        NOT NULL CHECK (state IN ('OPEN', 'MET', 'BREACHED', 'CANCELLED')),
    started_at   timestamptz NOT NULL,
    warn_at      timestamptz NOT NULL,
    due_at       timestamptz NOT NULL CHECK (due_at > started_at),
    next_at      timestamptz,
    warned_at    timestamptz,
    ended_at     timestamptz,
    CHECK ((state = 'OPEN') = (ended_at IS NULL)),
    CHECK (state = 'OPEN' OR next_at IS NULL)
);
CREATE INDEX deadline_next ON deadline (next_at) WHERE next_at IS NOT NULL;
CREATE INDEX deadline_subject ON deadline (subject_type, subject_id);

CREATE TABLE deadline_event (
    id           uuid        PRIMARY KEY,
    deadline_id  uuid        NOT NULL REFERENCES deadline (id),
    project_id   uuid        NOT NULL,
    station_id   uuid,
    subject_type text        NOT NULL,
    subject_id   text        NOT NULL,
    deadline_kind text       NOT NULL,
    kind         text        NOT NULL CHECK (kind IN ('WARNING', 'BREACH')),
    at           timestamptz NOT NULL,
    UNIQUE (deadline_id, kind)
);
CREATE INDEX deadline_event_at ON deadline_event (at);

-- A project's own clocks; without a row the configured default applies.
CREATE TABLE deadline_policy (
    project_id uuid         NOT NULL,
    kind       text         NOT NULL CHECK (length(kind) BETWEEN 1 AND 40),
    mode       text         NOT NULL CHECK (mode IN ('HOURS', 'WORKING_DAYS')),
    amount     integer      NOT NULL CHECK (amount BETWEEN 1 AND 8760),
    warn_share numeric(3,2) NOT NULL CHECK (warn_share > 0 AND warn_share < 1),
    PRIMARY KEY (project_id, kind)
);

CALL app_tenant_table('deadline', 'STATION', 'STATION');
CALL app_tenant_table('deadline_event', 'STATION', 'STATION');
CALL app_tenant_table('deadline_policy', 'PROJECT', 'OVERSEERS');
GRANT SELECT, INSERT ON deadline, deadline_event, deadline_policy TO ${approle};
GRANT UPDATE (state, next_at, warned_at, ended_at) ON deadline TO ${approle};
GRANT UPDATE (mode, amount, warn_share) ON deadline_policy TO ${approle};
