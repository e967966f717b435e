import { expect, test } from '@playwright/test';

import { person, queryDb, signIn } from './support';

test.describe('sign in and out', () => {
  test('a page asks for sign-in, then opens; Sign out ends the session', async ({ page }) => {
    await signIn(page, 'admin', '/users');
    await expect(page).toHaveURL(/\/users$/);
    await expect(page.getByRole('heading', { name: 'List User' })).toBeVisible();
    await expect(page.getByTestId('signed-in-user')).toContainText('Ada Admin');
    await expect(page.getByTestId('signed-in-user')).toContainText('Administrator');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

    // The session is gone: a page sends the browser back to sign in.
    await page.goto('/customers');
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcustomers/);
    const cookies = await page.context().cookies();
    expect(cookies.some((c) => c.name.includes('session-token'))).toBe(false);
  });

  test('a wrong password and an unknown email get the same generic message', async ({ page }) => {
    const admin = person('admin');
    await page.goto('/login');
    const alert = page.getByRole('alert').filter({ hasText: /./ });

    await page.locator('#email').fill(admin.email);
    await page.locator('#password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toHaveText('Wrong email or password.');
    await expect(page).toHaveURL(/\/login/);

    await page.locator('#email').fill('nobody@e2e.test');
    await page.locator('#password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(alert).toHaveText('Wrong email or password.');
    await expect(page.getByTestId('signed-in-user')).toHaveCount(0);

    // The failures were counted for the throttle; then the right password works.
    const rows = await queryDb((sql) => sql<{ failures: number }[]>`
      select failures from login_throttle where key = ${`email:${admin.email}`}`);
    if (rows) expect(rows).toEqual([{ failures: 1 }]);

    await page.locator('#password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/customers$/);
    await expect(page.getByRole('heading', { name: 'List Customer' })).toBeVisible();
    const after = await queryDb((sql) => sql`
      select 1 from login_throttle where key = ${`email:${admin.email}`}`);
    if (after) expect(after).toHaveLength(0);
  });
});
