// The system Chromium for browser tests, driven by playwright-core. Without one the browser
// tests are skipped with a loud line — except under CI=true, where a missing browser fails.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];

export const chromiumPath = CANDIDATES.find((p) => existsSync(p));

if (!chromiumPath) {
  const line = '!!! No Chromium found (set CHROMIUM_PATH or install the chromium package): the browser tests are SKIPPED !!!';
  if (process.env.CI === 'true') throw new Error(`${line} — under CI=true this fails the run`);
  console.warn(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
  });
}

export const SCREENSHOTS = join(process.cwd(), 'test-output', 'screenshots');

/** A screenshot of the page as a person sees it, kept (git-ignored) to be looked at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

export async function login(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/#/work`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.locator('button[type=submit]').click();
  await page.getByTestId('current-user').waitFor();
}
