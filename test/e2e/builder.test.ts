// The builder in Chromium: an administrator builds a small three-level system from nothing —
// a formula leaf with a computed field, a checklist leaf with a veto item, a manual leaf —
// tests it with sample answers and publishes it; a campaign is opened on such a system from the
// new-campaign dialog and staff fill it. The two tests stand alone: the second creates its
// system through the API from the same tree operations the builder uses.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { toSchema } from '../../admin/src/builder/to-schema.js';
import { smallSystem } from '../factories/builder.factory.js';
import { browserSuite, chromiumPath, DEMO_PASSWORD, login, look } from './browser.js';

const PASSWORD = DEMO_PASSWORD;

describe.skipIf(!chromiumPath)('the builder in Chromium', () => {
  const suite = browserSuite('builder', { viewport: { width: 1600, height: 1000 } });
  const newPage = () => suite.newPage();

  const prop = (page: Page, id: string) => page.getByTestId(id);
  const byId = (page: Page, id: string) => page.locator(`[id="${id}"]`);

  // Measured: 20 s idle, 35–40 s on a loaded 2-core machine.
  test('an administrator builds a system from nothing, tests it with sample answers and publishes it', async () => {
    const page = await newPage();
    await login(page, suite.t.url, 'longgang', PASSWORD);
    await page.getByRole('menuitem', { name: '指标体系' }).click();
    await page.getByTestId('new-system').click();
    await prop(page, 'sys-code').fill('e2e-small');
    await prop(page, 'sys-title').fill('小型示例体系');

    // A (level 1) → A1 (level 2) → A1.1 formula leaf.
    await page.getByTestId('add-root').click();
    await prop(page, 'prop-title').fill('条件保障');
    await prop(page, 'prop-max').fill('60');
    await page.getByTestId('add-child').click();
    await prop(page, 'prop-title').fill('经费与制度');
    await prop(page, 'prop-max').fill('60');
    await page.getByTestId('add-child').click();
    await prop(page, 'prop-title').fill('经费保障');
    await prop(page, 'prop-max').fill('30');
    await prop(page, 'prop-method').getByText('公式计分').click();
    await page.getByTestId('add-field-number').click();
    await prop(page, 'field-name-0').fill('funding');
    await prop(page, 'field-title-0').fill('社区教育经费');
    await page.getByTestId('add-field-computed').click();
    await prop(page, 'field-name-1').fill('perCapita');
    await prop(page, 'field-title-1').fill('人均经费');
    await prop(page, 'field-formula-1').locator('input').fill('funding / $unit.population');
    await prop(page, 'prop-formula').locator('input').fill('perCapita >= 1.5 ? 30 : perCapita >= 1 ? 18 : 0');
    await expect.poll(() => page.getByTestId('node-A1.1').textContent()).toContain('经费保障');

    // A1.2: a checklist leaf with a veto item.
    await page.getByTestId('node-A1').click();
    await page.getByTestId('add-child').click();
    await prop(page, 'prop-title').fill('制度建设');
    await prop(page, 'prop-max').fill('30');
    await prop(page, 'prop-method').getByText('检查项计分').click();
    await page.getByTestId('add-field-boolean').click();
    await prop(page, 'field-name-0').fill('hasPlan');
    await prop(page, 'field-title-0').fill('有年度规划');
    await page.getByTestId('add-field-boolean').click();
    await prop(page, 'field-name-1').fill('hasReport');
    await prop(page, 'field-title-1').fill('有年度总结');
    await prop(page, 'item-hasPlan').fill('20');
    await prop(page, 'item-hasReport').fill('10');
    await page.getByTestId('prop-veto').click();
    await prop(page, 'prop-veto-formula').locator('input').fill('hasPlan = true');
    await prop(page, 'prop-veto-message').fill('没有年度规划');

    // B: a manual leaf.
    await page.getByTestId('add-root').click();
    await prop(page, 'prop-title').fill('特色与创新');
    await prop(page, 'prop-max').fill('40');
    await prop(page, 'prop-criteria').fill('特色鲜明得40分');
    await expect.poll(() => page.getByTestId('fault-count').textContent()).toBe('无问题');
    await look(page, '20-builder');

    // Test with sample answers: 20,000 yuan for 10,000 residents is 2 yuan per resident.
    await byId(page, 'preview_A_A1_A1.1_funding').fill('20000');
    await expect.poll(() => page.getByTestId('sample-score-A1.1').textContent()).toBe('30');
    await expect.poll(() => page.getByTestId('sample-computed').textContent()).toContain('"perCapita":2');
    await page.getByTestId('server-check').click();
    await expect.poll(() => page.getByTestId('server-result').textContent()).toContain('与本页一致');
    await look(page, '21-builder-test-panel');

    await page.getByTestId('save-draft').click();
    await page.waitForURL(/\/builder\/e2e-small$/);
    await page.getByTestId('publish').click();
    await page.getByText('最新 v1 已发布').waitFor();
    const published = await suite.t.gql(`{ indicatorSystem(code: "e2e-small") { versions { status indicators { code maxScore } } } }`, {}, suite.t.adminToken);
    expect(published.data!.indicatorSystem.versions).toEqual([{ status: 'PUBLISHED', indicators: [
      { code: 'A', maxScore: 60 }, { code: 'A1', maxScore: 60 }, { code: 'A1.1', maxScore: 30 }, { code: 'A1.2', maxScore: 30 }, { code: 'B', maxScore: 40 },
    ] }]);
    await page.context().close();
  }, 120_000);

  // Measured: 9 s idle.
  test('a campaign is opened on a builder-made system from the dialog, and staff fill it', async () => {
    const built = toSchema({ ...smallSystem(), code: 'e2e-small-campaign', title: '小型接口体系' });
    const created = await suite.t.gql(`mutation($s: JSON!, $u: JSON) { createIndicatorSystem(code: "e2e-small-campaign", schema: $s, uiSchema: $u) { code } }`,
      { s: built.schema, u: built.uiSchema }, suite.t.adminToken);
    expect(created.errors).toBeUndefined();
    expect((await suite.t.gql(`mutation { publishIndicatorSystem(code: "e2e-small-campaign") { number } }`, {}, suite.t.adminToken)).errors).toBeUndefined();

    // A campaign on it, over 丹竹头社区.
    const page = await newPage();
    await login(page, suite.t.url, 'longgang', PASSWORD);
    await page.getByRole('menuitem', { name: '督导评估' }).click();
    await page.getByTestId('new-campaign').click();
    await page.getByTestId('campaign-name').fill('2023年小型示例督导评估');
    await page.getByTestId('campaign-system').click();
    await page.getByTitle('小型接口体系 v1').click();
    await page.getByTestId('campaign-targets').click();
    await page.getByTitle('丹竹头社区').click();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /创\s*建/ }).click();
    await page.getByTestId('open-campaign').click();
    await page.getByTestId('target-丹竹头社区').waitFor();
    await page.context().close();

    // Staff fill it: the computed value and the score follow the answer.
    const staff = await newPage();
    await login(staff, suite.t.url, 'danzhutou', PASSWORD);
    const token = await suite.t.login('danzhutou', PASSWORD);
    const list = await suite.t.gql(`{ campaigns { name assessments { nodes { id } } } }`, {}, token);
    const id = list.data!.campaigns.find((c: { name: string }) => c.name === '2023年小型示例督导评估').assessments.nodes[0].id;
    await staff.goto(`${suite.t.url}/assessments/${id}/fill`);
    await byId(staff, 'root_A_A1_A1.1_funding').fill('60000');
    await expect.poll(() => staff.getByTestId('score-A1.1').textContent()).toContain('30 / 30');
    await expect.poll(() => staff.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('已保存');
    await look(staff, '22-builder-system-filled');
    const saved = await suite.t.gql(`query($id: ID!) { assessment(id: $id) { computed selfScore } }`, { id }, token);
    expect(saved.data!.assessment).toEqual({ computed: { A: { A1: { 'A1.1': { perCapita: 1.578947 } } } }, selfScore: 30 });
    await staff.context().close();
  }, 45_000);
});
