-- Decision log and ruleset archive. Written in the SQL that H2 2.x (default mode, no MODE=)
-- and PostgreSQL both accept unchanged; the ledger's tests run this file against both.

-- One row per decision, appended only. sequence is assigned by the application
-- (previous + 1, no gaps) under the ledger_head lock; record_hash chains each row to the one
-- before it (previous_hash), so an edited, deleted or reordered row is detectable.
-- responsible_authority and as_of repeat fields of request_json so the log can be filtered.
CREATE TABLE decision_record (
    sequence              BIGINT                   NOT NULL,
    decision_id           VARCHAR(64)              NOT NULL,
    recorded_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    caller                VARCHAR(255)             NOT NULL,
    responsible_authority VARCHAR(16)              NOT NULL,
    as_of                 DATE                     NOT NULL,
    ruleset_version       VARCHAR(71)              NOT NULL,
    request_json          TEXT                     NOT NULL,
    response_json         TEXT                     NOT NULL,
    fired_json            TEXT                     NOT NULL,
    previous_hash         VARCHAR(71)              NOT NULL,
    record_hash           VARCHAR(71)              NOT NULL,
    CONSTRAINT decision_record_pk PRIMARY KEY (sequence),
    CONSTRAINT decision_record_decision_id_uk UNIQUE (decision_id)
);

CREATE INDEX decision_record_authority_recorded_at_ix
    ON decision_record (responsible_authority, recorded_at);

-- The end of the chain: locked (SELECT ... FOR UPDATE) by every append, so appends are
-- serialised and sequences have no gaps; compared with the last row by verify, so a deleted
-- last row is detected. Starts at the genesis hash.
CREATE TABLE ledger_head (
    id            INTEGER     NOT NULL,
    last_sequence BIGINT      NOT NULL,
    last_hash     VARCHAR(71) NOT NULL,
    CONSTRAINT ledger_head_pk PRIMARY KEY (id),
    CONSTRAINT ledger_head_single_row CHECK (id = 1)
);

INSERT INTO ledger_head (id, last_sequence, last_hash)
VALUES (1, 0, 'sha256:0000000000000000000000000000000000000000000000000000000000000000');

-- The ruleset archive: each distinct file content once, by its SHA-256 ...
CREATE TABLE ruleset_file (
    content_hash VARCHAR(71) NOT NULL,
    content      TEXT        NOT NULL,
    CONSTRAINT ruleset_file_pk PRIMARY KEY (content_hash)
);

-- ... and which contents made up each ruleset version, by path relative to the rules directory.
CREATE TABLE ruleset_version_file (
    version      VARCHAR(71)   NOT NULL,
    path         VARCHAR(1000) NOT NULL,
    content_hash VARCHAR(71)   NOT NULL,
    CONSTRAINT ruleset_version_file_pk PRIMARY KEY (version, path),
    CONSTRAINT ruleset_version_file_content_fk FOREIGN KEY (content_hash) REFERENCES ruleset_file (content_hash)
);
