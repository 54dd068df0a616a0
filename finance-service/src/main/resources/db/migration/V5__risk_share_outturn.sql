CREATE TABLE risk_share_mechanism (
    id                 UUID    PRIMARY KEY,
    contract_id        UUID    NOT NULL UNIQUE REFERENCES contract (id),
    exclude_demand_led BOOLEAN NOT NULL,
    overspend_bands    JSONB   NOT NULL,
    underspend_bands   JSONB   NOT NULL,
    version            BIGINT  NOT NULL
);

CREATE TABLE risk_share_mechanism_aud (
    id                 UUID     NOT NULL,
    rev                BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype            SMALLINT,
    contract_id        UUID,
    exclude_demand_led BOOLEAN,
    overspend_bands    JSONB,
    underspend_bands   JSONB,
    version            BIGINT,
    PRIMARY KEY (id, rev)
);

CREATE TABLE outturn (
    id             UUID          PRIMARY KEY,
    budget_id      UUID          NOT NULL UNIQUE REFERENCES budget (id),
    contract_id    UUID          NOT NULL REFERENCES contract (id),
    status         TEXT          NOT NULL,
    trust_position NUMERIC(15,2) NOT NULL,
    calculation    JSONB         NOT NULL,
    version        BIGINT        NOT NULL
);

CREATE TABLE outturn_aud (
    id             UUID     NOT NULL,
    rev            BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT,
    budget_id      UUID,
    contract_id    UUID,
    status         TEXT,
    trust_position NUMERIC(15,2),
    calculation    JSONB,
    version        BIGINT,
    PRIMARY KEY (id, rev)
);
