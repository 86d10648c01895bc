// Every page of the admin, for every demo role, on a desktop (1366 × 768) and a phone (390 × 844),
// breaks no WCAG 2.1 A or AA rule that axe-core checks — the pages as they load, and the states
// people meet on them: dialogs, a refused submission's faults, a conflicting save, a formula
// being edited in the builder.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations, expectAccessible, summarize } from './axe.js';
import { browserSuite, chromiumPath, DEMO_PASSWORD, login, openTab, settled } from './browser.js';
import { DEMO_PAGES, demoPageIds, demoPath, demoTokens, type DemoTokens, freshAssessment } from './demo-assessment.js';

const VIEWPORTS = {
  desktop: { viewport: { width: 1366, height: 768 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};


/** Violations found per page, printed as one table when the file ends (the issue's before/after counts). */
const counts: string[] = [];
afterAll(() => console.log(`axe-core WCAG 2.1 AA, elements in violation per page:\n${counts.join('\n')}`));

for (const [size, context] of Object.entries(VIEWPORTS)) {
  describe.skipIf(!chromiumPath)(`accessibility at ${context.viewport.width} px`, () => {
    const suite = browserSuite(`a11y-${size}`, context);
    const ids: Record<string, string> = {};
    let tokens: DemoTokens;
    beforeAll(async () => {
      tokens = await demoTokens(suite.t, DEMO_PASSWORD);
      Object.assign(ids, await demoPageIds(suite.t, DEMO_PASSWORD, tokens));
    });

    async function check(page: Page, where: string): Promise<string | undefined> {
      await settled(page);
      const { elements, fault, rules } = summarize(`${size}-${where}`, await axeViolations(page));
      counts.push(`${size.padEnd(8)} ${where.padEnd(60)} ${elements}${elements ? `  (${rules})` : ''}`);
      return fault || undefined;
    }

    test('the login page', async () => {
      const page = await suite.newPage();
      await page.goto(`${suite.t.url}/work`);
      await page.locator('#username').waitFor();
      await expectAccessible(page, 'login');
      await page.context().close();
    }, 30_000);

    // Measured: 4–12 s per account idle, axe included.
    test.each(DEMO_PAGES)('%s: every page', async (user, paths) => {
      const page = await suite.newPage();
      await login(page, suite.t.url, user, DEMO_PASSWORD);
      const faults: string[] = [];
      for (const path of paths) {
        await page.goto(`${suite.t.url}${demoPath(path, ids)}`);
        await page.locator('h3, h4, .ant-result-title').first().waitFor();
        const fault = await check(page, `${user} ${path}`);
        if (fault) faults.push(fault);
      }
      expect(faults.join('\n\n')).toBe('');
      await page.context().close();
    }, 90_000);

    test('dialogs: change password, a new campaign, a new user', async () => {
      const page = await suite.newPage();
      await login(page, suite.t.url, 'longgang', DEMO_PASSWORD);
      const faults: string[] = [];
      const open = async (path: string, button: string, where: string) => {
        await page.goto(`${suite.t.url}${path}`);
        await page.locator('h3, h4').first().waitFor();
        if (size === 'phone' && button === 'change-password') await page.getByTestId('menu-button').click();
        await page.getByTestId(button).click();
        await page.locator('.ant-modal-wrap:not([style*="display: none"]) .ant-modal').waitFor();
        const fault = await check(page, where);
        if (fault) faults.push(fault);
      };
      await open('/work', 'change-password', 'dialog: change password');
      await open('/campaigns', 'new-campaign', 'dialog: new campaign');
      await open('/users', 'new-user', 'dialog: new user');
      expect(faults.join('\n\n')).toBe('');
      await page.context().close();
    }, 60_000);

    test('dialogs of the work itself: confirming a submission, returning one for correction', async () => {
      const faults: string[] = [];
      const staff = await suite.newPage();
      await login(staff, suite.t.url, 'danzhutou', DEMO_PASSWORD);
      const { assessmentId } = await freshAssessment(suite.t, tokens, 'ANSWERED');
      await staff.goto(`${suite.t.url}/assessments/${assessmentId}/fill`);
      await staff.getByTestId('save-state').getByText('已保存', { exact: true }).waitFor();
      await staff.getByTestId('submit').click();
      await staff.locator('.ant-modal-confirm .ant-btn-primary').waitFor();
      faults.push(await check(staff, 'dialog: confirm the submission') ?? '');
      await staff.context().close();

      const street = await suite.newPage();
      await login(street, suite.t.url, 'nanwan', DEMO_PASSWORD);
      await street.goto(`${suite.t.url}/assessments/${ids.submitted}/review`);
      await street.getByTestId('return').click();
      await street.getByTestId('return-reason').waitFor();
      faults.push(await check(street, 'dialog: return for correction') ?? '');
      expect(faults.filter(Boolean).join('\n\n')).toBe('');
      await street.context().close();
    }, 60_000);

    test('the fill page refusing a submission, and in conflict with a newer save', async () => {
      const { assessmentId } = await freshAssessment(suite.t, tokens, 'ANSWERED', { leaveOut: { evidence: ['A1'], answers: ['D.D2.funding'] } });
      const page = await suite.newPage();
      await login(page, suite.t.url, 'danzhutou', DEMO_PASSWORD);
      await page.goto(`${suite.t.url}/assessments/${assessmentId}/fill`);
      await page.getByTestId('save-state').getByText('已保存', { exact: true }).waitFor();
      await page.getByTestId('submit').click();
      await page.locator('.ant-modal-confirm .ant-btn-primary').click();
      await page.getByTestId('submit-faults').waitFor();
      const faults = [await check(page, 'fill: submission refused')];
      // Someone else saves the same draft first; the next keystroke here meets the conflict.
      const current = (await suite.t.gql(`query($id: ID!) { assessment(id: $id) { revision data } }`, { id: assessmentId }, tokens.staff)).data!.assessment;
      const theirs = await suite.t.gql(`mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision } }`,
        { id: assessmentId, d: current.data, r: current.revision }, tokens.staff);
      expect(theirs.errors).toBeUndefined();
      await openTab(page, /D 条件与保障/);
      await page.locator('#root_D_D2_funding').fill('76000');
      await page.getByTestId('conflict-mine').waitFor();
      faults.push(await check(page, 'fill: conflict'));
      expect(faults.filter(Boolean).join('\n\n')).toBe('');
      await page.context().close();
    }, 60_000);

    test('the builder with a formula being edited', async () => {
      const page = await suite.newPage();
      await login(page, suite.t.url, 'longgang', DEMO_PASSWORD);
      await page.goto(`${suite.t.url}/builder/sz-learning-community`);
      await page.getByTestId('node-D2').click();
      const formula = page.getByTestId('prop-formula').locator('input');
      await formula.click();
      await formula.press('End');
      await formula.pressSequentially(' + fun');
      expect(await check(page, 'builder: formula being edited') ?? '').toBe('');
      await page.context().close();
    }, 60_000);
  });
}
