-- The reminders sent of improvement actions' due dates, kept apart from the actions: one row per action and due date
-- (a re-planned due date is reminded again), written by the daily reminder only when it announces one. Reminding
-- changes neither the action, nor its version, nor its audit history.
CREATE TABLE improvement_action_reminder (
    action_id   UUID NOT NULL REFERENCES improvement_action (id),
    due_date    DATE NOT NULL,
    reminded_on DATE NOT NULL,
    PRIMARY KEY (action_id, due_date)
);

-- The reminders already sent: on the day of the audit revision that first kept the due date reminded of.
INSERT INTO improvement_action_reminder (action_id, due_date, reminded_on)
SELECT a.id, a.reminded_for_due_date,
       COALESCE((SELECT min(r.changed_at)::date
                   FROM improvement_action_aud h JOIN audit_revision r ON r.id = h.rev
                  WHERE h.id = a.id AND h.reminded_for_due_date = a.reminded_for_due_date), CURRENT_DATE)
  FROM improvement_action a
 WHERE a.reminded_for_due_date IS NOT NULL;

ALTER TABLE improvement_action DROP COLUMN reminded_for_due_date;
ALTER TABLE improvement_action_aud DROP COLUMN reminded_for_due_date;
