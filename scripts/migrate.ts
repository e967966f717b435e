import { openDatabase } from '@/db';
import { databaseUrl } from '@/lib/env';
import { log } from '@/lib/log';

async function main() {
  const connection = await openDatabase({ url: databaseUrl(), migrate: true });
  await connection.close();
}

main().catch((error: unknown) => {
  log.error('db.migrate_failed', { error });
  process.exit(1);
});
