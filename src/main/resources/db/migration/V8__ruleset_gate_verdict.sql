-- The scenario gate's passes (issue 12 item 4), in the SQL H2 2.x and PostgreSQL share: a
-- ruleset passed scenarios_checked scenarios under verdict_key, the digest of everything that
-- verdict depends on (the rule files, every scenario file, the application's build, the JDK,
-- the rules' build mode and the adjacency overrides: scenario.VerdictKey). A start or reload
-- whose key is here reuses the pass instead of running the scenarios again; any change gives
-- another key. Only passes are kept; a row is never updated. Part of the audit trail: which
-- ruleset passed, under which build, and when.
CREATE TABLE ruleset_gate_verdict (
    verdict_key       VARCHAR(71)              NOT NULL,
    ruleset_version   VARCHAR(71)              NOT NULL,
    scenarios_checked INTEGER                  NOT NULL,
    build             VARCHAR(255)             NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ruleset_gate_verdict_pk PRIMARY KEY (verdict_key)
);
