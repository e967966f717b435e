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
    const alert = page.getByRole('alert').filter({ hasText: /./ });

    // Each attempt from a freshly loaded form, so no earlier message lingers.
    const attempt = async (email: string, password: string) => {
      await page.goto('/login');
      await page.locator('#email').fill(email);
      await page.locator('#password').fill(password);
      await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/auth/callback/credentials')),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
    };

    await attempt(admin.email, 'not the password');
    await expect(alert).toHaveText('Wrong email or password.');
    await expect(page).toHaveURL(/\/login/);

    await attempt('nobody@e2e.test', 'not the password');
    await expect(alert).toHaveText('Wrong email or password.');
    await expect(page.getByTestId('signed-in-user')).toHaveCount(0);

    // The failures were counted for the throttle; then the right password works.
    const rows = await queryDb((sql) => sql<{ failures: number }[]>`
      select failures from login_throttle where key = ${`email:${admin.email}`}`);
    if (rows) expect(rows).toEqual([{ failures: 1 }]);

    await attempt(admin.email, admin.password);
    await expect(page).toHaveURL(/\/customers$/);
    await expect(page.getByRole('heading', { name: 'List Customer' })).toBeVisible();
    const after = await queryDb((sql) => sql`
      select 1 from login_throttle where key = ${`email:${admin.email}`}`);
    if (after) expect(after).toHaveLength(0);
  });
});
