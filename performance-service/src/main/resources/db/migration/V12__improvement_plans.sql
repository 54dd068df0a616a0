-- Improvement plans: a contract's plan with its themes in order (a refresh makes its next plan version); the
-- recommendations of inspections and reviews under its themes, each with the status the improvement board decided and
-- every decision kept; and the actions answering them, with owner, due date, status and progress updates.
CREATE TABLE improvement_plan (
    id           UUID    PRIMARY KEY,
    contract_id  UUID    NOT NULL REFERENCES contract (id),
    title        TEXT    NOT NULL,
    plan_version INTEGER NOT NULL CHECK (plan_version >= 1),
    agreed_on    DATE    NOT NULL,
    themes       JSONB   NOT NULL,
    version      BIGINT  NOT NULL DEFAULT 0
);
CREATE INDEX improvement_plan_contract ON improvement_plan (contract_id);

CREATE TABLE recommendation (
    id                   UUID   PRIMARY KEY,
    plan_id              UUID   NOT NULL REFERENCES improvement_plan (id),
    contract_id          UUID   NOT NULL REFERENCES contract (id),
    number               TEXT   NOT NULL,
    text                 TEXT   NOT NULL,
    theme                TEXT   NOT NULL,
    source_kind          TEXT   NOT NULL CHECK (source_kind IN ('OFSTED_INSPECTION', 'MONITORING_VISIT', 'DFE_REVIEW', 'PEER_REVIEW', 'COMMISSIONED_REPORT')),
    source_inspection_id UUID   REFERENCES inspection (id),
    source_title         TEXT   NOT NULL,
    source_date          DATE   NOT NULL,
    indicator_codes      JSONB  NOT NULL,
    status               TEXT   NOT NULL CHECK (status IN ('OPEN', 'MONITORED_BY_IMPROVEMENT_BOARD', 'MONITORED_BY_OTHER_BODY', 'BUSINESS_AS_USUAL', 'CLOSED')),
    monitoring_body      TEXT,
    status_reason        TEXT,
    status_decided_on    DATE,
    decisions            JSONB  NOT NULL,
    version              BIGINT NOT NULL DEFAULT 0,
    CHECK ((source_kind = 'OFSTED_INSPECTION') = (source_inspection_id IS NOT NULL)),
    CHECK ((status = 'MONITORED_BY_OTHER_BODY') = (monitoring_body IS NOT NULL)),
    UNIQUE (plan_id, source_kind, source_title, number)
);
CREATE INDEX recommendation_plan ON recommendation (plan_id);

CREATE TABLE improvement_action (
    id                      UUID   PRIMARY KEY,
    recommendation_id       UUID   NOT NULL REFERENCES recommendation (id),
    plan_id                 UUID   NOT NULL REFERENCES improvement_plan (id),
    contract_id             UUID   NOT NULL REFERENCES contract (id),
    title                   TEXT   NOT NULL,
    owner_party             TEXT   NOT NULL CHECK (owner_party IN ('COUNCIL', 'TRUST')),
    owner                   TEXT   NOT NULL,
    due_date                DATE   NOT NULL,
    status                  TEXT   NOT NULL CHECK (status IN ('NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OVERDUE', 'COMPLETE')),
    progress                JSONB  NOT NULL,
    completed_on            DATE,
    completion_confirmed_by TEXT,
    version                 BIGINT NOT NULL DEFAULT 0,
    CHECK ((status = 'COMPLETE') = (completed_on IS NOT NULL))
);
CREATE INDEX improvement_action_plan ON improvement_action (plan_id);
-- The daily check looks for actions past their due date that are neither overdue nor complete.
CREATE INDEX improvement_action_due ON improvement_action (due_date) WHERE status NOT IN ('OVERDUE', 'COMPLETE');

CREATE TABLE improvement_plan_aud (
    id           UUID     NOT NULL,
    rev          BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype      SMALLINT,
    contract_id  UUID,
    title        TEXT,
    plan_version INTEGER,
    agreed_on    DATE,
    themes       JSONB,
    version      BIGINT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE recommendation_aud (
    id                   UUID     NOT NULL,
    rev                  BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype              SMALLINT,
    plan_id              UUID,
    contract_id          UUID,
    number               TEXT,
    text                 TEXT,
    theme                TEXT,
    source_kind          TEXT,
    source_inspection_id UUID,
    source_title         TEXT,
    source_date          DATE,
    indicator_codes      JSONB,
    status               TEXT,
    monitoring_body      TEXT,
    status_reason        TEXT,
    status_decided_on    DATE,
    decisions            JSONB,
    version              BIGINT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE improvement_action_aud (
    id                      UUID     NOT NULL,
    rev                     BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype                 SMALLINT,
    recommendation_id       UUID,
    plan_id                 UUID,
    contract_id             UUID,
    title                   TEXT,
    owner_party             TEXT,
    owner                   TEXT,
    due_date                DATE,
    status                  TEXT,
    progress                JSONB,
    completed_on            DATE,
    completion_confirmed_by TEXT,
    version                 BIGINT,
    PRIMARY KEY (id, rev)
);
