-- What the reminders need to know, kept from the producers' events: the contracts' terms and years, the returns and
-- observations received per period, the annual reviews recorded.
CREATE TABLE known_contract (
    id                        UUID    PRIMARY KEY,
    reference                 TEXT    NOT NULL,
    commencement_date         DATE    NOT NULL,
    expiry_date               DATE    NOT NULL,
    contract_year_start_month INTEGER NOT NULL,
    contract_year_start_day   INTEGER NOT NULL
);

CREATE TABLE received_submission (
    contract_id UUID NOT NULL,
    kind        TEXT NOT NULL,
    period      TEXT NOT NULL,
    PRIMARY KEY (contract_id, kind, period)
);

CREATE TABLE recorded_review (
    contract_id   UUID NOT NULL,
    contract_year TEXT NOT NULL,
    PRIMARY KEY (contract_id, contract_year)
);

UPDATE subscription SET event_types = event_types || '["reminder.annual-review-due"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000c001';
UPDATE subscription SET event_types = event_types || '["reminder.return-overdue"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000f001';
INSERT INTO subscription (id, recipient, event_types, contract_id, channel, active, created_by, created_at, version) VALUES
  ('00000000-0000-0000-0000-00000000e001', 'role:trust-performance', '["reminder.observations-overdue"]',
   NULL, 'INBOX', TRUE, 'system:notification-service', now(), 0);
