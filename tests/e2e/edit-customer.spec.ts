import { expect, test } from '@playwright/test';

import { person, queryDb, signIn, state } from './support';

test('Update Customer as a deep link in a fresh browser: sign in, land on the form, save', async ({ browser }) => {
  const { editTarget, nordlicht } = state().customers;
  const admin = person('admin');
  const context = await browser.newContext();
  const page = await context.newPage();

  await page.goto(`/customers/${editTarget.id}/edit`);
  await expect(page).toHaveURL(new RegExp(`/login\\?callbackUrl=%2Fcustomers%2F${editTarget.id}%2Fedit$`));
  await page.locator('#email').fill(admin.email);
  await page.locator('#password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  await expect(page).toHaveURL(new RegExp(`/customers/${editTarget.id}/edit$`));
  await expect(page.getByRole('heading', { name: 'Update Customer' })).toBeVisible();
  await expect(page.locator('#name')).toHaveValue(editTarget.name);
  await expect(page.locator('#address')).toHaveValue('1 place Bellecour\n69002 Lyon');
  await expect(page.locator('#parentId')).toHaveValue('');

  // A customer cannot be its own parent: it is not offered.
  await page.getByLabel('Find a parent account').fill('Édition');
  await expect(page.getByText('No account matches “Édition”.')).toBeVisible();

  await page.getByLabel('Find a parent account').fill('Nordlicht');
  await expect(page.locator('#parentId option', { hasText: nordlicht.name })).toHaveCount(1);
  await page.locator('#parentId').selectOption({ label: nordlicht.name });
  await page.locator('#name').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#name-error')).toHaveText('Name is required.');

  const renamed = 'Édition Ångström & Fils SARL';
  await page.locator('#name').fill(renamed);
  await page.locator('#address').fill('2 place Bellecour\n69002 Lyon');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(page).toHaveURL(new RegExp(`/customers/${editTarget.id}$`));
  await expect(page.getByTestId('toast')).toHaveText(`Customer “${renamed}” was updated.`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
  await expect(page.locator('h1 + p')).toContainText('2 place Bellecour');
  await expect(page.locator('p', { hasText: 'Parent account:' }).getByRole('link', { name: nordlicht.name })).toBeVisible();

  const rows = await queryDb((sql) => sql<{ name: string; address: string; parent_id: number; version: number }[]>`
    select name, address, parent_id, version from customers where id = ${editTarget.id}`);
  if (rows) {
    expect(rows).toEqual([{ name: renamed, address: '2 place Bellecour\n69002 Lyon', parent_id: nordlicht.id, version: 2 }]);
  }
  await context.close();
});

test('a stale save is refused, not silently overwritten', async ({ page, context }) => {
  const { staleTarget } = state().customers;
  await signIn(page, 'admin', `/customers/${staleTarget.id}/edit`);
  const second = await context.newPage();
  await second.goto(`/customers/${staleTarget.id}/edit`);
  await expect(second.locator('#name')).toHaveValue(staleTarget.name);

  // The first tab saves...
  await page.locator('#address').fill('Calle Mayor 8\n28013 Madrid');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(new RegExp(`/customers/${staleTarget.id}$`));
  await expect(page.getByTestId('toast')).toHaveText(`Customer “${staleTarget.name}” was updated.`);

  // ...then the second, opened before it, is refused with a clear message.
  await second.locator('#name').fill('Ñandú Redes (overwritten)');
  await second.getByRole('button', { name: 'Save' }).click();
  const alert = second.getByRole('alert').filter({ hasText: 'Someone else saved this customer' });
  await expect(alert).toBeVisible();
  await expect(second).toHaveURL(new RegExp(`/customers/${staleTarget.id}/edit$`));

  const rows = await queryDb((sql) => sql<{ name: string; address: string; version: number }[]>`
    select name, address, version from customers where id = ${staleTarget.id}`);
  if (rows) expect(rows).toEqual([{ name: staleTarget.name, address: 'Calle Mayor 8\n28013 Madrid', version: 2 }]);

  // Reloading shows the other person's changes; applying again then works.
  await alert.getByRole('link', { name: 'Reload the latest version' }).click();
  await expect(second.locator('#address')).toHaveValue('Calle Mayor 8\n28013 Madrid');
  await expect(second.locator('#name')).toHaveValue(staleTarget.name);
  await second.locator('#name').fill('Ñandú Redes S.L.U.');
  await second.getByRole('button', { name: 'Save' }).click();
  await expect(second.getByTestId('toast')).toHaveText('Customer “Ñandú Redes S.L.U.” was updated.');

  await second.goto(`/customers?q=${encodeURIComponent('Ñandú')}`);
  await expect(second.getByTestId('customer-row')).toHaveCount(1);
  await expect(second.getByTestId('customer-row')).toContainText('Ñandú Redes S.L.U.');
  await expect(second.getByTestId('customer-row')).toContainText('Calle Mayor 8');
  const after = await queryDb((sql) => sql<{ version: number }[]>`select version from customers where id = ${staleTarget.id}`);
  if (after) expect(after).toEqual([{ version: 3 }]);
});
