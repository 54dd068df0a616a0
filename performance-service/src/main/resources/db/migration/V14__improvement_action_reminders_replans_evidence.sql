-- Improvement actions: the due date an owner was last reminded of (the daily check reminds once per action and due
-- date; a new due date is reminded again), and the re-plans of the action (what changed, by whom, when and why).
ALTER TABLE improvement_action ADD COLUMN reminded_for_due_date DATE;
ALTER TABLE improvement_action ADD COLUMN replans JSONB NOT NULL DEFAULT '[]';
ALTER TABLE improvement_action_aud ADD COLUMN reminded_for_due_date DATE;
ALTER TABLE improvement_action_aud ADD COLUMN replans JSONB;

-- The daily reminder looks for actions neither overdue nor complete whose due date is near (improvement_action_due).

-- Evidence files attached to an action by its owner's party: the bytes as uploaded with their SHA-256, name, media type
-- and size, who uploaded them in which role and when. Kept as uploaded: the table refuses every UPDATE, DELETE and
-- TRUNCATE. The same bytes are kept once per action.
CREATE TABLE improvement_evidence (
    id            UUID        PRIMARY KEY,
    action_id     UUID        NOT NULL REFERENCES improvement_action (id),
    contract_id   UUID        REFERENCES contract (id),
    file_name     TEXT        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    media_type    TEXT        NOT NULL,
    description   TEXT,
    size_bytes    BIGINT      NOT NULL CHECK (size_bytes > 0),
    sha256        TEXT        NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes         BYTEA       NOT NULL,
    uploaded_by   TEXT        NOT NULL,
    uploader_role TEXT        NOT NULL,
    uploaded_at   TIMESTAMPTZ NOT NULL,
    CHECK (octet_length(bytes) = size_bytes),
    CONSTRAINT improvement_evidence_once_per_action UNIQUE (action_id, sha256)
);

CREATE FUNCTION improvement_evidence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'Evidence is kept as uploaded: % refused on improvement_evidence', TG_OP
        USING ERRCODE = 'integrity_constraint_violation',
              HINT = 'Upload the corrected file as new evidence instead';
END;
$$;

CREATE TRIGGER improvement_evidence_unchangeable
    BEFORE UPDATE OR DELETE ON improvement_evidence
    FOR EACH ROW EXECUTE FUNCTION improvement_evidence_refuse_change();

CREATE TRIGGER improvement_evidence_not_truncated
    BEFORE TRUNCATE ON improvement_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION improvement_evidence_refuse_change();

-- Its audit history: who uploaded what, when, and the hash that identifies the bytes; the bytes are kept once, above.
CREATE TABLE improvement_evidence_aud (
    id            UUID     NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype       SMALLINT,
    action_id     UUID,
    contract_id   UUID,
    file_name     TEXT,
    media_type    TEXT,
    description   TEXT,
    size_bytes    BIGINT,
    sha256        TEXT,
    uploaded_by   TEXT,
    uploader_role TEXT,
    uploaded_at   TIMESTAMPTZ,
    PRIMARY KEY (id, rev)
);
