-- Commissioners and the trust's performance staff hear of improvement actions added, due soon and re-planned, and of
-- monitoring visits and reviews recorded (each addressed to the party it concerns); commissioners and auditors hear
-- of every report issued.
-- A subscription naming no event type hears of every one already and stays so; a type already named is not named twice.
UPDATE subscription
   SET event_types = event_types || (SELECT coalesce(jsonb_agg(added), '[]'::jsonb)
                                       FROM jsonb_array_elements_text('["performance.improvement-action.added","performance.improvement-action.due-soon","performance.improvement-action.replanned","performance.improvement-review.recorded"]'::jsonb) AS added
                                      WHERE NOT event_types ? added)
 WHERE id IN ('00000000-0000-0000-0000-00000000c001', '00000000-0000-0000-0000-00000000e001')
   AND jsonb_array_length(event_types) > 0;
UPDATE subscription
   SET event_types = event_types || '["report.issued"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000c001'
   AND jsonb_array_length(event_types) > 0
   AND NOT event_types ? 'report.issued';
INSERT INTO subscription (id, recipient, event_types, contract_id, channel, active, created_by, created_at, version) VALUES
  ('00000000-0000-0000-0000-00000000d001', 'role:auditor', '["report.issued"]',
   NULL, 'INBOX', TRUE, 'system:notification-service', now(), 0);
