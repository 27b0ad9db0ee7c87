-- Each station's written report for a month (月度书面汇报): due by the end of the 15th of the next
-- month, Beijing time; a later submission is marked late. DRAFT → SUBMITTED → REVIEWED.
CREATE TABLE monthly_report (
    station_id       uuid        NOT NULL,
    project_id       uuid        NOT NULL,
    month            text        NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    status           text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'REVIEWED')),
    service_summary  text        NOT NULL CHECK (length(service_summary) BETWEEN 1 AND 4000),
    feedback_summary text        CHECK (length(feedback_summary) <= 4000),
    problems         text        CHECK (length(problems) <= 4000),
    improvements     text        CHECK (length(improvements) <= 4000),
    version          integer     NOT NULL DEFAULT 1,
    submitted_at     timestamptz,
    late             boolean,
    reviewed_at      timestamptz,
    review_comment   text        CHECK (length(review_comment) <= 2000),
    PRIMARY KEY (station_id, month),
    FOREIGN KEY (station_id, project_id) REFERENCES station (id, project_id)
);
CALL app_tenant_table('monthly_report', 'STATION', 'STATION');
GRANT SELECT, INSERT ON monthly_report TO ${approle};
GRANT UPDATE (status, service_summary, feedback_summary, problems, improvements, version, submitted_at, late,
              reviewed_at, review_comment) ON monthly_report TO ${approle};
