// Street and community staff fill forms on phones: every page, for every role, at 390 × 844
// has no horizontal scroll (wide tables scroll inside their card), the header folds into a
// menu, and the login page plus "my work" arrive in under 400 KB over the wire.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { chromiumPath, launch, login, screenshot, settled } from './browser.js';
import { DEMO_PAGES, demoPageIds, demoPath } from './demo-assessment.js';

const PASSWORD = 'Demo-pass-1';

describe.skipIf(!chromiumPath)('phones', () => {
  let t: TestApp;
  let browser: Browser;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestApp({ demo: true, demoPassword: PASSWORD });
    browser = await launch();
    Object.assign(ids, await demoPageIds(t, PASSWORD));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function phone(): Promise<Page> {
    const page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true })).newPage();
    page.on('pageerror', (e) => console.error('[browser]', e.message));
    return page;
  }

  /**
   * The page is drawn (its title shown, nothing loading) and is no wider than the screen; its
   * screenshot is kept to be looked at. Axe checks the same pages at this size in accessibility.test.ts.
   */
  async function fitsTheScreen(page: Page, name: string): Promise<void> {
    onTestFailed(() => screenshot(page, `failed-phone-${name}`));
    await page.locator('h3, h4, .ant-result-title').first().waitFor();
    // Loaded: no spinner, no table dimmed under one (antd blurs a loading table's rows), nothing moving.
    await settled(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await screenshot(page, `phone-${name}`);
  }


  // Measured: 3–8 s per account idle.
  test.each(DEMO_PAGES)('%s: every page fits 390 px', async (user, paths) => {
    const page = await phone();
    await page.goto(`${t.url}/work`);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { timeout: 10_000 }).toBeLessThanOrEqual(0);
    await login(page, t.url, user, PASSWORD);
    for (const path of paths) {
      await page.goto(`${t.url}${demoPath(path, ids)}`);
      await fitsTheScreen(page, `${user}${path.replace(/\{\w+\}|\W+/g, '-')}`);
    }
    await page.context().close();
  }, 60_000);

  test('the header folds into a menu that opens the navigation, language and logout', async () => {
    const page = await phone();
    await login(page, t.url, 'longgang', PASSWORD);
    await page.getByTestId('menu-button').click();
    await page.getByRole('menuitem', { name: '督导评估' }).click();
    await page.getByRole('heading', { name: '督导评估' }).waitFor();
    await page.getByTestId('menu-button').click();
    await expect.poll(() => page.getByTestId('current-user').textContent()).toBe('龙岗区教育督导室');
    await page.getByRole('button', { name: /退\s*出/ }).click();
    await page.locator('#username').waitFor();
    await page.context().close();
  }, 30_000);

  test('the login page and "my work" arrive in under 400 KB, compressed', async () => {
    const page = await phone();
    let bytes = 0;
    const pending: Promise<void>[] = [];
    page.on("requestfinished", (request) => { pending.push(request.sizes().then((s) => { bytes += s.responseBodySize + s.responseHeadersSize; })); });
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.locator('.ant-table-row').first().waitFor();
    await Promise.all(pending);
    expect(bytes).toBeLessThan(400 * 1024);
    // Scripts go out as the brotli written at build time (Chromium accepts br); the API's JSON is compressed on the fly.
    const encodings = await page.evaluate(async () => {
      const src = document.querySelector('script[type=module]')?.getAttribute('src');
      const script = await fetch(src!);
      const api = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ indicatorSystems { code latestPublished { schema } } }' }) });
      return [script.headers.get('content-encoding'), api.headers.get('content-encoding')];
    });
    expect(encodings[0]).toBe('br');
    expect(encodings[1]).toMatch(/^(br|gzip)$/);
    await page.context().close();
  }, 30_000);
});
