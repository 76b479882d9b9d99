-- Practitioners' outcomes (issue 15): what was actually chosen after a decision, in the SQL
-- H2 2.x and PostgreSQL share. One row per outcome, appended only (the code has no update or
-- delete path). Outcomes are links of the decision log's one hash chain: each takes the next
-- sequence under the ledger_head lock, as a decision does, so sequences are unique and
-- gap-free across decision_record and decision_outcome together, and record_hash chains it
-- to the record before it, whichever table holds that (ledger.OutcomeEntry says what the hash
-- covers). A later outcome for the same decision supersedes the earlier one, naming it in
-- supersedes; both are kept. reason is free text about a child: never logged.
CREATE TABLE decision_outcome (
    sequence      BIGINT                   NOT NULL,
    outcome_id    VARCHAR(36)              NOT NULL,
    decision_id   VARCHAR(64)              NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    caller        VARCHAR(255)             NOT NULL,
    chosen_ref    VARCHAR(64)              NOT NULL,
    reason_code   VARCHAR(32),
    reason        VARCHAR(2000),
    decided_by    VARCHAR(32)              NOT NULL,
    decided_on    DATE                     NOT NULL,
    supersedes    VARCHAR(36),
    previous_hash VARCHAR(71)              NOT NULL,
    record_hash   VARCHAR(71)              NOT NULL,
    CONSTRAINT decision_outcome_pk PRIMARY KEY (sequence),
    CONSTRAINT decision_outcome_id_uk UNIQUE (outcome_id),
    CONSTRAINT decision_outcome_decision_fk FOREIGN KEY (decision_id) REFERENCES decision_record (decision_id),
    CONSTRAINT decision_outcome_supersedes_uk UNIQUE (supersedes)
);

-- a decision's outcomes, in order
CREATE INDEX decision_outcome_decision_ix ON decision_outcome (decision_id, sequence);

-- the overrides report: outcomes by decision date
CREATE INDEX decision_outcome_decided_on_ix ON decision_outcome (decided_on);
