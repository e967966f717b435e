import { expect, test, type Browser, type Page } from '@playwright/test';

import { customerRow, signIn, state } from './support';

const PASSWORD = 'victim-password-123';

/** Adds a customer and its first user through the wizard, as the admin. */
async function addVictim(admin: Page, label: string) {
  const stamp = `${label} ${Date.now()}`;
  const email = `${label.toLowerCase().replace(/\W+/g, '-')}-${Date.now()}@victims.example`;
  await admin.goto('/customers/new');
  await admin.locator('#name').fill(`Victim ${stamp}`);
  await admin.locator('#address').fill('1 Nowhere Lane');
  await admin.getByRole('button', { name: 'Next' }).click();
  await admin.locator('#fullName').fill(`Victim ${label}`);
  await admin.locator('#email').fill(email);
  await admin.locator('#password').fill(PASSWORD);
  await admin.locator('#confirmPassword').fill(PASSWORD);
  await admin.getByRole('button', { name: 'Save' }).click();
  await expect(admin).toHaveURL(/\/customers\?sort=-created$/);
  const link = customerRow(admin, `Victim ${stamp}`).getByRole('link', {
    name: `Victim ${stamp}`,
    exact: true,
  });
  const id = Number((await link.getAttribute('href'))!.split('/').pop());
  return { name: `Victim ${stamp}`, email, id };
}

async function signInAs(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/login');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toContainText(email);
  return { context, page };
}

/** The victim's open form, page load and CSV download, after losing access. */
async function expectSessionRefused(page: Page, customerId: number) {
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Your session has ended. Sign in again to continue.')).toBeVisible();
  await page.goto('/customers');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcustomers$/);
  const csv = await page.request.get(`/customers/${customerId}/domains.csv`, {
    headers: { Accept: 'text/csv' },
    maxRedirects: 0,
  });
  expect(csv.status()).toBe(401);
}

async function openAddForm(page: Page) {
  await page.goto('/customers/new');
  await page.locator('#name').fill('Sub-account that never comes');
  await page.locator('#address').fill('Anywhere');
}

test('a deleted user is refused on the next page load, action and CSV request', async ({ browser, page: admin }) => {
  await signIn(admin, 'admin');
  const victim = await addVictim(admin, 'Deleted');
  const { context, page } = await signInAs(browser, victim.email);
  await openAddForm(page);

  await admin.goto(`/customers?q=${encodeURIComponent(victim.name)}`);
  await admin.getByRole('button', { name: `Delete ${victim.name}` }).click();
  await admin.getByRole('button', { name: 'Yes' }).click();
  await expect(admin.getByText(`Customer “${victim.name}” was deleted`)).toBeVisible();

  await expectSessionRefused(page, victim.id);
  await context.close();
});

test('a disabled user is refused on the next page load, action and CSV request', async ({ browser, page: admin }) => {
  await signIn(admin, 'admin');
  const victim = await addVictim(admin, 'Disabled');
  const { context, page } = await signInAs(browser, victim.email);
  await openAddForm(page);

  await admin.goto(`/users?q=${encodeURIComponent(victim.email)}`);
  await admin.getByRole('button', { name: `Disable ${victim.email}` }).click();
  await expect(admin.getByRole('button', { name: `Enable ${victim.email}` })).toBeVisible();

  await expectSessionRefused(page, victim.id);
  await context.close();
});

