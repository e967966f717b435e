import { sql } from 'drizzle-orm';

import { getConnection } from '@/db';
import { log } from '@/lib/log';

export const dynamic = 'force-dynamic';

const TIMEOUT_MS = 3000;

/** 200 when the database answers within a few seconds, 503 otherwise. */
export async function GET() {
  const started = Date.now();
  try {
    const connection = await Promise.race([
      getConnection(),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('database open timed out')), TIMEOUT_MS),
      ),
    ]);
    await Promise.race([
      connection.db.execute(sql`select 1`),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('database check timed out')), TIMEOUT_MS),
      ),
    ]);
    return Response.json(
      { status: 'ok', database: connection.kind, ms: Date.now() - started },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    log.warn('health.database_unreachable', { error });
    return Response.json(
      { status: 'unavailable', database: 'unreachable' },
      { status: 503, headers: { 'Cache-Control': 'no-store' } },
    );
  }
}
