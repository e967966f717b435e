import { expect, test } from '@playwright/test';

import { customerRow, queryDb, rowNames, signIn, state } from './support';

test('support is read-only: no +Add, Edit or Delete anywhere, Download still there', async ({ page }) => {
  const { osaka, hellas } = state().customers;
  await signIn(page, 'support');
  await expect(page.getByTestId('signed-in-user')).toContainText('Support (read-only)');
  await expect(page.getByRole('heading', { name: 'List Customer' })).toBeVisible();
  await expect(page.getByTestId('customer-row')).toHaveCount(25);
  await expect(page.getByRole('link', { name: '+Add' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Edit / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Delete / })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^Download domains of / })).toHaveCount(25);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' })).toHaveCount(0);

  await page.goto(`/customers/${osaka.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(osaka.name);
  await expect(page.getByRole('link', { name: `Download domains of ${osaka.name}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Edit ${osaka.name}` })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Delete ${osaka.name}` })).toHaveCount(0);

  await page.goto('/customers/new');
  await expect(page.getByText('Support accounts are read-only and cannot add customers.')).toBeVisible();
  await expect(page.locator('#name')).toHaveCount(0);
  await page.goto(`/customers/${hellas.id}/edit`);
  await expect(page.getByText('Support accounts are read-only.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
});

test('a customer user sees only its own account and those below it', async ({ page, context }) => {
  const { societe, osaka, ijssel, ijsselLabs, mueller, nordlicht } = state().customers;
  await signIn(page, 'customer');
  await expect(page.getByTestId('signed-in-user')).toContainText(societe.name);
  expect((await rowNames(page)).sort()).toEqual([societe.name, osaka.name, ijssel.name, ijsselLabs.name].sort());

  // Its own account: download only. Its sub-accounts: edit and delete too.
  const own = customerRow(page, societe.name);
  await expect(own.getByRole('link', { name: `Download domains of ${societe.name}` })).toBeVisible();
  await expect(own.getByRole('link', { name: /^Edit / })).toHaveCount(0);
  await expect(own.getByRole('button', { name: /^Delete / })).toHaveCount(0);
  await expect(customerRow(page, osaka.name).getByRole('link', { name: `Edit ${osaka.name}` })).toBeVisible();
  await expect(customerRow(page, osaka.name).getByRole('button', { name: `Delete ${osaka.name}` })).toBeVisible();
  await expect(page.getByRole('link', { name: '+Add' })).toBeVisible();

  // Search cannot reach outside the subtree, by name or by domain host.
  await page.goto('/customers?q=shop.mueller-soehne.de');
  await expect(page.getByTestId('customer-row')).toHaveCount(0);
  await page.goto('/customers?q=Nordlicht');
  await expect(page.getByTestId('customer-row')).toHaveCount(0);

  // A sibling's and the parent's pages answer 404, like ids that do not exist.
  for (const id of [mueller.id, nordlicht.id, 99999999]) {
    const response = await page.goto(`/customers/${id}`);
    expect(response?.status(), `/customers/${id}`).toBe(404);
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
    const edit = await page.goto(`/customers/${id}/edit`);
    expect(edit?.status(), `/customers/${id}/edit`).toBe(404);
    const csv = await context.request.get(`/customers/${id}/domains.csv`);
    expect(csv.status(), `/customers/${id}/domains.csv`).toBe(404);
  }
  await expect(page.getByText(mueller.name)).toHaveCount(0);

  // Its own account's page: no way up to the parent.
  await page.goto(`/customers/${societe.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(societe.name);
  await expect(page.getByRole('link', { name: nordlicht.name })).toHaveCount(0);
  await expect(page.getByRole('button', { name: `Delete ${societe.name}` })).toHaveCount(0);

  // List User is limited the same way.
  await page.goto('/users');
  const emails = await page.getByTestId('user-row').locator('td:nth-child(2)').allTextContents();
  expect(emails).toEqual(['chloe@e2e.test']);

  // The hidden sibling does exist: the 404 hides it, it is not missing.
  const sibling = await queryDb((sql) => sql`select id from customers where id = ${mueller.id}`);
  if (sibling) expect(sibling).toHaveLength(1);
});
