-- A notification may be addressed to some roles only (a signature awaited from one party), and may keep, for the
-- platform's own inbox only, a fuller text with the council's free-text reason (never sent by email or webhook).
ALTER TABLE notification ADD COLUMN addressed_to JSONB;
ALTER TABLE notification ADD COLUMN inbox_body TEXT;

-- Each party hears when a change request awaits its signature (the notification is addressed to the party's
-- signatories: commissioners for the council, trust performance and finance staff for the trust); the trust's
-- performance staff hear of their observations validated or returned, its finance staff of their monitoring returns.
UPDATE subscription SET event_types = event_types || '["contract.change-request.signed"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000c001';
UPDATE subscription
   SET event_types = event_types || '["contract.change-request.signed","finance.monitoring-return.validated","finance.monitoring-return.returned"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000f001';
UPDATE subscription
   SET event_types = event_types || '["contract.change-request.signed","performance.observation.validated","performance.observation.returned"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000e001';
