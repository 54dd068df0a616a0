-- Evidence files stay as uploaded, with one exception: a file uploaded while the council held its plan without a
-- contract takes the trust's contract when the plan passes to it (contract_id from NULL to a contract, every other
-- column as it was), so that the contract's change log lists it. Any other UPDATE, a DELETE or a TRUNCATE is refused.
CREATE OR REPLACE FUNCTION improvement_evidence_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.contract_id IS NULL AND NEW.contract_id IS NOT NULL
                AND to_jsonb(NEW) - 'contract_id' = to_jsonb(OLD) - 'contract_id' THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'Evidence is kept as uploaded: % refused on improvement_evidence', TG_OP
        USING ERRCODE = 'integrity_constraint_violation',
              HINT = 'Upload the corrected file as new evidence instead';
END;
$$;
