-- The contracts' milestones, kept from performance-service's events, to remind of dates approaching unmet.
CREATE TABLE known_milestone (
    id               UUID    PRIMARY KEY,
    contract_id      UUID    NOT NULL,
    title            TEXT    NOT NULL,
    target_judgement TEXT    NOT NULL,
    due_date         DATE    NOT NULL,
    met              BOOLEAN NOT NULL
);

UPDATE subscription SET event_types = event_types || '["reminder.milestone-approaching"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000c001';
