CREATE TABLE "list_totals" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"customers" bigint NOT NULL,
	"users" bigint NOT NULL,
	CONSTRAINT "list_totals_one_row" CHECK ("list_totals"."id" = 1)
);
--> statement-breakpoint
DROP INDEX "customers_parent_id_idx";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "name_key" text GENERATED ALWAYS AS (lower(name)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "customers_parent_id_name_key_idx" ON "customers" USING btree ("parent_id","name_key","id");--> statement-breakpoint
CREATE INDEX "customers_ancestors_path_idx" ON "customers" USING btree ("ancestors","name_key","id");--> statement-breakpoint
CREATE INDEX "customers_name_key_idx" ON "customers" USING btree ("name_key","id","ancestors");