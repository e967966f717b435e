import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';

import type { Connection, Database } from '@/db';
import * as schema from '@/db/schema';

import type { Case } from './cases';

export type Statement = { text: string; params: unknown[] };

export type SqlTiming = {
  statements: Statement[];
  /** Median over runs of the page's statements run one after another, ms. */
  medianMs: number;
  perStatementMs: number[];
  runs: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * A connection like the app's, whose postgres.js client reports every
 * statement it sends: the page loaders run on it once to learn exactly what
 * each page asks the database.
 */
function recordingConnection(url: string, sink: Statement[]): Connection {
  const client = postgres(url, {
    max: 4,
    onnotice: () => {},
    debug: (_connection, text, params) => {
      // postgres.js reads the array types once per client: not the page's.
      if (/\bpg_catalog\.pg_type\b/.test(text)) return;
      sink.push({ text, params: [...params] });
    },
  });
  const db = drizzle({ client, schema }) as unknown as Database;
  return { kind: 'postgres', db, client, url, close: () => client.end({ timeout: 5 }) };
}

export async function captureStatements(url: string, cases: Case[]) {
  const sink: Statement[] = [];
  const connection = recordingConnection(url, sink);
  const out = new Map<Case, Statement[]>();
  try {
    for (const benchCase of cases) {
      sink.length = 0;
      await benchCase.load(connection);
      out.set(benchCase, [...sink]);
    }
  } finally {
    await connection.close();
  }
  return out;
}

const isCopy = (text: string) => /^\s*copy\b/i.test(text);

/**
 * Runs the statements alone, in order, on one connection, `runs` times (or
 * until `budgetMs` is spent, at least 3 times); the first run warms the cache
 * and is not counted. Statements are prepared, as the app's are.
 */
export async function timeStatements(
  url: string,
  statements: Statement[],
  options: { runs: number; budgetMs: number },
): Promise<SqlTiming> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const totals: number[] = [];
  const each: number[][] = statements.map(() => []);
  try {
    const started = performance.now();
    for (let run = 0; run <= options.runs; run++) {
      let total = 0;
      for (const [i, statement] of statements.entries()) {
        const t0 = performance.now();
        if (isCopy(statement.text)) {
          const stream = await client.unsafe(statement.text, statement.params as never[], { prepare: true }).readable();
          for await (const _chunk of stream) {
            // drain
          }
        } else {
          await client.unsafe(statement.text, statement.params as never[], { prepare: true });
        }
        const ms = performance.now() - t0;
        total += ms;
        if (run > 0) each[i].push(ms);
      }
      if (run > 0) totals.push(total);
      if (run >= 3 && performance.now() - started > options.budgetMs) break;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
  return {
    statements,
    medianMs: median(totals),
    perStatementMs: each.map(median),
    runs: totals.length,
  };
}
