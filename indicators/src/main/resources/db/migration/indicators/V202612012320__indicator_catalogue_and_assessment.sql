-- The indicator catalogue (the same for every project: the service-quality standards), each
-- project's targets per quarter, and each station's quarterly assessment.
CREATE TABLE indicator (
    code           text    PRIMARY KEY,
    name           text    NOT NULL,
    domain         text,
    unit           text    NOT NULL CHECK (unit IN ('人次', '例', '份', '节', '次', '%')),
    measure        text    NOT NULL,
    default_target numeric(10,2),
    sort           integer NOT NULL
);
GRANT SELECT ON indicator TO ${approle};

INSERT INTO indicator (code, name, domain, unit, measure, default_target, sort) VALUES
    ('YOUTH_CASES', '儿童青少年个案', 'YOUTH', '例', 'CASES', NULL, 10),
    ('YOUTH_GROUP_SESSIONS', '儿童青少年小组工作', 'YOUTH', '节', 'GROUP_SESSIONS', NULL, 20),
    ('YOUTH_ACTIVITIES', '儿童青少年社区活动', 'YOUTH', '次', 'ACTIVITIES', NULL, 30),
    ('YOUTH_PARTICIPANTS', '儿童青少年活动服务', 'YOUTH', '人次', 'PARTICIPANTS', NULL, 40),
    ('ELDERLY_CASES', '老年人个案', 'ELDERLY', '例', 'CASES', NULL, 50),
    ('ELDERLY_GROUP_SESSIONS', '老年人小组工作', 'ELDERLY', '节', 'GROUP_SESSIONS', NULL, 60),
    ('ELDERLY_ACTIVITIES', '老年人社区活动', 'ELDERLY', '次', 'ACTIVITIES', NULL, 70),
    ('ELDERLY_PARTICIPANTS', '老年人活动服务', 'ELDERLY', '人次', 'PARTICIPANTS', NULL, 80),
    ('WOMEN_CASES', '妇女个案', 'WOMEN', '例', 'CASES', NULL, 90),
    ('WOMEN_GROUP_SESSIONS', '妇女小组工作', 'WOMEN', '节', 'GROUP_SESSIONS', NULL, 100),
    ('WOMEN_ACTIVITIES', '妇女社区活动', 'WOMEN', '次', 'ACTIVITIES', NULL, 110),
    ('WOMEN_PARTICIPANTS', '妇女活动服务', 'WOMEN', '人次', 'PARTICIPANTS', NULL, 120),
    ('FAMILY_CASES', '家庭个案', 'FAMILY', '例', 'CASES', NULL, 130),
    ('FAMILY_GROUP_SESSIONS', '家庭小组工作', 'FAMILY', '节', 'GROUP_SESSIONS', NULL, 140),
    ('FAMILY_ACTIVITIES', '家庭社区活动', 'FAMILY', '次', 'ACTIVITIES', NULL, 150),
    ('FAMILY_PARTICIPANTS', '家庭活动服务', 'FAMILY', '人次', 'PARTICIPANTS', NULL, 160),
    ('CORRECTION_CASES', '社区矫正个案', 'CORRECTION', '例', 'CASES', NULL, 170),
    ('CORRECTION_GROUP_SESSIONS', '社区矫正小组工作', 'CORRECTION', '节', 'GROUP_SESSIONS', NULL, 180),
    ('CORRECTION_ACTIVITIES', '社区矫正社区活动', 'CORRECTION', '次', 'ACTIVITIES', NULL, 190),
    ('CORRECTION_PARTICIPANTS', '社区矫正活动服务', 'CORRECTION', '人次', 'PARTICIPANTS', NULL, 200),
    ('SCHOOL_CASES', '学校个案', 'SCHOOL', '例', 'CASES', NULL, 210),
    ('SCHOOL_GROUP_SESSIONS', '学校小组工作', 'SCHOOL', '节', 'GROUP_SESSIONS', NULL, 220),
    ('SCHOOL_ACTIVITIES', '学校社区活动', 'SCHOOL', '次', 'ACTIVITIES', NULL, 230),
    ('SCHOOL_PARTICIPANTS', '学校活动服务', 'SCHOOL', '人次', 'PARTICIPANTS', NULL, 240),
    ('RURAL_CASES', '农村个案', 'RURAL', '例', 'CASES', NULL, 250),
    ('RURAL_GROUP_SESSIONS', '农村小组工作', 'RURAL', '节', 'GROUP_SESSIONS', NULL, 260),
    ('RURAL_ACTIVITIES', '农村社区活动', 'RURAL', '次', 'ACTIVITIES', NULL, 270),
    ('RURAL_PARTICIPANTS', '农村活动服务', 'RURAL', '人次', 'PARTICIPANTS', NULL, 280),
    ('ENTERPRISE_CASES', '企业个案', 'ENTERPRISE', '例', 'CASES', NULL, 290),
    ('ENTERPRISE_GROUP_SESSIONS', '企业小组工作', 'ENTERPRISE', '节', 'GROUP_SESSIONS', NULL, 300),
    ('ENTERPRISE_ACTIVITIES', '企业社区活动', 'ENTERPRISE', '次', 'ACTIVITIES', NULL, 310),
    ('ENTERPRISE_PARTICIPANTS', '企业活动服务', 'ENTERPRISE', '人次', 'PARTICIPANTS', NULL, 320),
    ('CASE_REPORTS', '个案结案报告', NULL, '份', 'CASE_REPORTS', NULL, 330),
    ('HOME_VISITS', '入户探访', NULL, '次', 'HOME_VISITS', NULL, 340),
    ('PHONE_VISITS', '电话探访', NULL, '次', 'PHONE_VISITS', NULL, 350),
    ('VOLUNTEER_TRAININGS', '义工培训', NULL, '次', 'VOLUNTEER_TRAININGS', NULL, 360),
    ('VOLUNTEER_SERVICES', '义工服务', NULL, '次', 'VOLUNTEER_SERVICES', NULL, 370),
    ('CASE_FILING_RATE', '个案建档率', NULL, '%', 'CASE_FILING_RATE', 100, 380),
    ('REFERRAL_SUCCESS_RATE', '转介成功率', NULL, '%', 'REFERRAL_SUCCESS_RATE', 90, 390),
    ('ROUTINE_SHARE', '常规服务时间占比', NULL, '%', 'ROUTINE_SHARE', 75, 400),
    ('SATISFACTION_RATE', '服务满意率', NULL, '%', 'SATISFACTION_RATE', 90, 410);

