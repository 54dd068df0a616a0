-- Commissioners and the trust's performance staff hear of the improvement plan: recommendations raised and the board's
-- decisions on their status, actions overdue (addressed to the party that owns the action, and to the commissioners
-- for the trust's) and actions complete.
UPDATE subscription
   SET event_types = event_types || '["performance.recommendation.raised","performance.recommendation.status-decided","performance.improvement-action.overdue","performance.improvement-action.completed"]'::jsonb
 WHERE id IN ('00000000-0000-0000-0000-00000000c001', '00000000-0000-0000-0000-00000000e001');
