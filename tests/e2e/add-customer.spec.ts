import { expect, test } from '@playwright/test';

import { customerRow, queryDb, signIn, slowActions, state } from './support';

const NAME = 'Þórshöfn Net ehf.';
const ADDRESS = 'Fjarðarvegur 3\n680 Þórshöfn\nÍsland';
const EMAIL = 'sigridur@thorshofn.example';
const PASSWORD = 'a-long-enough-password';

test('Add customer in two steps: field errors, Back keeps values, one transaction, Save', async ({ page, browser }) => {
  const { hellas } = state().customers;
  await signIn(page, 'admin');
  await page.getByRole('link', { name: '+Add' }).click();
  await expect(page).toHaveURL(/\/customers\/new$/);
  await expect(page.getByRole('heading', { name: 'Step 1 · Customer information' })).toBeVisible();

  // Step 1: empty fields are refused by the server, beside each field.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#name-error')).toHaveText('Name is required.');
  await expect(page.locator('#address-error')).toHaveText('Address is required.');
  await expect(page.locator('#name')).toHaveAttribute('aria-invalid', 'true');

  // A name already taken, in another case, is refused too.
  await page.locator('#name').fill('NORDLICHT HOLDING AG');
  await page.locator('#address').fill(ADDRESS);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#name-error')).toHaveText('A customer with this name already exists.');
  await expect(page.locator('#address-error')).toHaveText('');

  await page.locator('#name').fill(NAME);
  await page.getByLabel('Find a parent account').fill('Ελληνικά');
  await expect(page.locator('#parentId option', { hasText: hellas.name })).toHaveCount(1);
  await page.locator('#parentId').selectOption({ label: hellas.name });
  await page.getByRole('button', { name: 'Next' }).click();

  // Step 2: its own errors, then the email taken by another user.
  await expect(page.getByRole('heading', { name: 'Step 2 · User information' })).toBeVisible();
  await expect(page.getByText(`The first user of ${NAME}`)).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#fullName-error')).toHaveText('Full name is required.');
  await expect(page.locator('#email-error')).toHaveText(/Enter a valid email address|Email is required/);
  await expect(page.locator('#password-error')).toHaveText('Password is required.');

  await page.locator('#fullName').fill('Sigríður Jónsdóttir');
  await page.locator('#email').fill('admin@e2e.test');
  await page.locator('#password').fill(PASSWORD);
  await page.locator('#confirmPassword').fill('something else entirely');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#confirmPassword-error')).toHaveText('The passwords do not match.');

  await page.locator('#confirmPassword').fill(PASSWORD);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('#email-error')).toHaveText('A user with this email already exists.');
  // The user failed, so the customer was not created either.
  const none = await queryDb((sql) => sql`select id from customers where name = ${NAME}`);
  if (none) expect(none).toHaveLength(0);

  // Back keeps step 1's values; Next keeps step 2's.
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.locator('#name')).toHaveValue(NAME);
  await expect(page.locator('#address')).toHaveValue(ADDRESS);
  await expect(page.locator('#parentId')).toHaveValue(String(hellas.id));
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.locator('#fullName')).toHaveValue('Sigríður Jónsdóttir');

  await page.locator('#email').fill(EMAIL);
  await slowActions(page);
  const save = page.getByRole('button', { name: 'Save' });
  await save.click();
  await expect(page.getByRole('button', { name: 'Saving…' })).toBeDisabled();

  await expect(page).toHaveURL(/\/customers\?sort=-created$/);
  await expect(page.getByTestId('toast')).toHaveText(`Customer “${NAME}” was added with its first user.`);
  const row = customerRow(page, NAME);
  await expect(row).toBeVisible();
  await expect(page.getByTestId('customer-row').first()).toContainText(NAME);
  await expect(row).toContainText(hellas.name);
  await expect(row.locator('td:nth-child(5)')).toHaveText('1');

  const saved = await queryDb((sql) => sql<{ address: string; parent_id: number; email: string; role: string; hash: string }[]>`
    select c.address, c.parent_id, u.email, u.role::text as role, u.password_hash as hash
    from customers c join users u on u.customer_id = c.id where c.name = ${NAME}`);
  if (saved) {
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ address: ADDRESS, parent_id: hellas.id, email: EMAIL, role: 'customer' });
    expect(saved[0].hash).toMatch(/^\$argon2id\$/);
  }

  // The new user is on List User, with its customer.
  await page.getByRole('link', { name: 'Users', exact: true }).click();
  await page.getByLabel('Search users by name, email or customer').fill('thorshofn');
  await page.keyboard.press('Enter');
  const userRow = page.getByTestId('user-row');
  await expect(userRow).toHaveCount(1);
  await expect(userRow).toContainText('Sigríður Jónsdóttir');
  await expect(userRow).toContainText(EMAIL);
  await expect(userRow).toContainText('customer');
  await expect(userRow.getByRole('link', { name: NAME })).toBeVisible();

  // And can sign in with the password it was given (PGlite: the proof it was stored).
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto('/login');
  await other.locator('#email').fill(EMAIL);
  await other.locator('#password').fill(PASSWORD);
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.getByTestId('signed-in-user')).toContainText(NAME);
  expect(await other.getByTestId('customer-row').locator('td:first-child a').allTextContents()).toEqual([NAME]);
  await context.close();
});
