import { defineConfig } from 'drizzle-kit';

// Used by `npm run db:generate` only; migrations are applied by
// scripts/migrate.ts and at start-up, for both database kinds.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
  verbose: true,
});
