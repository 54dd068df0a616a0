-- A service that could not apply an approved change request says so with a refusal event; the change request keeps
-- which service refused, why, and when contract-service recorded it.
ALTER TABLE change_request ADD COLUMN implementation_failed_service TEXT;
ALTER TABLE change_request ADD COLUMN implementation_failure_reason TEXT;
ALTER TABLE change_request ADD COLUMN implementation_failure_recorded_at TIMESTAMPTZ;
ALTER TABLE change_request ADD CONSTRAINT change_request_implementation_failure_whole CHECK (
    (implementation_failed_service IS NULL) = (implementation_failure_reason IS NULL)
    AND (implementation_failed_service IS NULL) = (implementation_failure_recorded_at IS NULL));

ALTER TABLE change_request_aud ADD COLUMN implementation_failed_service TEXT;
ALTER TABLE change_request_aud ADD COLUMN implementation_failure_reason TEXT;
ALTER TABLE change_request_aud ADD COLUMN implementation_failure_recorded_at TIMESTAMPTZ;
