// The whole loop in a real Chromium on the demo data: staff fill and submit, the street
// recommends, the expert finalises, the manager sees the result and downloads the Excel file;
// a stale draft shows the conflict choice; an expired session keeps what was typed; a person
// without rights gets a clear message. Screenshots of each page go to test-output/screenshots.
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { compileSystem } from '../../server/engine/index.js';
import { DEMO_PNG, demoAnswers } from '../../server/db/demo-answers.js';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { uploadEvidence } from '../factories/world.factory.js';
import { buildAdmin } from './build-admin.js';
import { chromiumPath, launch, login, screenshot } from './browser.js';

const PASSWORD = 'Demo-pass-1';
let t: TestApp;
let browser: Browser;
let staffToken: string;
let ids: Record<string, string> = {};

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[browser]', e.message));
  // When a step fails, the page as it was is the best explanation.
  onTestFailed(() => screenshot(page, `failed-${expect.getState().currentTestName?.slice(0, 40).replace(/\W+/g, '-')}`));
  return page;
}

describe.skipIf(!chromiumPath)('the admin in Chromium', () => {
  beforeAll(async () => {
    await buildAdmin();
    t = await startTestApp({ demo: true, demoPassword: PASSWORD });
    browser = await launch();
    staffToken = await t.login('danzhutou', PASSWORD);
    const r = await t.gql(`{ campaigns { assessments(first: 50) { nodes { id orgUnit { name } } } } }`, {}, await t.login('longgang', PASSWORD));
    ids = Object.fromEntries(r.data!.campaigns[0].assessments.nodes.map((n: { id: string; orgUnit: { name: string } }) => [n.orgUnit.name, n.id]));

    // Someone already did most of 丹竹头社区's work; the browser does the rest.
    const a = (await t.gql(`query($id: ID!) { assessment(id: $id) { revision systemVersion { schema } } }`, { id: ids['丹竹头社区'] }, staffToken)).data!.assessment;
    const compiled = compileSystem(a.systemVersion.schema);
    if (!compiled.ok) throw new Error('demo system does not compile');
    const data = demoAnswers(compiled.compiled, { name: '丹竹头社区', attributes: { population: 38_000 } } as never, true) as any;
    delete data.D.D2.funding;
    const self = Object.fromEntries(compiled.compiled.system.all.filter((n) => n.children.length === 0 && n.method === 'manual').map((n) => [n.code, n.maxScore - 0.5]));
    const saved = await t.gql(`mutation($id: ID!, $d: JSON!, $r: Int!, $s: JSON) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r, selfScores: $s) { revision } }`,
      { id: ids['丹竹头社区'], d: data, r: a.revision, s: self }, staffToken);
    expect(saved.errors).toBeUndefined();
    for (const node of compiled.compiled.system.all.filter((n) => n.evidence?.required && n.code !== 'A1')) {
      expect((await uploadEvidence(t, staffToken, ids['丹竹头社区'], node.code, DEMO_PNG)).status).toBe(201);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  test('staff fill a section, see the computed value and the score change, and find the draft after a reload', async () => {
    const page = await newPage();
    await screenshotLogin(page);
    await login(page, t.url, 'danzhutou', PASSWORD);
    await expect.poll(() => page.getByTestId('action-丹竹头社区').count()).toBe(1);
    await screenshot(page, '02-my-work-staff');
    await page.getByTestId('action-丹竹头社区').click();
    await page.getByTestId('total-score').waitFor();
    await page.getByRole('tab', { name: /D 条件与保障/ }).click();
    const before = Number(await page.getByTestId('total-score').textContent());
    await expect.poll(() => page.getByTestId('score-D2').textContent()).toContain('0 / 7');
    await page.locator('#root_D_D2_funding').fill('70000');
    await expect.poll(() => page.locator('#root_D_D2_perCapita').inputValue()).toBe('1.842105');
    await expect.poll(() => page.getByTestId('score-D2').textContent()).toContain('7 / 7');
    await expect.poll(async () => Number(await page.getByTestId('total-score').textContent())).toBe(before + 7);
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('已保存');
    await screenshot(page, '03-fill-computed-and-score');
    await page.reload();
    await page.getByRole('tab', { name: /D 条件与保障/ }).click();
    await expect.poll(() => page.locator('#root_D_D2_funding').inputValue()).toBe('70000');
    await page.context().close();
  });

  test('a stale draft shows the conflict choice; keeping one\'s own version saves it', async () => {
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/#/assessments/${ids['丹竹头社区']}/fill`);
    await page.getByRole('tab', { name: /D 条件与保障/ }).click();
    // Someone else saves the same draft first.
    const current = (await t.gql(`query($id: ID!) { assessment(id: $id) { revision data selfScores } }`, { id: ids['丹竹头社区'] }, staffToken)).data!.assessment;
    await t.gql(`mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision } }`,
      { id: ids['丹竹头社区'], d: { ...current.data, D: { ...current.data.D, D3: { ...current.data.D.D3, volunteers: 30 } } }, r: current.revision }, staffToken);
    await page.locator('#root_D_D2_funding').fill('76000');
    await page.getByTestId('conflict-mine').waitFor({ timeout: 10_000 });
    await screenshot(page, '04-fill-conflict');
    await page.getByTestId('conflict-mine').click();
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('已保存');
    const after = (await t.gql(`query($id: ID!) { assessment(id: $id) { data } }`, { id: ids['丹竹头社区'] }, staffToken)).data!.assessment;
    expect(after.data.D.D2.funding).toBe(76000);
    await page.context().close();
  });

  test('submitting lists what is missing with links; after uploading the evidence it is submitted', async () => {
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/#/assessments/${ids['丹竹头社区']}/fill`);
    await confirmSubmit(page);
    await page.getByTestId('submit-faults').waitFor();
    expect(await page.getByTestId('submit-faults').textContent()).toContain('A1 发展规划');
    await screenshot(page, '05-fill-submit-errors');
    await page.getByTestId('submit-faults').getByRole('button').first().click();
    await page.locator('#evidence-A1 input[type=file]').setInputFiles({ name: '社区发展规划.png', mimeType: 'image/png', buffer: DEMO_PNG });
    await page.locator('#evidence-A1').getByText('社区发展规划.png').waitFor();
    await confirmSubmit(page);
    await expect.poll(() => page.getByText('已提交').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, '06-fill-submitted');
    await page.context().close();
  });

  test('the street recommends', async () => {
    const page = await newPage();
    await login(page, t.url, 'nanwan', PASSWORD);
    await page.getByTestId('action-丹竹头社区').click();
    await page.getByTestId('recommend').waitFor();
    await screenshot(page, '07-review-street');
    await page.getByTestId('opinion').fill('材料齐全，同意推荐');
    await page.getByTestId('recommend').click();
    await page.getByText('我的工作').first().waitFor();
    const a = (await t.gql(`query($id: ID!) { assessment(id: $id) { status } }`, { id: ids['丹竹头社区'] }, staffToken)).data!.assessment;
    expect(a.status).toBe('RECOMMENDED');
    await page.context().close();
  });

  test('the expert must score the manual items, then finalises', async () => {
    const page = await newPage();
    await login(page, t.url, 'expert', PASSWORD);
    await page.getByTestId('action-丹竹头社区').click();
    await page.getByTestId('finalize').waitFor();
    await page.getByTestId('finalize').click();
    await page.getByText('请为“A1 发展规划”打分').first().waitFor();
    await screenshot(page, '08-review-expert-missing-scores');
    for (const [code, score] of Object.entries({ A1: 5, B2: 5, B3: 9.5, C2: 5, D1: 8, F1: 5 })) await page.getByTestId(`stage-${code}`).fill(String(score));
    await page.getByTestId('finalize').click();
    await page.getByText('我的工作').first().waitFor();
    const a = (await t.gql(`query($id: ID!) { assessment(id: $id) { status finalScore passed grade } }`, { id: ids['丹竹头社区'] }, staffToken)).data!.assessment;
    expect(a).toEqual({ status: 'FINALIZED', finalScore: 99.5, passed: true, grade: '优秀' });
    await page.context().close();
  });

  test('the manager sees the final score and pass in the campaign page and downloads the Excel file', async () => {
    const page = await newPage();
    await login(page, t.url, 'longgang', PASSWORD);
    await page.getByRole('menuitem', { name: '督导评估' }).click();
    await page.getByText('2022年深圳市学习型社区督导评估（龙岗区）').first().click();
    const row = page.locator('tr', { has: page.getByTestId('target-丹竹头社区') });
    await expect.poll(() => row.textContent()).toContain('99.5');
    expect(await row.textContent()).toContain('达标');
    await screenshot(page, '09-campaign');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks as Buffer[])) as never);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows.find((r) => r[0] === '丹竹头社区')).toEqual(['丹竹头社区', '440307003001', '已评定', expect.any(Number), expect.any(Number), 99.5, '达标', '优秀']);
    expect(rows.length).toBe(12);
    await page.getByRole('menuitem', { name: '指标体系' }).click();
    await page.getByText('深圳市学习型社区督导评估指标体系（示例）').click();
    await page.getByText('D2').first().waitFor();
    await screenshot(page, '10-indicator-system');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'My work' }).waitFor();
    await screenshot(page, '11-english');
    await page.context().close();
  });

  test('an expired session returns to the login page and keeps what was typed', async () => {
    const page = await newPage();
    await login(page, t.url, 'longgang', PASSWORD);
    await page.goto(`${t.url}/#/assessments/${ids['山厦社区']}/fill`);
    await page.getByRole('tab', { name: /C 学习与宣传/ }).click();
    await page.locator('#root_C_C1_activitiesPerYear').fill('12');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('已保存');
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    await db.query(`update session set revoked_at = now() where user_id = (select id from app_user where username = 'longgang')`);
    await db.end();
    await page.locator('#root_C_C1_activitiesPerYear').fill('30');
    await page.getByText('登录已过期').waitFor({ timeout: 10_000 });
    await screenshot(page, '12-session-expired');
    await page.locator('#username').fill('longgang');
    await page.locator('#password').fill(PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.getByRole('tab', { name: /C 学习与宣传/ }).click();
    await expect.poll(() => page.locator('#root_C_C1_activitiesPerYear').inputValue()).toBe('30');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('已保存');
    const a = (await t.gql(`query($id: ID!) { assessment(id: $id) { data } }`, { id: ids['山厦社区'] }, await t.login('longgang', PASSWORD))).data!.assessment;
    expect(a.data.C.C1.activitiesPerYear).toBe(30);
    await page.context().close();
  });

  test('a person without rights gets a clear message, not a blank page', async () => {
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/#/campaigns`);
    await expect.poll(() => page.getByText('您没有权限查看此页面').count()).toBe(1);
    await page.goto(`${t.url}/#/assessments/${ids['水径社区']}/review`);
    await expect.poll(() => page.getByText('您没有权限查看此页面').count()).toBe(1);
    expect(await page.getByRole('button', { name: /返回我的工作/ }).count()).toBe(1);
    await screenshot(page, '13-forbidden');
    await page.context().close();
  });
});

/** Clicks 提交自评 and confirms, once the draft is saved and no earlier dialog is still closing. */
async function confirmSubmit(page: Page) {
  await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toContain('已保存');
  await expect.poll(() => page.locator('.ant-modal-confirm').count()).toBe(0);
  await page.getByTestId('submit').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect.poll(() => page.locator('.ant-modal-confirm').count()).toBe(0);
}

async function screenshotLogin(page: Page) {
  await page.goto(`${t.url}/`);
  await page.locator('#username').waitFor();
  await screenshot(page, '01-login');
}
