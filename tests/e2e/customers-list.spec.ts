import { expect, test } from '@playwright/test';

import { queryDb, rowNames, signIn, state } from './support';

test.describe('List Customer', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'admin');
  });

  test('search by name, keeping the text in the URL', async ({ page }) => {
    await page.getByLabel('Search customers by name or domain host').fill('générale');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/customers\?q=g%C3%A9n%C3%A9rale$/);
    expect(await rowNames(page)).toEqual(['Société Générale de Réseaux']);
    const row = page.getByTestId('customer-row');
    await expect(row).toContainText('5 rue de la Paix');
    await expect(row).toContainText('Nordlicht Holding AG');

    // A bookmarked search opens the same view.
    await page.goto('/customers?q=%E5%A4%A7%E9%98%AA');
    expect(await rowNames(page)).toEqual(['大阪配信株式会社']);
    await expect(page.getByLabel('Search customers by name or domain host')).toHaveValue('大阪');

    await page.goto('/customers?q=no-such-customer-anywhere');
    await expect(page.getByTestId('customer-row')).toHaveCount(0);
    await expect(page.getByText('No customer matches “no-such-customer-anywhere”')).toBeVisible();
  });

  test('search by domain host: who owns it?', async ({ page }) => {
    await page.getByLabel('Search customers by name or domain host').fill('shop.mueller-soehne.de');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/q=shop\.mueller-soehne\.de/);
    expect(await rowNames(page)).toEqual(['Müller & Söhne GmbH']);

    // Part of a host is enough.
    await page.goto('/customers?q=diktya.gr');
    expect(await rowNames(page)).toEqual(['Ελληνικά Δίκτυα Α.Ε.']);

    // An internationalised host typed in Unicode finds its punycode form.
    await page.goto(`/customers?q=${encodeURIComponent('bücher.müller-söhne.de')}`);
    expect(await rowNames(page)).toEqual(['Müller & Söhne GmbH']);

    const owners = await queryDb((sql) => sql<{ name: string }[]>`
      select c.name from domains d join customers c on c.id = d.customer_id
      where d.host = 'shop.mueller-soehne.de'`);
    if (owners) expect(owners).toEqual([{ name: 'Müller & Söhne GmbH' }]);
  });

  test('sort through the URL and the column headers', async ({ page }) => {
    const { fillerCount } = state();
    const all = Array.from({ length: fillerCount }, (_, i) => `Filler Kunde ${String(i + 1).padStart(2, '0')}`);

    await page.goto('/customers?q=Filler');
    expect(await rowNames(page)).toEqual(all.slice(0, 25));
    await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');

    // Clicking the active header flips the direction.
    await page.getByRole('columnheader', { name: /Name/ }).getByRole('link').click();
    await expect(page).toHaveURL(/[?&]sort=-name/);
    await expect(page.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'descending');
    expect(await rowNames(page)).toEqual([...all].reverse().slice(0, 25));

    await page.goto('/customers?q=Filler&sort=-domains');
    expect((await rowNames(page))[0]).toBe('Filler Kunde 07');
    const counts = (await page.getByTestId('customer-row').locator('td:nth-child(4)').allTextContents()).map(Number);
    expect(counts[0]).toBe(8);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    await page.goto('/customers?q=Filler&sort=domains');
    const ascending = (await page.getByTestId('customer-row').locator('td:nth-child(4)').allTextContents()).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ascending[0]).toBe(0);

    await page.goto('/customers?q=Filler&sort=-created');
    expect((await rowNames(page))[0]).toBe('Filler Kunde 27');

    await page.goto('/customers?q=Filler&sort=parent');
    const parents = await page.getByTestId('customer-row').locator('td:nth-child(3)').allTextContents();
    expect(new Set(parents)).toEqual(new Set(['Ελληνικά Δίκτυα Α.Ε.']));

    // An unknown sort falls back to the default instead of failing.
    await page.goto('/customers?q=Filler&sort=bogus');
    expect(await rowNames(page)).toEqual(all.slice(0, 25));
  });

  test('paging through the URL, keeping the search and sort', async ({ page }) => {
    const { fillerCount } = state();
    await page.goto('/customers?q=Filler&sort=-name');
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    await expect(nav).toContainText(`1–25 of ${fillerCount} customers`);
    await expect(nav).toContainText('Page 1 of 2');

    await nav.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/q=Filler/);
    await expect(page).toHaveURL(/sort=-name/);
    await expect(page).toHaveURL(/page=2/);
    await expect(nav).toContainText(`26–${fillerCount} of ${fillerCount} customers`);
    expect(await rowNames(page)).toEqual(['Filler Kunde 02', 'Filler Kunde 01']);

    await nav.getByRole('link', { name: 'Previous' }).click();
    await expect(page).not.toHaveURL(/page=/);
    await expect(page.getByTestId('customer-row')).toHaveCount(25);

    // Past the end (a stale bookmark): the last page, not an empty one.
    await page.goto('/customers?q=Filler&sort=-name&page=9');
    await expect(page).toHaveURL(/\/customers\?q=Filler&sort=-name&page=2$/);
    expect(await rowNames(page)).toEqual(['Filler Kunde 02', 'Filler Kunde 01']);

    const total = await queryDb((sql) => sql<{ n: number }[]>`
      select count(*)::int as n from customers where name like 'Filler Kunde %'`);
    if (total) expect(total[0].n).toBe(fillerCount);
  });

  test('a full page asks the server for nothing more on its own, even on hover', async ({ page }) => {
    // Each page is a per-user dynamic render: a prefetch per row link would
    // multiply the server's work by the number of links on screen.
    const fetched: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!url.pathname.startsWith('/_next/static') && url.pathname !== '/icon.svg') {
        fetched.push(`${request.method()} ${url.pathname}${url.search}`);
      }
    });
    await page.goto('/customers');
    await expect(page.getByTestId('customer-row')).toHaveCount(25);
    const row = page.getByTestId('customer-row').first();
    await row.getByRole('link').first().hover();
    await row.getByRole('link', { name: /^Edit / }).hover();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).hover();
    await page.waitForTimeout(1_500);
    expect(fetched).toEqual(['GET /customers']);

    // Following a link is still a client-side navigation.
    const name = (await rowNames(page))[0];
    await row.getByRole('link', { name, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    expect(fetched.filter((f) => f.startsWith('GET /customers/'))).toHaveLength(1);
    expect(fetched.some((f) => f.includes('_rsc='))).toBe(true);
  });
});
