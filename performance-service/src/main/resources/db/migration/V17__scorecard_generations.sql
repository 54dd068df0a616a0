-- What a scorecard is built from moves a generation on, in the writer's own transaction: one row per contract (the
-- contract, its basket versions and their entries, its observations) and one row, the nil UUID's, for what every
-- contract shares (indicators and their definitions). A scorecard's generation is the sum of its contract's and the
-- shared one; both only grow, so any committed write to its inputs makes the sum grow. Instances keep built scorecards
-- under the generation they read before building, and build again when it has moved on.
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

CREATE FUNCTION scorecard_generation_step(contract UUID) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    stepped TEXT := 'sdc_scorecard.stepped_' || replace(contract::text, '-', '_');
BEGIN
    IF contract IS NULL OR current_setting(stepped, true) = 'yes' THEN
        RETURN;
    END IF;
    INSERT INTO scorecard_generation AS g (contract_id, generation) VALUES (contract, 1)
        ON CONFLICT (contract_id) DO UPDATE SET generation = g.generation + 1;
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
        PERFORM scorecard_generation_step('00000000-0000-0000-0000-000000000000');
    END IF;
    RETURN NULL;
END $$;

-- A truncation (no rows to name a contract by) moves the shared generation, and with it every contract's.
CREATE FUNCTION scorecard_generation_of_truncation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM scorecard_generation_step('00000000-0000-0000-0000-000000000000');
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
