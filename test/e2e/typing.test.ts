// Typing while the page is busy: a phone rendering a long form, a loaded machine. Every
// character typed must be kept, and the computed values and scores must follow it — a score
// that depends on how busy the device was (formulas once "timed out" under load and scored 0)
// is a wrong score. The CPU is slowed through the DevTools protocol while the test types.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { chromiumPath, launch, login, openTab, screenshot } from './browser.js';
import { type DemoTokens, demoTokens, freshAssessment } from './demo-assessment.js';

const PASSWORD = 'Demo-pass-1';
let t: TestApp;
let browser: Browser;
let tokens: DemoTokens;

async function newPage(): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' })).newPage();
  page.on('pageerror', (e) => console.error('[browser]', e.message));
  onTestFailed(() => screenshot(page, `failed-typing-${expect.getState().currentTestName?.slice(0, 30).replace(/\W+/g, '-')}`));
  return page;
}

/** Types `text` one key at a time with the CPU slowed `rate` times, then lets it run at full speed again. */
async function typeWhileBusy(page: Page, selector: string, text: string, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  try {
    await page.locator(selector).click();
    await page.locator(selector).pressSequentially(text);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

describe.skipIf(!chromiumPath)('typing while the page is busy', () => {
  beforeAll(async () => {
    t = await startTestApp({ demo: true, demoPassword: PASSWORD });
    browser = await launch();
    tokens = await demoTokens(t, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // Measured: 8 s idle.
  test('the fill form keeps every character, computes from it and saves it', async () => {
    const { assessmentId } = await freshAssessment(t, tokens, 'ANSWERED', { leaveOut: { answers: ['D.D2.funding'] } });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/assessments/${assessmentId}/fill`);
    await openTab(page, /D 条件与保障/);
    await typeWhileBusy(page, '#root_D_D2_funding', '70000');
    expect(await page.locator('#root_D_D2_funding').inputValue()).toBe('70000');
    // 70,000 yuan for 38,000 residents: 1.84 per resident, the full 7 points.
    await expect.poll(() => page.locator('#root_D_D2_perCapita').inputValue()).toBe('1.842105');
    await expect.poll(() => page.getByTestId('score-D2').textContent()).toContain('7 / 7');
    await page.getByTestId('save-state').getByText('已保存', { exact: true }).waitFor();
    const saved = (await t.gql(`query($id: ID!) { assessment(id: $id) { data computed } }`, { id: assessmentId }, tokens.staff)).data!.assessment;
    expect(saved.data.D.D2.funding).toBe(70000);
    expect(saved.computed.D.D2.perCapita).toBe(1.842105);
    await page.context().close();
  }, 40_000);

  // Measured: 8 s idle.
  test('a figure that is not a number, or a score out of range, stays as typed and is said to be wrong — never saved as another', async () => {
    const { assessmentId } = await freshAssessment(t, tokens, 'ANSWERED', { leaveOut: { answers: ['D.D2.funding'] } });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/assessments/${assessmentId}/fill`);
    await openTab(page, /D 条件与保障/);
    // "7.6万" once became 7.6 yuan on leaving the field, and was saved.
    await page.locator('#root_D_D2_funding').fill('7.6万');
    await page.locator('#root_D_D2_funding').press('Tab');
    expect(await page.locator('#root_D_D2_funding').inputValue()).toBe('7.6万');
    await page.getByText('请填写数字（如 76000），不带单位、“万”字或千位逗号').first().waitFor();
    await page.getByTestId('save-state').getByText('其余内容已保存；1 项未保存', { exact: false }).waitFor();
    const stored = async () => (await t.gql(`query($id: ID!) { assessment(id: $id) { data selfScores } }`, { id: assessmentId }, tokens.staff)).data!.assessment;
    expect((await stored()).data.D.D2.funding).toBeUndefined();
    // Corrected, it is saved as typed; full-width digits from a Chinese input method count as digits.
    await page.locator('#root_D_D2_funding').fill('７６０００');
    await page.getByTestId('save-state').getByText('已保存', { exact: true }).waitFor();
    expect((await stored()).data.D.D2.funding).toBe(76000);

    // A self-score above the indicator's maximum once became the maximum without a word.
    await openTab(page, /^A /);
    await page.getByTestId('self-A1').fill('7');
    await page.getByTestId('self-A1').press('Tab');
    expect(await page.getByTestId('self-A1').inputValue()).toBe('7.0'); // not clamped to 5
    await page.getByText('分数应在 0 到 5 之间，请修改').waitFor();
    await page.getByTestId('self-A1').fill('4.5');
    await page.getByTestId('self-A1').press('Tab');
    await page.getByTestId('save-state').getByText('已保存', { exact: true }).waitFor();
    expect((await stored()).selfScores.A1).toBe(4.5);
    await page.context().close();
  }, 40_000);

  // Measured: 14 s idle, 22 s beside another test run.
  test('the builder\'s preview keeps every character and scores the sample from it', async () => {
    const page = await newPage();
    await login(page, t.url, 'longgang', PASSWORD);
    await page.goto(`${t.url}/builder/sz-learning-community`);
    // The built-in system is the global administrator's: a district can test it, not change it.
    await page.getByTestId('read-only').waitFor();
    expect(await page.getByTestId('publish').isDisabled()).toBe(true);
    await openTab(page, /^D /);
    await typeWhileBusy(page, '[id="preview_D_D2_funding"]', '20000');
    expect(await page.locator('[id="preview_D_D2_funding"]').inputValue()).toBe('20000');
    // 20,000 yuan for the sample's 10,000 residents: 2 per resident, the full 7 points.
    await expect.poll(() => page.getByTestId('sample-computed').textContent()).toContain('"perCapita":2');
    await expect.poll(() => page.getByTestId('sample-score-D2').textContent()).toBe('7');
    await page.context().close();
  }, 60_000);
});
