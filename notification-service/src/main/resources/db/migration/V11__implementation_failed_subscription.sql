-- Commissioners hear when another service could not implement an approved change request.
UPDATE subscription SET event_types = event_types || '["contract.change-request.implementation-failed"]'::jsonb
 WHERE id = '00000000-0000-0000-0000-00000000c001';
