// The system Chromium for browser tests, driven by playwright-core. Without one the browser
// tests are skipped with a loud line — except under CI=true, where a missing browser fails.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, onTestFailed } from 'vitest';
import type { Config } from '../../server/config.js';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { expectAccessible } from './axe.js';

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

/**
 * Looks at the page as a person would: waits until it has settled, checks it against WCAG 2.1 AA
 * with axe-core (failing on any violation, so no page a test visits can regress), and keeps a
 * screenshot to be looked at. `exclude` leaves out parts the admin does not draw itself, each with its reason where called.
 */
export async function look(page: Page, name: string, exclude: string[] = []): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  await expectAccessible(page, name, exclude);
}

export async function login(page: Page, baseUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/work`);
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

/**
 * The page has stopped changing by itself: nothing loading (no spinner, no table dimmed under one)
 * and no transition half-way (a dialog zooming in, a message fading) — what axe or a screenshot
 * then reads is what a person sees. Endless animations (a progress stripe) are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-spin-blur, .ant-skeleton-active').count(), { timeout: 20_000 }).toBe(0);
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity), undefined, { timeout: 20_000 });
}

export const DEMO_PASSWORD = 'Demo-pass-1';

export interface BrowserSuite {
  /** The running app (set before the first test). */
  t: TestApp;
  browser: Browser;
  /** A page in a new context with the suite's viewport; when a test fails, its screenshot is kept. */
  newPage(): Promise<Page>;
}

/**
 * One app and one Chromium for a describe block: started before its tests, closed after them.
 * Call it inside `describe`; the demo district is loaded unless `app` says otherwise.
 */
export function browserSuite(label: string, context: BrowserContextOptions, app: Partial<Config> = { demo: true, demoPassword: DEMO_PASSWORD }): BrowserSuite {
  const suite = {
    newPage: async () => {
      const page = await (await suite.browser.newContext({ locale: 'zh-CN', ...context })).newPage();
      page.on('pageerror', (e) => console.error('[browser]', e.message));
      // When a step fails, the page as it was is the best explanation.
      onTestFailed(() => screenshot(page, `failed-${label}-${expect.getState().currentTestName?.slice(0, 30).replace(/\W+/g, '-')}`));
      return page;
    },
  } as BrowserSuite;
  beforeAll(async () => {
    suite.t = await startTestApp(app);
    suite.browser = await launch();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.t?.close();
  });
  return suite;
}
