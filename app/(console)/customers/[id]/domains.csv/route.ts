import { getConnection } from '@/db';
import { domainsCsvResponse } from '@/lib/csv-response';
import { getActor } from '@/lib/session';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, context: Context) {
  const [{ id }, actor, connection] = await Promise.all([
    context.params,
    getActor(),
    getConnection(),
  ]);
  return domainsCsvResponse({
    connection,
    actor,
    rawId: id,
    headers: request.headers,
    signal: request.signal,
  });
}
