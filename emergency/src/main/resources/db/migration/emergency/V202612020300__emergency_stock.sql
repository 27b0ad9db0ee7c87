-- Emergency supplies (应急物资): each project's catalogue of resource types, and every station's
-- store of them as an append-only movement ledger with a level per station and type kept in the
-- same transaction. The CHECKs make a negative level, or more reserved than held, impossible: under
-- concurrency the row lock and the constraint, not Java, refuse an oversell.
CREATE TABLE resource_type (
    id                  uuid    PRIMARY KEY,
    project_id          uuid    NOT NULL REFERENCES project (id),
    name                text    NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    category            text    NOT NULL CHECK (category IN ('MEDICAL', 'PROTECTIVE', 'COMMUNICATION', 'SHELTER', 'FOOD', 'TOOLS')),
    unit                text    NOT NULL CHECK (length(unit) BETWEEN 1 AND 10),
    minimum_per_station integer NOT NULL CHECK (minimum_per_station BETWEEN 0 AND 1000000),
    expires             boolean NOT NULL,
    version             integer NOT NULL DEFAULT 1,
    CONSTRAINT resource_type_name UNIQUE (project_id, name),
    CONSTRAINT resource_type_in_project UNIQUE (id, project_id)
);
CALL app_tenant_table('resource_type', 'PROJECT', 'PROJECT');
GRANT SELECT, INSERT ON resource_type TO ${approle};
GRANT UPDATE (name, category, unit, minimum_per_station, version) ON resource_type TO ${approle};

CREATE TABLE stock_level (
    station_id       uuid        NOT NULL,
    project_id       uuid        NOT NULL,
    resource_type_id uuid        NOT NULL,
    on_hand          integer     NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
    reserved         integer     NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    updated_at       timestamptz NOT NULL,
    CONSTRAINT stock_level_reserved_held CHECK (reserved <= on_hand),
    PRIMARY KEY (station_id, resource_type_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id),
    FOREIGN KEY (resource_type_id, project_id) REFERENCES resource_type (id, project_id)
);
CREATE INDEX stock_level_project ON stock_level (project_id);
CALL app_tenant_table('stock_level', 'PROJECT', 'STATION');
GRANT SELECT, INSERT ON stock_level TO ${approle};
GRANT UPDATE (on_hand, reserved, updated_at) ON stock_level TO ${approle};

-- What is left of each receipt, with its expiry where the type expires; used oldest expiry first.
CREATE TABLE stock_batch (
    id               uuid        PRIMARY KEY,
    station_id       uuid        NOT NULL,
    project_id       uuid        NOT NULL,
    resource_type_id uuid        NOT NULL,
    expires_on       date,
    quantity         integer     NOT NULL CHECK (quantity >= 0),
    received_at      timestamptz NOT NULL,
    FOREIGN KEY (station_id, resource_type_id) REFERENCES stock_level (station_id, resource_type_id)
);
CREATE INDEX stock_batch_left ON stock_batch (station_id, resource_type_id, expires_on) WHERE quantity > 0;
CREATE INDEX stock_batch_expiry ON stock_batch (project_id, expires_on) WHERE quantity > 0 AND expires_on IS NOT NULL;
CALL app_tenant_table('stock_batch', 'PROJECT', 'STATION');
GRANT SELECT, INSERT ON stock_batch TO ${approle};
GRANT UPDATE (quantity) ON stock_batch TO ${approle};

