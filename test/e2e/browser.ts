// The system Chromium for browser tests, driven by playwright-core. Without one the browser
// tests are skipped with a loud line — except under CI=true, where a missing browser fails.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

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
  await page.getByTestId('app-frame').waitFor();
}

/**
 * Opens a tab (a section of the fill form, of the builder's preview) and waits until the page
 * shows it selected. Right after a page loads, a click on a tab was once in about eight runs not
 * applied (the tab bar re-renders as it measures itself); like a person, the test clicks again.
 */
export async function openTab(page: Page, name: RegExp): Promise<void> {
  const tab = page.getByRole('tab', { name });
  await expect.poll(async () => {
    if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
    return tab.getAttribute('aria-selected');
  }, { timeout: 20_000 }).toBe('true');
}
