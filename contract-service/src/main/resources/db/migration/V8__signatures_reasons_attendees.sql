-- Each party signs a change request under its own identity (the council's signatory as commissioner, the trust's in a
-- trust role); a change request is agreed in principle once both have signed. A party signs once.
CREATE TABLE change_request_signature (
    id                UUID        PRIMARY KEY,
    change_request_id UUID        NOT NULL REFERENCES change_request (id),
    party             TEXT        NOT NULL CHECK (party IN ('COUNCIL', 'TRUST')),
    signed_by         TEXT        NOT NULL,
    role              TEXT        NOT NULL,
    position          TEXT,
    signed_at         TIMESTAMPTZ NOT NULL,
    signed_on         DATE        NOT NULL,
    comment           TEXT,
    annual_review_id  UUID,
    UNIQUE (change_request_id, party)
);

CREATE TABLE change_request_signature_aud (
    id                UUID     NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    change_request_id UUID,
    party             TEXT,
    signed_by         TEXT,
    role              TEXT,
    position          TEXT,
    signed_at         TIMESTAMPTZ,
    signed_on         DATE,
    comment           TEXT,
    annual_review_id  UUID,
    PRIMARY KEY (id, rev)
);

-- An agreement recorded before signatures were kept named both signatories in one step taken by one person: it becomes
-- a signature per party, each naming the signatory as recorded and, as its role, the role of whoever recorded it, with
-- a comment saying so.
INSERT INTO change_request_signature (id, change_request_id, party, signed_by, role, position, signed_at, signed_on, comment,
                                      annual_review_id)
SELECT gen_random_uuid(), c.id, signatory.party, signatory.name, step.role, NULL, step.occurred_at, c.agreed_on,
       'Recorded by ' || step.actor || ' for both parties, before each party signed for itself', c.annual_review_id
FROM change_request c
JOIN LATERAL (SELECT t.actor, t.role, t.occurred_at FROM change_request_transition t
              WHERE t.change_request_id = c.id AND t.to_status = 'AGREED_IN_PRINCIPLE'
              ORDER BY t.occurred_at LIMIT 1) step ON TRUE
CROSS JOIN LATERAL (VALUES ('COUNCIL', c.commissioner_signatory), ('TRUST', c.provider_signatory)) AS signatory (party, name)
WHERE c.agreed_on IS NOT NULL;

-- The agreement is read from the signatures from now on; the audit history keeps the columns' earlier values.
ALTER TABLE change_request DROP COLUMN agreed_on;
ALTER TABLE change_request DROP COLUMN commissioner_signatory;
ALTER TABLE change_request DROP COLUMN provider_signatory;

-- A step keeps the reason given for it (required to reject or withdraw), as the audit revision does.
ALTER TABLE change_request_transition ADD COLUMN reason TEXT;

-- The people who attended an annual review for each party: name, position, party.
ALTER TABLE annual_review ADD COLUMN attendees JSONB NOT NULL DEFAULT '[]';
ALTER TABLE annual_review_aud ADD COLUMN attendees JSONB;
