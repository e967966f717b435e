// Every page, and the open dialog: axe finds no serious or critical
// violation, and screenshots at desktop and phone widths are kept for review.
import { expect, test, type Browser, type Page } from '@playwright/test';

import { expectAccessible, screenshot, signIn, state } from './support';

const WIDTHS = [1440, 390] as const;

test.describe.configure({ mode: 'serial' });

let page: Page;

async function adminPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const created = await context.newPage();
  await signIn(created, 'admin');
  return created;
}

/** Axe at desktop width, then a full-page screenshot at each width. */
async function review(name: string, ready: () => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await ready();
    if (width === 1440) await expectAccessible(page, name);
    await screenshot(page, name);
    // A phone-width page must not scroll sideways: wide tables scroll in their card.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
  }
}

test.beforeAll(async ({ browser }) => {
  page = await adminPage(browser);
});

test.afterAll(async () => {
  await page.context().close();
});

test('sign-in page', async ({ browser }) => {
  const context = await browser.newContext();
  const signedOut = await context.newPage();
  const previous = page;
  page = signedOut;
  try {
    await page.goto('/login');
    await review('login', async () => {
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    });
    await page.locator('#email').fill('nobody@e2e.test');
    await page.locator('#password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await review('login-error', async () => {
      await expect(page.getByText('Wrong email or password.')).toBeVisible();
    });
  } finally {
    page = previous;
    await context.close();
  }
});

test('List Customer', async () => {
  await page.goto('/customers');
  await review('customers', async () => {
    await expect(page.getByTestId('customer-row').first()).toBeVisible();
  });
  await page.goto('/customers?q=no-such-thing');
  await review('customers-empty', async () => {
    await expect(page.getByText('No customer matches')).toBeVisible();
  });
});

test('the open Delete dialog', async () => {
  const { hellas } = state().customers;
  await page.goto(`/customers?q=${encodeURIComponent(hellas.name)}`);
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.getByRole('button', { name: `Delete ${hellas.name}` }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByTestId('delete-blocked')).toBeVisible();
    await expectAccessible(page, `delete dialog at ${width}px`);
    await screenshot(page, 'delete-dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  }
});

test('Add customer, both steps', async () => {
  await page.goto('/customers/new');
  await review('customer-new-step1', async () => {
    await expect(page.locator('#name')).toBeVisible();
  });
  await page.getByRole('button', { name: 'Next' }).click();
  await review('customer-new-step1-errors', async () => {
    await expect(page.locator('#name-error')).toHaveText('Name is required.');
  });
  await page.locator('#name').fill('Screenshot Probe GmbH');
  await page.locator('#address').fill('Probeweg 1\nBerlin');
  await page.getByRole('button', { name: 'Next' }).click();
  await review('customer-new-step2', async () => {
    await expect(page.locator('#fullName')).toBeVisible();
  });
});

test('customer detail', async () => {
  const { osaka } = state().customers;
  await page.goto(`/customers/${osaka.id}`);
  await review('customer-detail', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(osaka.name);
  });
});

test('a top-level customer with sub-accounts', async () => {
  const { hellas } = state().customers;
  await page.goto(`/customers/${hellas.id}`);
  await review('customer-detail-top-level', async () => {
    await expect(page.getByText('none (top-level)')).toBeVisible();
  });
});

test('List Customer as a customer user', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const previous = page;
  page = await context.newPage();
  try {
    await signIn(page, 'customer');
    await review('customers-as-customer', async () => {
      await expect(page.getByTestId('customer-row')).toHaveCount(4);
    });
  } finally {
    page = previous;
    await context.close();
  }
});

test('Update Customer', async () => {
  const { ijssel } = state().customers;
  await page.goto(`/customers/${ijssel.id}/edit`);
  await review('customer-edit', async () => {
    await expect(page.locator('#name')).toHaveValue(ijssel.name);
  });
});

test('List User and Activity', async () => {
  await page.goto('/users');
  await review('users', async () => {
    await expect(page.getByTestId('user-row').first()).toBeVisible();
  });
  await page.goto('/activity');
  await review('activity', async () => {
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test('not found', async () => {
  const response = await page.goto('/customers/99999999');
  expect(response?.status()).toBe(404);
  await review('not-found', async () => {
    await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  });
});
