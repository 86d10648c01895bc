// Keyboard only: a staff member logs in, opens the assessment, fills a number, yes/no answers, a
// text, a choice and a multiple choice, moves between sections, gives a self-score, submits too
// early — focus lands on what is missing — uploads the evidence, and submits. No mouse: every step
// is a key press, and every control reached with Tab shows a focus ring.
import type { Browser, FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PNG } from '../../server/db/demo-answers.js';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';
import { buildWorld, openCampaignOn, PASSWORD, type World } from '../factories/world.factory.js';
import { chromiumPath, launch, look, screenshot } from './browser.js';

/** The small test system with a choice, a multiple choice and a description added to its section B. */
const SCHEMA = buildIndicatorSystem({
  code: 'keyboard-system',
  mutate: (s) => {
    const b = (s.properties as Record<string, { properties: Record<string, unknown>; required: string[]; description?: string }>).B;
    b.description = '写明特色项目的名称、面向人群与开展情况';
    b.properties.kind = { type: 'string', title: '特色类型', enum: ['课程', '活动', '阵地'] };
    b.properties.groups = { type: 'array', title: '面向人群', items: { type: 'string', enum: ['儿童', '青少年', '老年人'] }, uniqueItems: true };
    b.required = ['summary', 'kind'];
  },
});

describe.skipIf(!chromiumPath)('keyboard only', () => {
  let t: TestApp;
  let w: World;
  let browser: Browser;
  let assessmentId: string;
  beforeAll(async () => {
    t = await startTestApp();
    w = await buildWorld(t, { open: false });
    assessmentId = await openCampaignOn(t, w, SCHEMA, w.units.danzhutou, '键盘填报督导评估');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // Measured: 11–13 s idle.
  test('a staff member fills and submits an assessment without a mouse', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' })).newPage();
    page.on('pageerror', (e) => console.error('[browser]', e.message));
    // Listening from the start: Playwright turns on catching file choosers when the first listener
    // comes, without waiting, and a key pressed right after could open one it does not catch.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (chooser) => choosers.push(chooser));
    try {
      await page.goto(`${t.url}/work`);
      // The login page puts the cursor in the user name.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('username');
      await page.keyboard.type('dzt-staff');
      await tabTo(page, '#password');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByTestId('app-frame').waitFor();

      await tabTo(page, '[data-testid="action-丹竹头社区"]');
      await page.keyboard.press('Enter');
      await page.getByTestId('save-state').waitFor();

      // Section A: a number and two yes/no answers (Space picks the focused 是).
      await tabTo(page, '#root_A_A1_funding');
      await page.keyboard.type('20000');
      await tabTo(page, '[id^="root_A_A2_hasPlan"]');
      await page.keyboard.press('Space');
      await tabTo(page, '[id^="root_A_A2_hasReport"]');
      await page.keyboard.press('Space');
      expect(await page.locator('[id^="root_A_A2_hasPlan"]:checked').count()).toBe(1);

      // To section B through the tab bar: back to the selected tab, the arrow to the next one.
      await tabTo(page, '[role=tab][aria-selected=true]', { back: true });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('tab', { name: /B 特色与创新/ }).getAttribute('aria-selected')).toBe('true');
      // The section's own description (a schema written by hand) shows beneath it.
      await page.getByTestId('fill-form').getByText('写明特色项目的名称、面向人群与开展情况').waitFor();

      await tabTo(page, '#root_B_summary');
      await page.keyboard.type('社区学校特色课程');
      // A choice: the arrow opens the list and moves down it, Enter takes the highlighted 课程.
      await tabTo(page, '#root_B_kind');
      await pick(page, '课程');
      await expect.poll(() => page.locator('#indicator-B .ant-select').first().textContent()).toContain('课程');
      // A multiple choice: two picks, then Escape closes the list.
      await tabTo(page, '#root_B_groups');
      await pick(page, '儿童');
      await pick(page, '青少年');
      // Escape closes the list; a person sees it close before moving on (Tab on an open list
      // would take the highlighted option again, which in a multiple choice takes it back out).
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
      await expect.poll(() => page.locator('#indicator-B .ant-select').nth(1).textContent()).toBe('儿童青少年');
      // B is scored by a person: the unit's own score.
      await tabTo(page, '[data-testid="self-B"]');
      await page.keyboard.type('8');
      await page.getByTestId('save-state').getByText('已保存', { exact: true }).waitFor();
      await look(page, 'keyboard-section-b-filled');

      // Submitting without the evidence A1 needs is refused, and focus goes to where it is uploaded.
      await tabTo(page, '[data-testid="submit"]', { back: true });
      await page.keyboard.press('Enter');
      await confirmWithKeyboard(page);
      await page.getByTestId('submit-faults').waitFor();
      await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('#evidence-A1'))).toBe(true);
      await look(page, 'keyboard-focus-on-fault');

      await page.keyboard.press('Enter');
      await expect.poll(() => choosers.length).toBe(1);
      await choosers[0].setFiles({ name: '社区教育经费.png', mimeType: 'image/png', buffer: Buffer.from(DEMO_PNG) });
      await page.locator('#evidence-A1').getByText('社区教育经费.png').waitFor();

      await tabTo(page, '[data-testid="submit"]', { back: true });
      await page.keyboard.press('Enter');
      await confirmWithKeyboard(page);
      await page.getByText('已提交').first().waitFor();

      const saved = await t.gql(`query($id: ID!) { assessment(id: $id) { status data selfScores } }`, { id: assessmentId }, w.tokens.staff);
      expect(saved.data!.assessment.status).toBe('SUBMITTED');
      expect(saved.data!.assessment.data).toMatchObject({
        A: { A1: { funding: 20000 }, A2: { hasPlan: true, hasReport: true } },
        B: { summary: '社区学校特色课程', kind: '课程', groups: ['儿童', '青少年'] },
      });
      expect(saved.data!.assessment.selfScores).toMatchObject({ B: 8 });
    } catch (err) {
      await screenshot(page, 'failed-keyboard');
      throw err;
    } finally {
      await page.context().close();
    }
  }, 60_000);
});

