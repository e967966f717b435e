import { domainsCsvResponse } from '@/lib/csv-response';
import type { Actor } from '@/lib/authz';

import { useTestDatabase } from '../support/db';
import { makeActor, makeCustomer, makeDomain } from '../support/fixtures';

const t = useTestDatabase();

const BROWSER = 'text/html,application/xhtml+xml,*/*;q=0.8';

function get(actor: Actor | null, rawId: string, accept = '*/*') {
  return domainsCsvResponse({
    connection: t.connection,
    actor,
    rawId,
    headers: new Headers({ accept }),
    now: new Date('2026-12-04T23:30:00Z'),
  });
}

async function snapshot(response: Response) {
  return {
    status: response.status,
    headers: [...response.headers.entries()],
    body: await response.text(),
  };
}

describe('without a session', () => {
  it('sends a browser to sign in, then back to the file', async () => {
    const response = await get(null, '42', BROWSER);
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe(
      '/login?callbackUrl=%2Fcustomers%2F42%2Fdomains.csv',
    );
  });

  it('answers other clients 401 in plain text, without a challenge', async () => {
    const response = await get(null, '42');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('www-authenticate')).toBeNull();
    expect(await response.text()).toBe('Sign in to download this file.\n');
  });
});

describe('with a session', () => {
  it('gives the file with download headers', async () => {
    const admin = await makeActor(t.db, 'admin');
    const customer = await makeCustomer(t.db, { name: 'Société "Générale"; 東京' });
    await makeDomain(t.db, customer.id, 'www.societe.example');
    const response = await get(admin, String(customer.id), BROWSER);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; /);
    expect(disposition).toMatch(/^[\x20-\x7e]+$/);
    const plain = /filename="([^"]*)"/.exec(disposition)?.[1];
    expect(plain).toBe('Societe Generale-domains-2026-12-04.csv');
    const extended = /filename\*=UTF-8''([^;\s]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(extended)).toBe(
      'Société "Générale"; 東京-domains-2026-12-04.csv',
    );
    expect((await response.text()).split('\r\n')[1]).toMatch(
      /^www\.societe\.example,/,
    );
  });

  it('lets a customer user download its sub-account', async () => {
    const own = await makeCustomer(t.db);
    const sub = await makeCustomer(t.db, { parentId: own.id });
    const user = await makeActor(t.db, 'customer', own.id);
    expect((await get(user, String(sub.id))).status).toBe(200);
    expect((await get(user, String(own.id))).status).toBe(200);
  });

  it('answers a hidden customer exactly like a missing one', async () => {
    const own = await makeCustomer(t.db);
    const other = await makeCustomer(t.db);
    const parent = await makeCustomer(t.db);
    const child = await makeCustomer(t.db, { parentId: parent.id });
    const user = await makeActor(t.db, 'customer', child.id);
    await makeDomain(t.db, other.id, 'secret.other.example');
    const missing = await snapshot(await get(user, '2147483647'));
    expect(missing.status).toBe(404);
    expect(missing.body).toBe('Not found.\n');
    for (const id of [other.id, parent.id, own.id]) {
      expect(await snapshot(await get(user, String(id)))).toEqual(missing);
    }
    const admin = await makeActor(t.db, 'admin');
    for (const raw of ['abc', '0', '1e3', '-1', '01', '2147483648', ' 1']) {
      expect(await snapshot(await get(admin, raw))).toEqual(missing);
    }
  });
});
