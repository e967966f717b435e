import { expect, test, type Page } from '@playwright/test';

import { customerRow, person, queryDb, tabTo } from './support';

const NAME = 'Klávesnice Åland Oy';

function focusInDialog(page: Page) {
  return page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
}

test('keyboard only: sign in, add a customer, then delete it', async ({ page }) => {
  const admin = person('admin');
  await page.goto('/login');
  await expect(page.locator('#email')).toBeFocused();
  await page.keyboard.type(admin.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(admin.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'List Customer' })).toBeVisible();

  // The skip link is the first stop.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();

  await tabTo(page, page.getByRole('link', { name: '+Add' }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/customers\/new$/);

  await tabTo(page, page.locator('#name'));
  await page.keyboard.type(NAME);
  await page.keyboard.press('Tab');
  await expect(page.locator('#address')).toBeFocused();
  await page.keyboard.type('Torggatan 1\nMariehamn');
  await tabTo(page, page.getByRole('button', { name: 'Next' }));
  await page.keyboard.press('Enter');

  // Step 2 moves focus to its heading; the fields follow in order.
  await expect(page.getByRole('heading', { name: 'Step 2 · User information' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#fullName')).toBeFocused();
  await page.keyboard.type('Ålands Tangent');
  await page.keyboard.press('Tab');
  await page.keyboard.type('tangent@aland.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('keyboard-only-password');
  await page.keyboard.press('Tab');
  await page.keyboard.type('keyboard-only-password');
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('toast').filter({ hasText: `Customer “${NAME}” was added with its first user.` })).toBeVisible();
  const row = customerRow(page, NAME);
  await expect(row).toBeVisible();
  await expect(row).toContainText('Mariehamn');
  const added = await queryDb((sql) => sql<{ id: number }[]>`select id from customers where name = ${NAME}`);
  if (added) expect(added).toHaveLength(1);

  // Delete: the dialog traps focus and gives it back on close.
  const trigger = row.getByRole('button', { name: `Delete ${NAME}` });
  await tabTo(page, trigger);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Delete customer “${NAME}”?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Yes' })).toBeEnabled();
  expect(await focusInDialog(page)).toBe(true);
  for (let i = 0; i < 5; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInDialog(page), `after Tab #${i + 1}`).toBe(true);
  }
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInDialog(page), `after Shift+Tab #${i + 1}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  // "No" by keyboard returns focus too.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole('button', { name: 'No' }), 5);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();

  await page.keyboard.press('Space');
  await expect(dialog).toBeVisible();
  const yes = dialog.getByRole('button', { name: 'Yes' });
  await expect(yes).toBeEnabled();
  await tabTo(page, yes, 5);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByTestId('toast').filter({ hasText: `Customer “${NAME}” was deleted, with 1 user and 0 domains.` }),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  const gone = await queryDb((sql) => sql`select id from customers where name = ${NAME}`);
  if (gone) expect(gone).toHaveLength(0);
});
