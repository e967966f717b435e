import { openDatabase } from '@/db';
import { seedDatabase, SeedRefusedError, type SeedSummary } from '@/db/seed';
import { parseSeedArgs, UsageError } from '@/db/seed/options';
import { databaseUrl } from '@/lib/env';
import { log } from '@/lib/log';

function printSummary(summary: SeedSummary) {
  const n = (value: number) => value.toLocaleString('en-US');
  const lines = [
    '',
    `Seeded ${n(summary.customers)} customers (${summary.depth} levels), ` +
      `${n(summary.users)} users and ${n(summary.domains)} domains ` +
      `in ${(summary.ms / 1000).toFixed(1)} s.`,
    '',
    'Sign in with:',
    ...summary.demoUsers.map(
      (user) =>
        `  ${user.role.padEnd(9)} ${user.email.padEnd(22)} ${user.password}`,
    ),
    `  (the customer user sees "${summary.reseller.name}" and its ` +
      `${n(summary.reseller.subAccounts)} sub-accounts)`,
    `Generated customer users sign in with ${summary.generatedUserPassword}.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

async function main() {
  const options = parseSeedArgs(process.argv.slice(2));
  const connection = await openDatabase({ url: databaseUrl(), migrate: true });
  try {
    log.info('seed.start', { kind: connection.kind, ...options });
    const summary = await seedDatabase(connection, options);
    log.info('seed.done', {
      customers: summary.customers,
      users: summary.users,
      domains: summary.domains,
      ms: summary.ms,
    });
    printSummary(summary);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof SeedRefusedError || error instanceof UsageError) {
    process.stderr.write(`db:seed: ${error.message}\n`);
  } else {
    log.error('seed.failed', { error });
  }
  process.exit(1);
});
