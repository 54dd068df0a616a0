-- What a notification is about, beyond its contract: the kind of resource (change-request, budget, forecast, outturn,
-- basket-version, milestone, indicator) and its id, taken from the event's data. Both absent for notifications made
-- before this was kept, and for those about the contract as a whole.
ALTER TABLE notification ADD COLUMN about_type TEXT;
ALTER TABLE notification ADD COLUMN about_id TEXT;
ALTER TABLE notification ADD CONSTRAINT notification_about_whole
    CHECK ((about_type IS NULL) = (about_id IS NULL));
