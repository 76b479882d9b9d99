-- Decisions feed the sufficiency duty (issue 13, Children Act 1989 s22G), in the SQL H2 and
-- PostgreSQL share. in_area_eligible: whether any candidate within the responsible authority's
-- area was eligible (not excluded). need_groups: when the recommendation is not within the area,
-- the child's need groups (TEENAGER, DISABLED, UASC, YOUNG_PARENT, SIBLING_GROUP), comma-separated
-- in that order, empty for none; NULL when the recommendation is within the area.
-- Both are NULL on records stored before this migration: those read, verify and replay as they
-- always did, and their hashes are unchanged. A record that has them covers them in its hash
-- (LedgerEntry), so clearing or setting them afterwards breaks the chain like any other edit.
ALTER TABLE decision_record ADD COLUMN in_area_eligible BOOLEAN;

ALTER TABLE decision_record ADD COLUMN need_groups VARCHAR(100);

-- the unmet-need report: one authority's decisions by as-of date
CREATE INDEX decision_record_authority_as_of_ix
    ON decision_record (responsible_authority, as_of);
