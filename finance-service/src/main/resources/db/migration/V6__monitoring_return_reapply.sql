-- A file already imported for a period may be imported again after a later file replaced it: it becomes the period's
-- current return once more, as a new return. What stays unique is the current return of each budget and period
-- (monitoring_return_current), which also settles two imports for the same period at once.
ALTER TABLE monitoring_return DROP CONSTRAINT monitoring_return_budget_id_period_file_sha256_key;