/**
 * Presses Tab (Shift+Tab when `back`) until the focused element is or sits inside `selector`. Every
 * element passed on the way must show that it has focus: an outline, or a focus shadow (a ring
 * spread around the control: Ant Design's inputs) on it or on the control that wraps it.
 */
async function tabTo(page: Page, selector: string, { back = false, limit = 60 } = {}): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const at = await page.evaluate((sel) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { reached: false, what: 'body', ring: true };
      return { reached: el.matches(sel) || !!el.closest(sel), what: el.outerHTML.slice(0, 160), ring: false };
    }, selector);
    // Transitions draw the ring over 0.2 s: look until it is there.
    if (at.what !== 'body') {
      await expect.poll(() => page.evaluate(focusRingShown), { timeout: 2_000, message: `no visible focus on ${at.what}` }).toBe(true);
    }
    if (at.reached) return;
  }
  throw new Error(`${selector} was not reached in ${limit} presses of ${back ? 'Shift+Tab' : 'Tab'}`);
}

/** Runs in the page: does the focused element (or the control drawn around it) show a focus ring? */
function focusRingShown(): boolean {
  const el = document.activeElement as HTMLElement;
  const candidates = [el, el.nextElementSibling, el.closest('.ant-input-number, .ant-select, .ant-input-affix-wrapper, .ant-picker, .ant-input-outlined, .ant-radio-wrapper, .ant-checkbox-wrapper')];
  return candidates.some((c) => {
    if (!c) return false;
    const s = getComputedStyle(c);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    return outline || /0px 0px 0px [1-9]/.test(s.boxShadow);
  });
}

/**
 * In a focused choice, presses ArrowDown (which opens the list, then moves down it) until `label`
 * is the highlighted option — read as a screen reader reads it, from the option the input names
 * as its active descendant — and takes it with Enter.
 */
async function pick(page: Page, label: string): Promise<void> {
  const highlighted = () => page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.getAttribute('aria-label') ?? null : null;
  });
  for (let i = 0; i < 10; i++) {
    const before = await highlighted();
    await page.keyboard.press('ArrowDown');
    await expect.poll(highlighted).not.toBe(before);
    if ((await highlighted()) === label) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`the option ${label} was not reached with ArrowDown`);
}

/** The confirmation dialog opens with its OK button focused; Enter confirms. */
async function confirmWithKeyboard(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ant-modal-confirm .ant-btn-primary')), { timeout: 10_000 }).toBe(true);
  await page.keyboard.press('Enter');
  await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
}
