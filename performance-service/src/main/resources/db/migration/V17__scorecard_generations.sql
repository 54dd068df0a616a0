-- What a scorecard is built from moves its contract's generation on, in the writer's own transaction: the contract,
-- its basket versions and their entries, its observations; a change to what every contract shares (indicators and
-- their definitions) moves every contract's. Instances keep built scorecards under the generation they read before
-- building, and build again when it has moved on.
--
-- A step sets the generation to the commit's time in microseconds (one more than before, if the clock has not moved
-- past it): it only grows, and after a database is restored from a backup the first write takes it past every value
-- it had before the restore, so nothing kept under a generation of the abandoned history is ever answered again
-- (what is kept under the restored generation itself was built from exactly what the backup holds).
--
-- Not a sequence: nextval is seen before its transaction commits, and a reader could keep the data before the commit
-- under the new number. The triggers are deferred to the commit, so that the generation row is locked only for the
-- commit itself (writers of one contract do not queue behind each other's whole transaction), and they move a
-- generation once per transaction however many rows it writes (a transaction's writes and its one step become visible
-- together, whenever in the transaction the step is taken).
CREATE TABLE scorecard_generation (
    contract_id UUID   PRIMARY KEY,
    generation  BIGINT NOT NULL
);

INSERT INTO scorecard_generation (contract_id, generation) SELECT id, 1 FROM contract;

CREATE FUNCTION scorecard_generation_now() RETURNS BIGINT LANGUAGE sql AS $$
    SELECT floor(extract(epoch FROM clock_timestamp()) * 1000000)::BIGINT
$$;

-- Moves the contract's generation on, once per transaction; a null contract (what every contract shares) moves all.
CREATE FUNCTION scorecard_generation_step(contract UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    stepped TEXT := 'sdc_scorecard.stepped_' || coalesce(replace(contract::text, '-', '_'), 'all');
BEGIN
    IF current_setting(stepped, true) = 'yes' THEN
        RETURN;
    END IF;
    IF contract IS NULL THEN
        INSERT INTO scorecard_generation AS g (contract_id, generation) SELECT id, scorecard_generation_now() FROM contract
            ON CONFLICT (contract_id) DO UPDATE SET generation = greatest(g.generation + 1, scorecard_generation_now());
    ELSE
        INSERT INTO scorecard_generation AS g (contract_id, generation) VALUES (contract, scorecard_generation_now())
            ON CONFLICT (contract_id) DO UPDATE SET generation = greatest(g.generation + 1, scorecard_generation_now());
    END IF;
    PERFORM set_config(stepped, 'yes', true);
END $$;

CREATE FUNCTION scorecard_generation_of_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_TABLE_NAME = 'contract' THEN
        PERFORM scorecard_generation_step(CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    ELSIF TG_TABLE_NAME IN ('basket_version', 'observation') THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM scorecard_generation_step(OLD.contract_id);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM scorecard_generation_step(NEW.contract_id);
        END IF;
    ELSIF TG_TABLE_NAME = 'basket_entry' THEN
        IF TG_OP <> 'INSERT' THEN
            PERFORM scorecard_generation_step((SELECT contract_id FROM basket_version WHERE id = OLD.basket_version_id));
        END IF;
        IF TG_OP <> 'DELETE' THEN
            PERFORM scorecard_generation_step((SELECT contract_id FROM basket_version WHERE id = NEW.basket_version_id));
        END IF;
    ELSE
        PERFORM scorecard_generation_step(NULL);
    END IF;
    RETURN NULL;
END $$;

-- A truncation (no rows to name a contract by) moves every contract's generation.
CREATE FUNCTION scorecard_generation_of_truncation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM scorecard_generation_step(NULL);
    RETURN NULL;
END $$;

DO $$
DECLARE
    input TEXT;
BEGIN
    FOREACH input IN ARRAY ARRAY['contract', 'basket_version', 'basket_entry', 'observation', 'performance_indicator',
                                 'indicator_definition'] LOOP
        EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED '
                           'FOR EACH ROW EXECUTE FUNCTION scorecard_generation_of_row()', input || '_scorecard_generation', input);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT '
                           'EXECUTE FUNCTION scorecard_generation_of_truncation()', input || '_scorecard_truncation', input);
    END LOOP;
END $$;
