// Shared by the browser tests: launch Debian's chromium through playwright-core and open the
// harness page. The harness server's URL comes from run.ts (HARNESS_URL).
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  // A fresh profile each run: no state leaks between runs.
  const profile = mkdtempSync(path.join(tmpdir(), 'periodic-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1400, height: 900 } });
  return {
    browser: { newPage: () => context.newPage() } as unknown as Browser,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** One browser for a test file: launched before its tests, closed after them. */
export function sharedSession(): () => Session {
  let session: Session | undefined;
  before(async () => {
    session = await launch();
  });
  after(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('The browser session is used before it was launched.');
    return session;
  };
}

export function harnessUrl(): string {
  const url = process.env.HARNESS_URL;
  if (!url) throw new Error('HARNESS_URL is not set: run the browser tests with `npm run test:browser`.');
  return url;
}

/** Open the harness on an example workbook and wait until the pane has read it. */
export async function openHarness(session: Session, workbook: string): Promise<Page> {
  const page = await session.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  (page as unknown as { periodicErrors: string[] }).periodicErrors = errors;
  await page.goto(`${harnessUrl()}/harness.html?workbook=${encodeURIComponent(workbook)}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  await page.getByRole('button', { name: 'Validate', exact: true }).waitFor();
  return page;
}

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

export function harness<T>(page: Page, fn: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(([f, a]) => {
    const api = (window as unknown as { periodicHarness: Record<string, (...x: unknown[]) => unknown> }).periodicHarness;
    return api[f as string](...(a as unknown[])) as T;
  }, [fn, args] as const);
}

/** Set the pane's time limit (seconds) and commit it, as a user would. */
export async function setTimeLimit(page: Page, seconds: number): Promise<void> {
  const field = page.getByLabel('Time limit (seconds)');
  await field.fill(String(seconds));
  await field.press('Enter');
}
