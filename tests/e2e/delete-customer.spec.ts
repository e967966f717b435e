import { expect, test } from '@playwright/test';

import { customerRow, queryDb, signIn, slowActions, state } from './support';

test.describe('Delete', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, 'admin');
  });

  test('the dialog names the customer; Escape cancels; Yes shows pending, then removes it all', async ({ page }) => {
    const { deleteTarget } = state().customers;
    await page.goto(`/customers?q=${encodeURIComponent('Česká')}`);
    const row = customerRow(page, deleteTarget.name);
    const trigger = row.getByRole('button', { name: `Delete ${deleteTarget.name}` });

    await trigger.click();
    const dialog = page.getByRole('dialog', { name: `Delete customer “${deleteTarget.name}”?` });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Its 1 user and 2 domains will be deleted with it.');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(trigger).toBeFocused();
    await expect(row).toBeVisible();
    const still = await queryDb((sql) => sql`select id from customers where id = ${deleteTarget.id}`);
    if (still) expect(still).toHaveLength(1);

    // "No" closes it untouched as well.
    await trigger.click();
    await dialog.getByRole('button', { name: 'No' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toBeVisible();

    await slowActions(page);
    await trigger.click();
    await dialog.getByRole('button', { name: 'Yes' }).click();
    await expect(dialog.getByRole('button', { name: 'Deleting…' })).toBeDisabled();
    await expect(dialog.getByRole('button', { name: 'No' })).toBeDisabled();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('toast')).toHaveText(
      `Customer “${deleteTarget.name}” was deleted, with 1 user and 2 domains.`,
    );
    await expect(row).toHaveCount(0);
    await expect(page.getByText('No customer matches “Česká”')).toBeVisible();

    const left = await queryDb((sql) => sql<{ customers: number; users: number; domains: number }[]>`
      select (select count(*)::int from customers where id = ${deleteTarget.id}) as customers,
             (select count(*)::int from users where customer_id = ${deleteTarget.id}) as users,
             (select count(*)::int from domains where customer_id = ${deleteTarget.id}) as domains`);
    if (left) expect(left).toEqual([{ customers: 0, users: 0, domains: 0 }]);

    // Through the UI: its page, its domains and its user are gone.
    const response = await page.goto(`/customers/${deleteTarget.id}`);
    expect(response?.status()).toBe(404);
    await page.goto('/customers?q=www.ceska-domena.cz');
    await expect(page.getByTestId('customer-row')).toHaveCount(0);
    await page.goto('/users?q=jiri%40ceska-domena.cz');
    await expect(page.getByTestId('user-row')).toHaveCount(0);
  });

  test('a customer with sub-accounts is refused, naming them', async ({ page }) => {
    const { ijssel, ijsselLabs } = state().customers;
    await page.goto(`/customers/${ijssel.id}`);
    await page.getByRole('button', { name: `Delete ${ijssel.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete customer “${ijssel.name}”?` });
    await expect(dialog.getByTestId('delete-blocked')).toContainText(
      'This customer still manages 1 sub-account, so it cannot be deleted.',
    );
    await expect(dialog.getByTestId('delete-blocked')).toContainText(ijsselLabs.name);
    await expect(dialog.getByRole('button', { name: 'Yes' })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await page.goto(`/customers?q=${encodeURIComponent('Ĳssel')}`);
    await expect(customerRow(page, ijssel.name)).toBeVisible();
    await expect(customerRow(page, ijsselLabs.name)).toBeVisible();
    const rows = await queryDb((sql) => sql`select id from customers where id in (${ijssel.id}, ${ijsselLabs.id})`);
    if (rows) expect(rows).toHaveLength(2);
  });
});