const HOSTILE_HEADERS: Record<string, string>[] = [
  { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
  { 'x-middleware-subrequest': 'src/middleware:proxy:proxy:proxy:proxy:proxy' },
  { 'x-user-id': '1', 'x-role': 'admin', 'x-user-role': 'admin' },
  { authorization: 'Bearer admin' },
  { cookie: 'role=admin; next-auth.session-token=forged.token.value' },
  { 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '127.0.0.1', 'x-forwarded-host': 'localhost' },
  { 'x-nextjs-data': '1', rsc: '1', 'next-router-prefetch': '1' },
];

/**
 * Next answers React Server Component requests (`rsc` headers) with its own
 * redirect to a cache-busting URL first; without them the status is the app's.
 */
function withoutRsc(headers: Record<string, string>) {
  const { rsc: _rsc, 'next-router-prefetch': _prefetch, 'x-nextjs-data': _data, ...rest } = headers;
  return rest;
}

/** Names only a signed-in user with access could see. */
const secrets = () => [state().customers.nordlicht.name, state().customers.hellas.name];

test('no header, cookie or parameter stands in for a session', async ({ playwright, baseURL }) => {
  const api = await playwright.request.newContext({ baseURL });
  const somebody = state().customers.osaka.id;
  for (const headers of HOSTILE_HEADERS) {
    const page = await api.get('/customers?role=admin&admin=true', {
      headers: { ...headers, accept: 'text/html' },
    });
    const body = await page.text();
    expect(secrets().filter((name) => body.includes(name))).toEqual([]);
    const login = await api.get('/customers?role=admin', {
      headers: { ...withoutRsc(headers), accept: 'text/html' },
      maxRedirects: 0,
    });
    expect([login.status(), login.headers().location]).toEqual([
      307,
      '/login?callbackUrl=%2Fcustomers',
    ]);
    const csv = await api.get(`/customers/${somebody}/domains.csv?role=admin`, {
      headers: withoutRsc(headers),
      maxRedirects: 0,
    });
    expect(csv.status()).toBe(401);
    const followed = await api.get(`/customers/${somebody}/domains.csv`, { headers });
    expect(followed.status()).toBe(401);
  }
  await api.dispose();
});

test('a signed-in customer user cannot widen its scope with headers', async ({ page }) => {
  await signIn(page, 'customer');
  const outside = state().customers.hellas.id;
  const hidden = state().customers.hellas.name;
  for (const headers of HOSTILE_HEADERS.filter((h) => !('cookie' in h))) {
    const detail = await page.request.get(`/customers/${outside}?role=admin`, { headers });
    expect((await detail.text()).includes(hidden)).toBe(false);
    const page404 = await page.request.get(`/customers/${outside}?role=admin`, {
      headers: withoutRsc(headers),
      maxRedirects: 0,
    });
    expect(page404.status()).toBe(404);
    const csv = await page.request.get(`/customers/${outside}/domains.csv`, {
      headers: withoutRsc(headers),
      maxRedirects: 0,
    });
    expect(csv.status()).toBe(404);
    const followed = await page.request.get(`/customers/${outside}/domains.csv`, { headers });
    expect(followed.status()).toBe(404);
  }
});

test('sign-in never sends the browser off-site', async ({ page, playwright, baseURL }) => {
  for (const target of ['https://other.example/', '//other.example', '/\\other.example']) {
    const context = await page.context().browser()!.newContext();
    const tab = await context.newPage();
    await tab.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await tab.locator('#email').fill(state().users.admin.email);
    await tab.locator('#password').fill(state().users.admin.password);
    await tab.getByRole('button', { name: 'Sign in' }).click();
    await expect(tab).toHaveURL(`${baseURL}/customers`);
    await context.close();
  }
  // The credentials endpoint itself, called without the page's help.
  const api = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await api.get('/api/auth/csrf')).json();
  const response = await api.post('/api/auth/callback/credentials', {
    form: {
      csrfToken,
      email: state().users.admin.email,
      password: state().users.admin.password,
      callbackUrl: 'https://other.example/',
    },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  expect(response.headers().location).toBe(`${baseURL}/customers`);
  const session = response
    .headersArray()
    .filter((h) => h.name.toLowerCase() === 'set-cookie')
    .map((h) => h.value)
    .find((value) => value.startsWith('next-auth.session-token='));
  // Plain HTTP here; behind an HTTPS NEXTAUTH_URL the cookie is also Secure.
  const attributes = (session ?? '').split(/;\s*/).slice(1);
  expect(attributes.filter((a) => !a.startsWith('Expires=')).sort()).toEqual([
    'HttpOnly',
    'Path=/',
    'SameSite=Lax',
  ]);
  const expires = Date.parse(attributes.find((a) => a.startsWith('Expires='))!.slice(8));
  expect(Math.round((expires - Date.now()) / 3_600_000)).toBe(8);
  await api.dispose();
});

test('no other site may frame the console', async ({ request }) => {
  for (const path of ['/login', '/customers']) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()['x-frame-options']).toBe('DENY');
    expect(response.headers()['content-security-policy']).toBe("frame-ancestors 'none'");
  }
});
