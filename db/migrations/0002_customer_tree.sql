-- customers.ancestors (root .. self) is derived from parent_id here, for rows
-- written by the app and by operators' scripts alike. Every change of a
-- parent takes one transaction-scoped advisory lock, so two concurrent moves
-- cannot together close a loop; inserts take it shared and do not queue
-- behind each other.
CREATE FUNCTION customers_tree_before() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_ancestors integer[];
BEGIN
  IF TG_OP = 'UPDATE' AND NEW.parent_id IS NOT DISTINCT FROM OLD.parent_id THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM pg_advisory_xact_lock_shared(7204312);
  ELSE
    PERFORM pg_advisory_xact_lock(7204312);
  END IF;
  IF NEW.parent_id IS NULL THEN
    NEW.ancestors := ARRAY[NEW.id];
    RETURN NEW;
  END IF;
  SELECT ancestors INTO parent_ancestors FROM customers WHERE id = NEW.parent_id;
  IF NOT FOUND THEN
    -- The foreign key reports the missing parent.
    NEW.ancestors := ARRAY[NEW.id];
    RETURN NEW;
  END IF;
  IF NEW.id = ANY (parent_ancestors) THEN
    RAISE EXCEPTION 'customer % cannot move under its own descendant %',
      NEW.id, NEW.parent_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'customers_parent_cycle';
  END IF;
  NEW.ancestors := parent_ancestors || NEW.id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_tree_before BEFORE INSERT OR UPDATE OF parent_id
  ON customers FOR EACH ROW EXECUTE FUNCTION customers_tree_before();
--> statement-breakpoint
CREATE FUNCTION customers_tree_after_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers
  SET ancestors = NEW.ancestors || ancestors[cardinality(OLD.ancestors) + 1:]
  WHERE ancestors @> ARRAY[NEW.id] AND id <> NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER customers_tree_after_move AFTER UPDATE OF parent_id ON customers
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id)
  EXECUTE FUNCTION customers_tree_after_move();