-- A target for one station, or (station_id NULL) for every station of the project that has none
-- of its own. Set by the project's lead or its bureau.
CREATE TABLE indicator_target (
    project_id     uuid          NOT NULL REFERENCES project (id),
    station_id     uuid,
    quarter        text          NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
    indicator_code text          NOT NULL REFERENCES indicator (code),
    target         numeric(10,2) NOT NULL CHECK (target >= 0),
    set_by         uuid          NOT NULL,
    set_at         timestamptz   NOT NULL DEFAULT now(),
    CONSTRAINT indicator_target_one_per_scope
        UNIQUE NULLS NOT DISTINCT (project_id, quarter, indicator_code, station_id),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CALL app_tenant_table('indicator_target', 'PROJECT', 'OVERSEERS');
GRANT SELECT, INSERT ON indicator_target TO ${approle};
GRANT UPDATE (target, set_by, set_at) ON indicator_target TO ${approle};

-- A station's quarter: DRAFT until submitted; APPROVED locks the quarter's records.
CREATE TABLE assessment (
    station_id     uuid        NOT NULL,
    project_id     uuid        NOT NULL,
    quarter        text        NOT NULL CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
    status         text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED')),
    version        integer     NOT NULL DEFAULT 1,
    submitted_at   timestamptz,
    on_time        boolean,
    reviewed_at    timestamptz,
    review_comment text        CHECK (length(review_comment) <= 2000),
    approved_at    timestamptz,
    reopen_reason  text        CHECK (length(reopen_reason) <= 2000),
    PRIMARY KEY (station_id, quarter),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CALL app_tenant_table('assessment', 'STATION', 'STATION_OR_OVERSEERS');
GRANT SELECT, INSERT ON assessment TO ${approle};
GRANT UPDATE (status, version, submitted_at, on_time, reviewed_at, review_comment, approved_at, reopen_reason)
    ON assessment TO ${approle};
