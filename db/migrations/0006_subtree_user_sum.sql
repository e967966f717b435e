DROP INDEX "customers_ancestors_path_idx";--> statement-breakpoint
CREATE INDEX "customers_ancestors_path_users_idx" ON "customers" USING btree ("ancestors","name_key","id","user_count");