CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."cache_mode" AS ENUM('off', 'standard', 'aggressive');--> statement-breakpoint
CREATE TYPE "public"."origin_scheme" AS ENUM('http', 'https');--> statement-breakpoint
CREATE TYPE "public"."redirect_mode" AS ENUM('none', 'http_to_https', 'www_to_apex', 'apex_to_www');--> statement-breakpoint
CREATE TYPE "public"."tls_protocol" AS ENUM('TLSv1.0', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('admin', 'support', 'customer');--> statement-breakpoint
CREATE TYPE "public"."waf_mode" AS ENUM('off', 'detect', 'block');--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" integer,
	"actor_email" varchar(254),
	"action" varchar(40) NOT NULL,
	"entity_type" varchar(20) NOT NULL,
	"entity_id" integer NOT NULL,
	"customer_id" integer,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "customers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "customers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" varchar(200) NOT NULL,
	"address" varchar(1000) NOT NULL,
	"parent_id" integer,
	"ancestors" integer[] DEFAULT '{}' NOT NULL,
	"domain_count" integer DEFAULT 0 NOT NULL,
	"user_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "customers_name_check" CHECK (char_length(btrim("customers"."name")) >= 1),
	CONSTRAINT "customers_address_check" CHECK (char_length(btrim("customers"."address")) >= 1),
	CONSTRAINT "customers_ancestors_check" CHECK (cardinality("customers"."ancestors") between 1 and 8 and "customers"."ancestors"[cardinality("customers"."ancestors")] = "customers"."id")
);
--> statement-breakpoint
CREATE TABLE "domains" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "domains_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"customer_id" integer NOT NULL,
	"host" varchar(253) NOT NULL,
	"http_ports" integer[] NOT NULL,
	"scheme" "origin_scheme" NOT NULL,
	"origin_host" varchar(253) NOT NULL,
	"origin_port" integer NOT NULL,
	"cache_mode" "cache_mode" NOT NULL,
	"cache_ttl_seconds" integer,
	"redirect_mode" "redirect_mode" NOT NULL,
	"cert_expires_on" date,
	"tls_protocols" "tls_protocol"[] NOT NULL,
	"waf_mode" "waf_mode" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "domains_host_lower_check" CHECK ("domains"."host" = lower("domains"."host")),
	CONSTRAINT "domains_ports_check" CHECK (cardinality("domains"."http_ports") >= 1 and 1 <= all("domains"."http_ports") and 65535 >= all("domains"."http_ports")),
	CONSTRAINT "domains_origin_port_check" CHECK ("domains"."origin_port" between 1 and 65535),
	CONSTRAINT "domains_cache_ttl_check" CHECK ("domains"."cache_ttl_seconds" is null or "domains"."cache_ttl_seconds" > 0)
);
--> statement-breakpoint
CREATE TABLE "login_throttle" (
	"key" varchar(300) PRIMARY KEY NOT NULL,
	"failures" smallint NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"blocked_until" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "users_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"full_name" varchar(200) NOT NULL,
	"email" varchar(254) NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"customer_id" integer,
	"disabled" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_customer_check" CHECK (("users"."role" = 'customer') = ("users"."customer_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "customers" ADD CONSTRAINT "customers_parent_id_customers_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."customers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "domains" ADD CONSTRAINT "domains_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_events_customer_idx" ON "audit_events" USING btree ("customer_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_name_lower_key" ON "customers" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "customers_parent_id_idx" ON "customers" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "customers_ancestors_idx" ON "customers" USING gin ("ancestors");--> statement-breakpoint
CREATE INDEX "customers_created_at_idx" ON "customers" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "customers_domain_count_idx" ON "customers" USING btree ("domain_count","id");--> statement-breakpoint
CREATE INDEX "customers_name_trgm_idx" ON "customers" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "domains_host_key" ON "domains" USING btree ("host");--> statement-breakpoint
CREATE INDEX "domains_customer_id_host_idx" ON "domains" USING btree ("customer_id","host");--> statement-breakpoint
CREATE INDEX "domains_host_trgm_idx" ON "domains" USING gin ("host" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "users_customer_id_idx" ON "users" USING btree ("customer_id");--> statement-breakpoint
CREATE INDEX "users_full_name_idx" ON "users" USING btree (lower("full_name"),"id");