-- list_totals holds the exact number of customers and of users, so the
-- unfiltered List Customer and List User pages read their "of N" from one
-- row instead of counting every row on each view. Statement triggers keep it:
-- one update per INSERT / DELETE / TRUNCATE statement, however many rows.
-- Creates and deletes queue on this one row until they commit; they are rare,
-- operator-driven writes. Filtered lists (search, a customer's subtree) still
-- count their rows.
INSERT INTO list_totals (id, customers, users)
SELECT 1, (SELECT count(*) FROM customers), (SELECT count(*) FROM users);
--> statement-breakpoint
CREATE FUNCTION list_totals_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  SELECT count(*) INTO n FROM new_rows;
  IF n = 0 THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'customers' THEN
    UPDATE list_totals SET customers = customers + n WHERE id = 1;
  ELSE
    UPDATE list_totals SET users = users + n WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION list_totals_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  n bigint;
BEGIN
  SELECT count(*) INTO n FROM old_rows;
  IF n = 0 THEN RETURN NULL; END IF;
  IF TG_TABLE_NAME = 'customers' THEN
    UPDATE list_totals SET customers = customers - n WHERE id = 1;
  ELSE
    UPDATE list_totals SET users = users - n WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION list_totals_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'customers' THEN
    UPDATE list_totals SET customers = 0 WHERE id = 1;
  ELSE
    UPDATE list_totals SET users = 0 WHERE id = 1;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER list_totals_insert AFTER INSERT ON customers
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_insert();
--> statement-breakpoint
CREATE TRIGGER list_totals_delete AFTER DELETE ON customers
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_delete();
--> statement-breakpoint
CREATE TRIGGER list_totals_truncate AFTER TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_truncate();
--> statement-breakpoint
CREATE TRIGGER list_totals_insert AFTER INSERT ON users
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_insert();
--> statement-breakpoint
CREATE TRIGGER list_totals_delete AFTER DELETE ON users
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_delete();
--> statement-breakpoint
CREATE TRIGGER list_totals_truncate AFTER TRUNCATE ON users
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_truncate();
