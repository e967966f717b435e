import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';

import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import postgres from 'postgres';

import type { E2eState, Person } from './fixtures';

let cached: E2eState | undefined;

/** The fixture ids and credentials the web server wrote at start-up. */
export function state(): E2eState {
  if (!cached) {
    const file = process.env.E2E_STATE_FILE;
    if (!file) throw new Error('E2E_STATE_FILE is not set: run through playwright.config.ts');
    cached = JSON.parse(readFileSync(file, 'utf8')) as E2eState;
  }
  return cached;
}

export type Role = keyof E2eState['users'];

export function person(role: Role): Person {
  return state().users[role];
}

export async function signIn(page: Page, role: Role, path = '/customers') {
  const who = person(role);
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  await page.locator('#email').fill(who.email);
  await page.locator('#password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toContainText(who.email);
}

/** A List Customer row, found by the exact customer name. */
export function customerRow(page: Page, name: string): Locator {
  return page
    .getByTestId('customer-row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });
}

export function rowNames(page: Page): Promise<string[]> {
  return page.getByTestId('customer-row').locator('td:first-child a').allTextContents();
}

/**
 * PostgreSQL runs: the e2e database, queried from the test side. PGlite runs
 * return null: the embedded database belongs to the server process, so those
 * runs check the outcome through the UI and HTTP instead.
 */
export async function queryDb<T extends object>(
  query: (sql: postgres.Sql) => Promise<T[]>,
): Promise<T[] | null> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return null;
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await query(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

export const onPostgres = Boolean(process.env.E2E_DATABASE_URL);

/** No serious or critical axe violations on what the page shows now. */
export async function expectAccessible(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(bad, `axe on ${what}`).toEqual([]);
}

export const SCREENSHOTS = 'test-results/screenshots';

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true });
}

/** Presses Tab until `target` has focus: a keyboard user's way there. */
export async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Holds server-action POSTs back a little so pending states can be seen. */
export async function slowActions(page: Page, ms = 700) {
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.method() === 'POST' && request.headers()['next-action']) {
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await route.continue();
  });
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