CREATE TABLE incident (
    id              uuid        PRIMARY KEY,
    project_id      uuid        NOT NULL,
    station_id      uuid        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    place           text        NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    kind            text        NOT NULL CHECK (kind IN ('NATURAL_DISASTER', 'PUBLIC_HEALTH', 'ACCIDENT', 'SOCIAL_SAFETY', 'OTHER')),
    people_affected integer     NOT NULL CHECK (people_affected BETWEEN 0 AND 10000000),
    summary         text        NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
    status          text        NOT NULL CHECK (status IN ('OPEN', 'RESPONDED', 'REVIEWED')),
    measures        text        CHECK (length(measures) <= 4000),
    responded_at    timestamptz,
    review          text        CHECK (length(review) <= 4000),
    reviewed_at     timestamptz,
    reported_by     uuid        NOT NULL,
    version         integer     NOT NULL DEFAULT 1,
    CONSTRAINT incident_in_project UNIQUE (id, project_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX incident_project ON incident (project_id, occurred_at DESC, id DESC);
CALL app_tenant_table('incident', 'PROJECT', 'STATION');
GRANT SELECT, INSERT ON incident TO ${approle};
GRANT UPDATE (status, measures, responded_at, review, reviewed_at, version) ON incident TO ${approle};

-- A request for resources to a station (the destination, station_id), for a place or an incident.
CREATE TABLE dispatch (
    id           uuid        PRIMARY KEY,
    project_id   uuid        NOT NULL,
    station_id   uuid        NOT NULL,
    incident_id  uuid,
    place        text        NOT NULL CHECK (length(place) BETWEEN 1 AND 200),
    note         text        CHECK (length(note) <= 1000),
    status       text        NOT NULL CHECK (status IN ('REQUESTED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED', 'REJECTED')),
    requested_by uuid        NOT NULL,
    requested_at timestamptz NOT NULL,
    decided_by   uuid,
    decided_at   timestamptz,
    closed_at    timestamptz,
    reason       text        CHECK (length(reason) <= 500),
    version      integer     NOT NULL DEFAULT 1,
    CONSTRAINT dispatch_in_project UNIQUE (id, project_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id),
    FOREIGN KEY (incident_id, project_id) REFERENCES incident (id, project_id)
);
CREATE INDEX dispatch_project ON dispatch (project_id, requested_at DESC, id DESC);
CALL app_tenant_table('dispatch', 'PROJECT', 'STATION');
GRANT SELECT, INSERT ON dispatch TO ${approle};
GRANT UPDATE (status, decided_by, decided_at, closed_at, reason, version) ON dispatch TO ${approle};

-- What the request asks for (at the destination) ...
CREATE TABLE dispatch_line (
    dispatch_id      uuid    NOT NULL,
    project_id       uuid    NOT NULL,
    station_id       uuid    NOT NULL,
    resource_type_id uuid    NOT NULL,
    quantity         integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    PRIMARY KEY (dispatch_id, resource_type_id),
    FOREIGN KEY (dispatch_id, project_id) REFERENCES dispatch (id, project_id),
    FOREIGN KEY (resource_type_id, project_id) REFERENCES resource_type (id, project_id)
);
CALL app_tenant_table('dispatch_line', 'PROJECT', 'STATION');
GRANT SELECT, INSERT ON dispatch_line TO ${approle};

-- ... and where the lead takes it from (the source, station_id), reserved there on approval.
CREATE TABLE dispatch_allocation (
    dispatch_id      uuid    NOT NULL,
    project_id       uuid    NOT NULL,
    station_id       uuid    NOT NULL,
    resource_type_id uuid    NOT NULL,
    quantity         integer NOT NULL CHECK (quantity BETWEEN 1 AND 1000000),
    PRIMARY KEY (dispatch_id, station_id, resource_type_id),
    FOREIGN KEY (dispatch_id, project_id) REFERENCES dispatch (id, project_id),
    FOREIGN KEY (station_id, resource_type_id) REFERENCES stock_level (station_id, resource_type_id)
);
CALL app_tenant_table('dispatch_allocation', 'PROJECT', 'PROJECT');
GRANT SELECT, INSERT ON dispatch_allocation TO ${approle};

-- The ledger: every change of a level, signed; never updated or deleted.
CREATE TABLE stock_movement (
    id               uuid        PRIMARY KEY,
    station_id       uuid        NOT NULL,
    project_id       uuid        NOT NULL,
    resource_type_id uuid        NOT NULL,
    kind             text        NOT NULL CHECK (kind IN ('RECEIVE', 'USE', 'DISPATCH_OUT', 'DISPATCH_IN', 'ADJUST')),
    quantity         integer     NOT NULL CHECK (quantity <> 0),
    expires_on       date,
    reason           text        CHECK (length(reason) <= 500),
    incident_id      uuid,
    dispatch_id      uuid,
    at               timestamptz NOT NULL,
    recorded_by      uuid        NOT NULL,
    CONSTRAINT stock_movement_sign CHECK (
        (kind IN ('RECEIVE', 'DISPATCH_IN') AND quantity > 0)
        OR (kind IN ('USE', 'DISPATCH_OUT') AND quantity < 0)
        OR kind = 'ADJUST'),
    CONSTRAINT stock_movement_adjust_reason CHECK (kind <> 'ADJUST' OR length(reason) >= 2),
    FOREIGN KEY (station_id, resource_type_id) REFERENCES stock_level (station_id, resource_type_id),
    FOREIGN KEY (incident_id, project_id) REFERENCES incident (id, project_id),
    FOREIGN KEY (dispatch_id, project_id) REFERENCES dispatch (id, project_id)
);
CREATE INDEX stock_movement_line ON stock_movement (station_id, resource_type_id, at DESC, id DESC);
CREATE INDEX stock_movement_incident ON stock_movement (incident_id) WHERE incident_id IS NOT NULL;
CALL app_tenant_table('stock_movement', 'PROJECT', 'STATION');
GRANT SELECT, INSERT ON stock_movement TO ${approle};

-- A station's emergency drill (应急演练); a quarter without one is flagged. The project's stations see each other's.
CREATE TABLE drill (
    id           uuid    PRIMARY KEY,
    project_id   uuid    NOT NULL,
    station_id   uuid    NOT NULL,
    held_on      date    NOT NULL,
    scenario     text    NOT NULL CHECK (length(scenario) BETWEEN 1 AND 200),
    participants integer NOT NULL CHECK (participants BETWEEN 1 AND 100000),
    findings     text    CHECK (length(findings) <= 4000),
    recorded_by  uuid    NOT NULL,
    version      integer NOT NULL DEFAULT 1,
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CREATE INDEX drill_station ON drill (station_id, held_on);
CALL app_tenant_table('drill', 'PROJECT', 'STATION');
GRANT SELECT, INSERT ON drill TO ${approle};
GRANT UPDATE (held_on, scenario, participants, findings, version) ON drill TO ${approle};
