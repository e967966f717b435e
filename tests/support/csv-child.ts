import { readFileSync } from 'node:fs';

import { openDatabase } from '@/db';
import { domainsCsvChunks } from '@/lib/domains-csv';

/**
 * Run by tests in a child process with another TZ: prints the customer's CSV
 * read from the given PostgreSQL URL or PGlite dump.
 */
async function main() {
  const [source, customerId, name] = process.argv.slice(2);
  const connection = source.startsWith('postgres')
    ? await openDatabase({ url: source, max: 2 })
    : await openDatabase({
        dataDir: 'memory://',
        loadDataDir: new Blob([readFileSync(source)]),
      });
  try {
    const chunks = domainsCsvChunks(connection, { id: Number(customerId), name });
    for await (const chunk of chunks) process.stdout.write(chunk);
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(String(error) + '\n');
  process.exit(1);
});
