import { readFileSync } from 'node:fs';

import { expect, test, type Download } from '@playwright/test';
import { parse } from 'csv-parse/sync';

import { person, signIn, state, today } from './support';

const HEADER = [
  'Host', 'HTTP Ports', 'Scheme', 'Customer Name', 'Origin', 'Origin Port',
  'Cache Configuration', 'Redirection', 'SSL Expired Date', 'TLS Protocol', 'WAF Configuration',
];

async function readCsv(download: Download) {
  const file = await download.path();
  const bytes = readFileSync(file);
  return { bytes, records: parse(bytes, { bom: true }) as string[][] };
}

function expectOsakaCsv(bytes: Buffer, records: string[][]) {
  const { osaka } = state().customers;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('\r\n');
  expect(records[0]).toEqual(HEADER);
  const rows = records.slice(1);
  // One row per domain, ordered by host.
  expect(rows.map((r) => r[0])).toEqual(['api.osaka-haishin.jp', 'static.osaka-haishin.jp', 'www.osaka-haishin.jp']);
  for (const row of rows) expect(row[3]).toBe(osaka.name);
  const [api, plain, www] = rows;
  expect(www.slice(0, 3)).toEqual(['www.osaka-haishin.jp', '80 443', 'https']);
  expect(www[4]).toBe('origin.example.net');
  expect(www[5]).toBe('443');
  expect(www[8]).toBe('2027-03-31');
  expect(www[9]).toBe('TLSv1.2 TLSv1.3');
  expect(plain.slice(0, 3)).toEqual(['static.osaka-haishin.jp', '80', 'http']);
  expect(plain[5]).toBe('8080');
  expect(plain[8]).toBe('');
  // A cell starting with "-" is kept from running as a formula.
  expect(api[4]).toBe("'-origin.osaka-haishin.jp");
}

test('Download from the icon: a file named after the customer, with its domains', async ({ page }) => {
  const { osaka } = state().customers;
  await signIn(page, 'admin');
  await page.goto(`/customers?q=${encodeURIComponent(osaka.name)}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: `Download domains of ${osaka.name}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${osaka.name}-domains-${today()}.csv`);
  const { bytes, records } = await readCsv(download);
  expectOsakaCsv(bytes, records);
  // The list stays where it was.
  await expect(page).toHaveURL(/\/customers\?q=/);
});

test('a customer without domains gets the header row alone', async ({ page }) => {
  const { ijsselLabs } = state().customers;
  await signIn(page, 'admin', `/customers/${ijsselLabs.id}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: `Download domains of ${ijsselLabs.name}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${ijsselLabs.name}-domains-${today()}.csv`);
  const { records } = await readCsv(download);
  expect(records).toEqual([HEADER]);
});

test('the direct CSV URL without a session: sign in, then the file', async ({ page }) => {
  const { osaka } = state().customers;
  const admin = person('admin');
  const url = `/customers/${osaka.id}/domains.csv`;
  await page.goto(url);
  await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=${encodeURIComponent(url).replace(/\./g, '\\.')}$`));
  await page.locator('#email').fill(admin.email);
  await page.locator('#password').fill(admin.password);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${osaka.name}-domains-${today()}.csv`);
  const { bytes, records } = await readCsv(download);
  expectOsakaCsv(bytes, records);
});

test('a non-browser client without a session gets 401, not a page', async ({ playwright, baseURL }) => {
  const { osaka } = state().customers;
  const client = await playwright.request.newContext({ baseURL });
  const response = await client.get(`/customers/${osaka.id}/domains.csv`, {
    headers: { accept: '*/*' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(401);
  expect(response.headers()['content-type']).not.toContain('text/html');
  expect(await response.text()).not.toContain(osaka.name);

  // Ids reveal nothing: a missing customer answers like a hidden one, after sign-in.
  const missing = await client.get('/customers/99999999/domains.csv', { headers: { accept: '*/*' }, maxRedirects: 0 });
  expect(missing.status()).toBe(401);
  await client.dispose();
});
