import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';

export const MAX_TREE_DEPTH = 8;

export const userRole = pgEnum('user_role', ['admin', 'support', 'customer']);
export const originScheme = pgEnum('origin_scheme', ['http', 'https']);
export const cacheMode = pgEnum('cache_mode', [
  'off',
  'standard',
  'aggressive',
]);
export const redirectMode = pgEnum('redirect_mode', [
  'none',
  'http_to_https',
  'www_to_apex',
  'apex_to_www',
]);
export const tlsProtocol = pgEnum('tls_protocol', [
  'TLSv1.0',
  'TLSv1.1',
  'TLSv1.2',
  'TLSv1.3',
]);
export const wafMode = pgEnum('waf_mode', ['off', 'detect', 'block']);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true })
    .notNull()
    .defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

export const customers = pgTable(
  'customers',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: varchar('name', { length: 200 }).notNull(),
    // lower(name), stored so list pages can sort and skip through a plain
    // btree with index-only scans (an expression index cannot do that).
    nameKey: text('name_key')
      .notNull()
      .generatedAlwaysAs(sql`lower(name)`),
    address: varchar('address', { length: 1000 }).notNull(),
    parentId: integer('parent_id').references(
      (): AnyPgColumn => customers.id,
      { onDelete: 'restrict' },
    ),
    // Ids from the root down to this customer itself, so "is X below Y" is
    // `ancestors @> {Y}` on a GIN index instead of a recursive walk.
    // Written by a trigger from parent_id (see the customer_tree migration).
    ancestors: integer('ancestors')
      .array()
      .notNull()
      .default(sql`'{}'`),
    domainCount: integer('domain_count').notNull().default(0),
    userCount: integer('user_count').notNull().default(0),
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('customers_name_lower_key').on(sql`lower(${t.name})`),
    // Children in name order (detail page, delete check) and the foreign key.
    index('customers_parent_id_name_key_idx').on(t.parentId, t.nameKey, t.id),
    index('customers_ancestors_idx').using('gin', t.ancestors),
    // The same paths in btree order: a subtree is one contiguous range of it
    // (see inScope), so counting 10,000 sub-accounts reads 10,000 entries,
    // and sorting them by name, or summing their users, reads no rows.
    index('customers_ancestors_path_users_idx').on(
      t.ancestors,
      t.nameKey,
      t.id,
      t.userCount,
    ),
    // List Customer by name: page ids come from this index alone, subtree
    // filter included, however deep the page.
    index('customers_name_key_idx').on(t.nameKey, t.id, t.ancestors),
    index('customers_created_at_idx').on(t.createdAt, t.id),
    index('customers_domain_count_idx').on(t.domainCount, t.id),
    index('customers_name_trgm_idx').using(
      'gin',
      sql`lower(${t.name}) gin_trgm_ops`,
    ),
    check('customers_name_check', sql`char_length(btrim(${t.name})) >= 1`),
    check(
      'customers_address_check',
      sql`char_length(btrim(${t.address})) >= 1`,
    ),
    check(
      'customers_ancestors_check',
      sql`cardinality(${t.ancestors}) between 1 and ${sql.raw(
        String(MAX_TREE_DEPTH),
      )} and ${t.ancestors}[cardinality(${t.ancestors})] = ${t.id}`,
    ),
  ],
);

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    fullName: varchar('full_name', { length: 200 }).notNull(),
    email: varchar('email', { length: 254 }).notNull(),
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull(),
    customerId: integer('customer_id').references(() => customers.id, {
      onDelete: 'cascade',
    }),
    disabled: boolean('disabled').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    index('users_customer_id_idx').on(t.customerId),
    index('users_full_name_idx').on(sql`lower(${t.fullName})`, t.id),
    check(
      'users_role_customer_check',
      sql`(${t.role} = 'customer') = (${t.customerId} is not null)`,
    ),
  ],
);

export const domains = pgTable(
  'domains',
  {
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    customerId: integer('customer_id')
      .notNull()
      .references(() => customers.id, { onDelete: 'cascade' }),
    host: varchar('host', { length: 253 }).notNull(),
    httpPorts: integer('http_ports').array().notNull(),
    scheme: originScheme('scheme').notNull(),
    originHost: varchar('origin_host', { length: 253 }).notNull(),
    originPort: integer('origin_port').notNull(),
    cacheMode: cacheMode('cache_mode').notNull(),
    cacheTtlSeconds: integer('cache_ttl_seconds'),
    redirectMode: redirectMode('redirect_mode').notNull(),
    certExpiresOn: date('cert_expires_on', { mode: 'string' }),
    tlsProtocols: tlsProtocol('tls_protocols').array().notNull(),
    wafMode: wafMode('waf_mode').notNull(),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('domains_host_key').on(t.host),
    index('domains_customer_id_host_idx').on(t.customerId, t.host),
    index('domains_host_trgm_idx').using('gin', sql`${t.host} gin_trgm_ops`),
    check('domains_host_lower_check', sql`${t.host} = lower(${t.host})`),
    check(
      'domains_ports_check',
      sql`cardinality(${t.httpPorts}) >= 1 and 1 <= all(${t.httpPorts}) and 65535 >= all(${t.httpPorts})`,
    ),
    check(
      'domains_origin_port_check',
      sql`${t.originPort} between 1 and 65535`,
    ),
    check(
      'domains_cache_ttl_check',
      sql`${t.cacheTtlSeconds} is null or ${t.cacheTtlSeconds} > 0`,
    ),
  ],
);

export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigint('id', { mode: 'number' })
      .primaryKey()
      .generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    // No foreign keys: the trail outlives the users and customers it names.
    actorId: integer('actor_id'),
    actorEmail: varchar('actor_email', { length: 254 }),
    action: varchar('action', { length: 40 }).notNull(),
    entityType: varchar('entity_type', { length: 20 }).notNull(),
    entityId: integer('entity_id').notNull(),
    customerId: integer('customer_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_events_at_idx').on(t.at, t.id),
    index('audit_events_customer_idx').on(t.customerId, t.at),
  ],
);

/**
 * Exact row counts of customers and users in one row, kept by statement
 * triggers (see the list_totals migration), so an unfiltered list shows
 * "of 100,000" without counting 100,000 rows on every page view.
 */
export const listTotals = pgTable(
  'list_totals',
  {
    id: smallint('id').primaryKey().default(1),
    customers: bigint('customers', { mode: 'number' }).notNull(),
    users: bigint('users', { mode: 'number' }).notNull(),
  },
  (t) => [check('list_totals_one_row', sql`${t.id} = 1`)],
);

export const loginThrottle = pgTable('login_throttle', {
  key: varchar('key', { length: 300 }).primaryKey(),
  failures: smallint('failures').notNull(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  blockedUntil: timestamp('blocked_until', { withTimezone: true }),
});

export type Customer = typeof customers.$inferSelect;
export type User = typeof users.$inferSelect;
export type Domain = typeof domains.$inferSelect;
export type NewDomain = typeof domains.$inferInsert;
export type UserRole = (typeof userRole.enumValues)[number];
