-- Sufficiency assessments (issue 13), in the SQL H2 2.x and PostgreSQL share. One row per
-- assessment, appended only (the code has no update or delete path): who asked, for which
-- authority and year end, under which ruleset version (archived in ruleset_version_file like a
-- decision's), and the report as answered. Not part of the decision log's hash chain.
CREATE TABLE sufficiency_assessment (
    assessment_id   VARCHAR(36)              NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    caller          VARCHAR(255)             NOT NULL,
    authority       VARCHAR(16)              NOT NULL,
    year_end        DATE                     NOT NULL,
    ruleset_version VARCHAR(71)              NOT NULL,
    inputs_hash     VARCHAR(71)              NOT NULL,
    report_json     TEXT                     NOT NULL,
    CONSTRAINT sufficiency_assessment_pk PRIMARY KEY (assessment_id)
);

CREATE INDEX sufficiency_assessment_authority_ix ON sufficiency_assessment (authority, year_end);

-- The input files of each assessment, as sent (base64 of the bytes, so any encoding replays
-- exactly), with each file's SHA-256: replaying reads these, and the hashes show they are the
-- files assessed.
CREATE TABLE sufficiency_assessment_file (
    assessment_id  VARCHAR(36) NOT NULL,
    name           VARCHAR(64) NOT NULL,
    content_hash   VARCHAR(71) NOT NULL,
    content_base64 TEXT        NOT NULL,
    CONSTRAINT sufficiency_assessment_file_pk PRIMARY KEY (assessment_id, name),
    CONSTRAINT sufficiency_assessment_file_fk FOREIGN KEY (assessment_id)
        REFERENCES sufficiency_assessment (assessment_id)
);
