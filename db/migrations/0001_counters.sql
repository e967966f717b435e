-- customers.domain_count and customers.user_count are kept by statement-level
-- triggers, so list pages sort by them without counting, and bulk loads pay one
-- grouped update per statement rather than one per row.
CREATE FUNCTION domains_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers c SET domain_count = c.domain_count + n.n
  FROM (SELECT customer_id, count(*) AS n FROM new_rows GROUP BY customer_id) n
  WHERE c.id = n.customer_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION domains_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers c SET domain_count = c.domain_count - o.n
  FROM (SELECT customer_id, count(*) AS n FROM old_rows GROUP BY customer_id) o
  WHERE c.id = o.customer_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION domains_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers c SET domain_count = c.domain_count + d.n
  FROM (
    SELECT customer_id, sum(n) AS n FROM (
      SELECT customer_id, 1 AS n FROM new_rows
      UNION ALL
      SELECT customer_id, -1 FROM old_rows
    ) moved GROUP BY customer_id
  ) d
  WHERE c.id = d.customer_id AND d.n <> 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER domains_count_insert AFTER INSERT ON domains
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION domains_count_insert();
--> statement-breakpoint
CREATE TRIGGER domains_count_delete AFTER DELETE ON domains
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION domains_count_delete();
--> statement-breakpoint
CREATE TRIGGER domains_count_update AFTER UPDATE ON domains
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION domains_count_update();
--> statement-breakpoint
CREATE FUNCTION users_count_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers c SET user_count = c.user_count + n.n
  FROM (
    SELECT customer_id, count(*) AS n FROM new_rows
    WHERE customer_id IS NOT NULL GROUP BY customer_id
  ) n
  WHERE c.id = n.customer_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION users_count_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers c SET user_count = c.user_count - o.n
  FROM (
    SELECT customer_id, count(*) AS n FROM old_rows
    WHERE customer_id IS NOT NULL GROUP BY customer_id
  ) o
  WHERE c.id = o.customer_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION users_count_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE customers c SET user_count = c.user_count + d.n
  FROM (
    SELECT customer_id, sum(n) AS n FROM (
      SELECT customer_id, 1 AS n FROM new_rows WHERE customer_id IS NOT NULL
      UNION ALL
      SELECT customer_id, -1 FROM old_rows WHERE customer_id IS NOT NULL
    ) moved GROUP BY customer_id
  ) d
  WHERE c.id = d.customer_id AND d.n <> 0;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER users_count_insert AFTER INSERT ON users
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION users_count_insert();
--> statement-breakpoint
CREATE TRIGGER users_count_delete AFTER DELETE ON users
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION users_count_delete();
--> statement-breakpoint
CREATE TRIGGER users_count_update AFTER UPDATE ON users
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION users_count_update();
