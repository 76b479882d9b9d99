-- The decision log stores less (issue 12), in the SQL H2 2.x and PostgreSQL share. A record
-- appended from now on keeps its request, response and fired rules together in payload, one
-- deflated (zlib) stream of the three JSON texts (ledger.LedgerPayload), some ten to twenty times
-- smaller than the text, and leaves request_json, response_json and fired_json NULL. Records
-- stored before keep their text columns and no payload: they read, verify and replay as before.
-- The hash chain covers the JSON texts, not how they are stored, so no record's hash changes.
ALTER TABLE decision_record ADD COLUMN payload BYTEA;

ALTER TABLE decision_record ALTER COLUMN request_json DROP NOT NULL;

ALTER TABLE decision_record ALTER COLUMN response_json DROP NOT NULL;

ALTER TABLE decision_record ALTER COLUMN fired_json DROP NOT NULL;

-- every record holds its texts one way or the other
ALTER TABLE decision_record ADD CONSTRAINT decision_record_stored_ck
    CHECK (payload IS NOT NULL OR (request_json IS NOT NULL AND response_json IS NOT NULL AND fired_json IS NOT NULL));
