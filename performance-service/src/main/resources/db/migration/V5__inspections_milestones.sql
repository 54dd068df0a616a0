CREATE TABLE inspection (
    id                UUID    PRIMARY KEY,
    contract_id       UUID    NOT NULL REFERENCES contract (id),
    inspectorate      TEXT    NOT NULL,
    inspection_type   TEXT    NOT NULL,
    judgement_date    DATE    NOT NULL,
    overall_judgement TEXT    NOT NULL,
    area_judgements   JSONB   NOT NULL,
    recommendations   INTEGER NOT NULL CHECK (recommendations >= 0)
);

CREATE TABLE inspection_aud (
    id                UUID     NOT NULL,
    rev               BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype           SMALLINT,
    contract_id       UUID,
    inspectorate      TEXT,
    inspection_type   TEXT,
    judgement_date    DATE,
    overall_judgement TEXT,
    area_judgements   JSONB,
    recommendations   INTEGER,
    PRIMARY KEY (id, rev)
);

CREATE TABLE milestone (
    id               UUID PRIMARY KEY,
    contract_id      UUID NOT NULL REFERENCES contract (id),
    title            TEXT NOT NULL,
    target_judgement TEXT NOT NULL,
    due_date         DATE NOT NULL,
    area             TEXT,
    announced_status TEXT
);

CREATE TABLE milestone_aud (
    id               UUID     NOT NULL,
    rev              BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype          SMALLINT,
    contract_id      UUID,
    title            TEXT,
    target_judgement TEXT,
    due_date         DATE,
    area             TEXT,
    announced_status TEXT,
    PRIMARY KEY (id, rev)
);
