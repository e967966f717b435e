import { GET } from '@/app/api/health/route';
import { useConnection } from '@/db';

import { useTestDatabase } from '../support/db';

const t = useTestDatabase();

async function health() {
  const response = await GET();
  return { status: response.status, body: await response.json() };
}

describe('GET /api/health', () => {
  it('answers 200 with the kind of database in use', async () => {
    useConnection(t.connection);
    expect(await health()).toEqual({
      status: 200,
      body: { status: 'ok', database: t.kind, ms: expect.any(Number) },
    });
  });

  it('answers 503 when the database cannot be opened', async () => {
    useConnection(t.connection);
    const failing = Promise.reject(new Error('no database'));
    failing.catch(() => {});
    useConnection(failing);
    expect(await health()).toEqual({
      status: 503,
      body: { status: 'unavailable', database: 'unreachable' },
    });
    useConnection(t.connection);
  });
});
