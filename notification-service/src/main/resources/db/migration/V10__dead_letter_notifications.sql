-- A dead letter in any service is a notification for the admins; one that could not be read names no contract.
ALTER TABLE notification ALTER COLUMN contract_id DROP NOT NULL;

INSERT INTO subscription (id, recipient, event_types, contract_id, channel, active, created_by, created_at, version) VALUES
  ('00000000-0000-0000-0000-00000000a001', 'role:admin', '["system.dead-letter.recorded"]',
   NULL, 'INBOX', TRUE, 'system:notification-service', now(), 0);
