-- Idempotency keys (draft-ietf-httpapi-idempotency-key-header), in the SQL H2 and PostgreSQL share.

-- One row per key a calling system sent with a decision, inserted in the transaction that appends
-- that decision's record, so a key exists if and only if its decision does; a caller holds each
-- key once (the primary key), so a concurrent retry cannot make a second decision. request_hash
-- is the SHA-256 of the request as recorded (request_json), telling a retry from the key reused
-- for another request. Kept for ever, like the decision it points to; never updated or deleted.
-- Not part of the hash chain: the key is how the caller asked, not what was decided.
CREATE TABLE idempotency_key (
    caller          VARCHAR(255)             NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    request_hash    VARCHAR(71)              NOT NULL,
    decision_id     VARCHAR(64)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotency_key_pk PRIMARY KEY (caller, idempotency_key),
    CONSTRAINT idempotency_key_decision_fk FOREIGN KEY (decision_id) REFERENCES decision_record (decision_id)
);
