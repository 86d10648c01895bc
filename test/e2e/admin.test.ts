// The whole loop in a real Chromium on the demo data: staff fill and submit, the street
// recommends, the expert finalises, the manager sees the result and downloads the Excel file;
// a stale draft shows the conflict choice; an expired session keeps what was typed; a person
// without rights gets a clear message. Screenshots of each page go to test-output/screenshots.
//
// Every test brings its own assessment to where it starts through the API (demo-assessment.ts),
// so none depends on another's leftovers. Each test's limit is about three times what it took on
// an idle 2-core machine; its waits are on what the page shows, never on a fixed time.
import ExcelJS from 'exceljs';
import pg from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { DEMO_PNG } from '../../server/db/demo-answers.js';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { chromiumPath, launch, login, openTab, screenshot, look } from './browser.js';
import { type DemoTokens, demoTokens, freshAssessment } from './demo-assessment.js';

const PASSWORD = 'Demo-pass-1';
let t: TestApp;
let browser: Browser;
let tokens: DemoTokens;

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[browser]', e.message));
  // When a step fails, the page as it was is the best explanation.
  onTestFailed(() => screenshot(page, `failed-${expect.getState().currentTestName?.slice(0, 40).replace(/\W+/g, '-')}`));
  return page;
}

/** The action button of one assessment in 我的工作, found by its campaign's row. */
function workAction(page: Page, campaignName: string, unit = '丹竹头社区') {
  return page.locator('tr', { hasText: campaignName }).getByTestId(`action-${unit}`);
}

async function assessmentOf(id: string, fields: string) {
  return (await t.gql(`query($id: ID!) { assessment(id: $id) { ${fields} } }`, { id }, tokens.admin)).data!.assessment;
}

describe.skipIf(!chromiumPath)('the admin in Chromium', () => {
  beforeAll(async () => {
    t = await startTestApp({ demo: true, demoPassword: PASSWORD });
    browser = await launch();
    tokens = await demoTokens(t, PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // Measured: 9 s idle.
  test('staff fill a section, see the computed value and the score change, and find the draft after a reload', async () => {
    const { campaignName, assessmentId } = await freshAssessment(t, tokens, 'ANSWERED', { leaveOut: { answers: ['D.D2.funding'] } });
    const page = await newPage();
    await screenshotLogin(page);
    await login(page, t.url, 'danzhutou', PASSWORD);
    await workAction(page, campaignName).click();
    await page.getByTestId('total-score').waitFor();
    await look(page, '02-fill-staff');
    await openTab(page, /D 条件与保障/);
    const before = Number(await page.getByTestId('total-score').textContent());
    // Unanswered, the formula has no score yet — shown as such, not as 0 — and the card says why.
    await expect.poll(() => page.getByTestId('score-D2').textContent()).toContain('— / 7');
    await expect.poll(() => page.getByTestId('faults-D2').textContent()).toContain('暂无法计分：缺少数据');
    await page.locator('#root_D_D2_funding').fill('70000');
    await expectUnsaved(page);
    await expect.poll(() => page.locator('#root_D_D2_perCapita').inputValue()).toBe('1.842105');
    await expect.poll(() => page.getByTestId('score-D2').textContent()).toContain('7 / 7');
    await expect(page.getByTestId('faults-D2').count()).resolves.toBe(0);
    await expect.poll(async () => Number(await page.getByTestId('total-score').textContent())).toBe(before + 7);
    await waitSaved(page);
    await look(page, '03-fill-computed-and-score');
    // 已保存 means the server has it: read back before the reload, so a failure below is the page's.
    expect((await assessmentOf(assessmentId, 'data')).data.D.D2.funding).toBe(70000);
    await page.reload();
    await openTab(page, /D 条件与保障/);
    await page.locator('#root_D_D2_funding').waitFor();
    expect(await page.locator('#root_D_D2_funding').inputValue()).toBe('70000');
    await page.context().close();
  }, 40_000);

  // Measured: 8 s idle.
  test('a bad answer never stops the rest from saving: it stays on the device, marked at its field and on its tab', async () => {
    const { campaignName, assessmentId } = await freshAssessment(t, tokens, 'ANSWERED', { leaveOut: { answers: ['C.C1.activitiesPerYear', 'D.D2.funding'] } });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await workAction(page, campaignName).click();
    await openTab(page, /C /);
    await page.locator('#root_C_C1_activitiesPerYear').fill('3.7');
    await openTab(page, /D 条件与保障/);
    await page.locator('#root_D_D2_funding').fill('70000');
    // Saved except the one the server refused, which the page says, and the tab counts.
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 }).toContain('其余内容已保存；1 项未保存');
    await expect.poll(async () => (await assessmentOf(assessmentId, 'data')).data.D.D2.funding).toBe(70000);
    expect((await assessmentOf(assessmentId, 'data')).data.C.C1.activitiesPerYear).toBeUndefined();
    await expect.poll(() => page.getByTestId('tab-faults-C').getByTitle('1 处需修改').count()).toBe(1);
    await look(page, '04-fill-held-answer');
    // Nothing typed is lost: after a reload the refused answer is back from this device, still marked.
    await page.reload();
    await openTab(page, /C /);
    await expect.poll(() => page.locator('#root_C_C1_activitiesPerYear').inputValue(), { timeout: 15_000 }).toBe('3.7');
    await page.locator('#root_C_C1_activitiesPerYear').fill('30');
    await waitSaved(page);
    expect((await assessmentOf(assessmentId, 'data')).data.C.C1.activitiesPerYear).toBe(30);
    await page.context().close();
  }, 40_000);

  // Measured: 6 s idle.
  test('reloading right after typing loses nothing: the answer comes back from this device and is saved', async () => {
    const { assessmentId } = await freshAssessment(t, tokens, 'ANSWERED', { leaveOut: { answers: ['D.D2.funding'] } });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/assessments/${assessmentId}/fill`);
    await openTab(page, /D 条件与保障/);
    await page.locator('#root_D_D2_funding').fill('64000');
    await page.reload();
    await openTab(page, /D 条件与保障/);
    await page.locator('#root_D_D2_funding').waitFor();
    expect(await page.locator('#root_D_D2_funding').inputValue()).toBe('64000');
    await waitSaved(page);
    expect((await assessmentOf(assessmentId, 'data')).data.D.D2.funding).toBe(64000);
    await page.context().close();
  }, 30_000);

  // Measured: 7 s idle.
  test('a stale draft shows the conflict choice; keeping one\'s own version saves it', async () => {
    const { assessmentId } = await freshAssessment(t, tokens, 'ANSWERED', { leaveOut: { answers: ['D.D2.funding'] } });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/assessments/${assessmentId}/fill`);
    await openTab(page, /D 条件与保障/);
    await page.locator('#root_D_D2_funding').waitFor();
    // Someone else saves the same draft first.
    const current = await assessmentOf(assessmentId, 'revision data selfScores');
    const theirs = await t.gql(`mutation($id: ID!, $d: JSON!, $r: Int!) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r) { revision } }`,
      { id: assessmentId, d: { ...current.data, D: { ...current.data.D, D3: { ...current.data.D.D3, volunteers: 30 } } }, r: current.revision }, tokens.staff);
    expect(theirs.errors).toBeUndefined();
    await page.locator('#root_D_D2_funding').fill('76000');
    await page.getByTestId('conflict-mine').waitFor();
    await look(page, '04-fill-conflict');
    await page.getByTestId('conflict-mine').click();
    await waitSaved(page);
    expect((await assessmentOf(assessmentId, 'data')).data.D.D2.funding).toBe(76000);
    await page.context().close();
  }, 30_000);

  // Measured: 7 s idle.
  test('submitting lists what is missing with links; after uploading the evidence it is submitted', async () => {
    const { assessmentId } = await freshAssessment(t, tokens, 'ANSWERED', { leaveOut: { evidence: ['A1'] } });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/assessments/${assessmentId}/fill`);
    await confirmSubmit(page);
    await page.getByTestId('submit-faults').waitFor();
    expect(await page.getByTestId('submit-faults').textContent()).toContain('A1 发展规划');
    await look(page, '05-fill-submit-errors');
    await page.getByTestId('submit-faults').getByRole('button').first().click();
    await page.locator('#evidence-A1 input[type=file]').setInputFiles({ name: '社区发展规划.png', mimeType: 'image/png', buffer: DEMO_PNG });
    await page.locator('#evidence-A1').getByText('社区发展规划.png').waitFor();
    // The browser also sent a small JPEG of the picture, which review lists show instead of the file.
    const attachment = (await assessmentOf(assessmentId, 'attachments { id indicatorCode }')).attachments.find((a: { indicatorCode: string }) => a.indicatorCode === 'A1').id;
    await expect.poll(() => page.evaluate(async (id) => {
      const res = await fetch(`/api/evidence/${id}/thumbnail`);
      return `${res.status} ${res.headers.get('content-type')}`;
    }, attachment), { timeout: 15_000 }).toBe('200 image/jpeg');
    await confirmSubmit(page);
    await page.getByText('已提交').first().waitFor();
    await look(page, '06-fill-submitted');
    expect((await assessmentOf(assessmentId, 'status')).status).toBe('SUBMITTED');
    await page.context().close();
  }, 30_000);

  // Measured: 5 s idle.
  test('the street recommends', async () => {
    const { campaignName, assessmentId } = await freshAssessment(t, tokens, 'SUBMITTED');
    const page = await newPage();
    await login(page, t.url, 'nanwan', PASSWORD);
    await workAction(page, campaignName).click();
    await page.getByTestId('recommend').waitFor();
    // Pictures in the list are thumbnails (or an icon), never the full files.
    await page.locator('.ant-image img').first().waitFor();
    const sources = await page.locator('.ant-image img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? ''));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/\/thumbnail$|^data:image\/svg/);
    await look(page, '07-review-street');
    await page.getByTestId('opinion').fill('材料齐全，同意推荐');
    await page.getByTestId('recommend').click();
    await page.getByText('我的工作').first().waitFor();
    await expect.poll(async () => (await assessmentOf(assessmentId, 'status')).status).toBe('RECOMMENDED');
    await page.context().close();
  }, 30_000);

  // Measured: 7 s idle.
  test('the expert must score the manual items, then finalises', async () => {
    const { campaignName, assessmentId } = await freshAssessment(t, tokens, 'RECOMMENDED');
    const page = await newPage();
    await login(page, t.url, 'expert', PASSWORD);
    await workAction(page, campaignName).click();
    await page.getByTestId('finalize').waitFor();
    await page.getByTestId('finalize').click();
    await page.getByText('请为“A1 发展规划”打分').first().waitFor();
    await look(page, '08-review-expert-missing-scores');
    for (const [code, score] of Object.entries({ A1: 5, B2: 5, B3: 9.5, C2: 5, D1: 8, F1: 5 })) await page.getByTestId(`stage-${code}`).fill(String(score));
    await page.getByTestId('finalize').click();
    await page.getByText('我的工作').first().waitFor();
    // Every formula and checklist item is met by the answers; the expert took 0.5 off B3.
    await expect.poll(() => assessmentOf(assessmentId, 'status finalScore passed grade')).toEqual({ status: 'FINALIZED', finalScore: 99.5, passed: true, grade: '优秀' });
    await page.context().close();
  }, 30_000);

  // Measured: 5 s idle.
  test('after finalising, the unit reads every decision with its opinion and the street and expert scores beside its own', async () => {
    const { campaignName } = await freshAssessment(t, tokens, 'FINALIZED', { finalScore: 95 });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.locator('.ant-segmented').getByText('全部', { exact: true }).click();
    await workAction(page, campaignName).click();
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.textContent(), { timeout: 15_000 }).toContain('专家评定');
    const text = await timeline.textContent();
    for (const part of ['提交自评', '街道推荐', '材料齐全，同意推荐', '专家评定', '成效明显', '市督导室评估组']) expect(text).toContain(part);
    const headers = await page.locator('thead th').allTextContents();
    expect(headers).toEqual(expect.arrayContaining(['自评分', '街道', '专家']));
    await look(page, '09-unit-reads-decisions');
    // Back returns to the list as it was left: 全部, not 待处理 again.
    await page.goBack();
    await workAction(page, campaignName).waitFor();
    expect(page.url()).toContain('show=all');
    await page.context().close();
  }, 30_000);

  // Measured: 6 s idle.
  test('the manager sees the final score and pass in the campaign page and downloads the Excel file', async () => {
    const { campaignName } = await freshAssessment(t, tokens, 'FINALIZED', { finalScore: 99.5 });
    const page = await newPage();
    await login(page, t.url, 'longgang', PASSWORD);
    await page.getByRole('menuitem', { name: '督导评估' }).click();
    await page.getByText(campaignName).first().click();
    const row = page.locator('tr', { has: page.getByTestId('target-丹竹头社区') });
    await expect.poll(() => row.textContent()).toContain('99.5');
    expect(await row.textContent()).toContain('达标');
    await look(page, '09-campaign');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks as Buffer[])) as never);
    const [header, ...rows] = workbook.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toHaveLength(1); // its one community
    const cells = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(cells).toMatchObject({ 单位名称: '丹竹头社区', 单位代码: '440307003001', 街道: '南湾街道', 状态: '已评定', 最终得分: 99.5, 是否合格: '是', 等级: '优秀' });
    expect(header).toContain('D2 经费保障 · 最终');
    await page.getByRole('menuitem', { name: '指标体系' }).click();
    await page.getByText('深圳市学习型社区督导评估指标体系（示例）').click();
    await page.getByText('D2').first().waitFor();
    await look(page, '10-indicator-system');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'My work' }).waitFor();
    await look(page, '11-english');
    await page.context().close();
  }, 30_000);

  // Measured: 2 s idle.
  test('a refused login says why, and not that a session expired', async () => {
    const page = await newPage();
    await page.goto(`${t.url}/work`);
    await page.locator('#username').fill('nobody-here');
    await page.locator('#password').fill('not-the-password');
    await page.locator('button[type=submit]').click();
    await page.getByTestId('login-error').getByText('用户名或密码错误', { exact: false }).waitFor();
    // Nobody was signed in: the warning that a session ended (and that answers are kept) was false here.
    expect(await page.getByText('登录已过期').count()).toBe(0);
    await page.context().close();
  }, 20_000);

  // Measured: 9 s idle.
  test('an expired session returns to the login page and keeps what was typed', async () => {
    const { assessmentId } = await freshAssessment(t, tokens, 'EMPTY', { unit: '山厦社区' });
    const page = await newPage();
    await login(page, t.url, 'longgang', PASSWORD);
    await page.goto(`${t.url}/assessments/${assessmentId}/fill`);
    await openTab(page, /C 学习与宣传/);
    await page.locator('#root_C_C1_activitiesPerYear').fill('12');
    await expectUnsaved(page);
    await waitSaved(page);
    // The browser's session ends (the newest one of this user); the test's own token stays valid.
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    await db.query(`update session set revoked_at = now() where id = (select max(id) from session where user_id = (select id from app_user where username = 'longgang'))`);
    await db.end();
    await page.locator('#root_C_C1_activitiesPerYear').fill('30');
    await page.getByText('登录已过期').waitFor();
    await look(page, '12-session-expired');
    await page.locator('#username').fill('longgang');
    await page.locator('#password').fill(PASSWORD);
    await page.locator('button[type=submit]').click();
    await openTab(page, /C 学习与宣传/);
    await page.locator('#root_C_C1_activitiesPerYear').waitFor();
    expect(await page.locator('#root_C_C1_activitiesPerYear').inputValue()).toBe('30');
    await waitSaved(page);
    expect((await assessmentOf(assessmentId, 'data')).data.C.C1.activitiesPerYear).toBe(30);
    await page.context().close();
  }, 40_000);

  // Measured: 3 s idle.
  test('a person without rights gets a clear message, not a blank page', async () => {
    const { assessmentId } = await freshAssessment(t, tokens, 'EMPTY', { unit: '水径社区' });
    const page = await newPage();
    await login(page, t.url, 'danzhutou', PASSWORD);
    await page.goto(`${t.url}/campaigns`);
    await page.getByText('您没有权限查看此页面').waitFor();
    await page.goto(`${t.url}/assessments/${assessmentId}/review`);
    await page.getByText('您没有权限查看此页面').waitFor();
    expect(await page.getByRole('button', { name: /返回我的工作/ }).count()).toBe(1);
    await look(page, '13-forbidden');
    // An address that is no page, and an id that cannot exist, each say so.
    await page.goto(`${t.url}/no-such-page`);
    await page.getByText('没有这个页面').waitFor();
    await page.goto(`${t.url}/assessments/abc/review`);
    await page.getByText('找不到该记录').waitFor();
    // Links from before the admin had real paths still lead to their page.
    await page.goto(`${t.url}/#/work`);
    await page.waitForURL(/\/work$/);
    await page.context().close();
  }, 30_000);
});

/** Right after typing, the page already says the change is not saved yet (so 已保存 later is about it). */
async function expectUnsaved(page: Page) {
  expect(await page.getByTestId('save-state').textContent()).toMatch(/有未保存的修改|正在保存/);
}

/** Waits until the save state reads 已保存: the page's own word that the server has everything typed. */
async function waitSaved(page: Page) {
  await page.getByTestId('save-state').getByText('已保存', { exact: true }).waitFor();
}

/** Clicks 提交自评 and confirms, once the draft is saved, no earlier dialog is still closing and this one has finished opening. */
async function confirmSubmit(page: Page) {
  await waitSaved(page);
  await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
  await page.getByTestId('submit').click();
  const ok = page.locator('.ant-modal-confirm .ant-btn-primary');
  await ok.waitFor();
  // The dialog zooms in from the button; a click is aimed once it stands still. Under CI's load a
  // click was still lost now and then (the dialog stayed open, its button idle, until the test's
  // limit): like a person, click again — never while the button is busy with a submission.
  await expect.poll(async () => {
    if (!(await ok.count())) return 'closed';
    const ready = await page.evaluate(() => {
      const dialog = document.querySelector('.ant-modal-confirm');
      return !!dialog && !dialog.querySelector('.ant-btn-loading') && dialog.getAnimations({ subtree: true }).every((a) => a.playState !== 'running');
    });
    if (ready) await ok.click({ timeout: 2000 }).catch(() => undefined);
    return 'open';
  }, { timeout: 20_000, interval: 1000 }).toBe('closed');
}

async function screenshotLogin(page: Page) {
  await page.goto(`${t.url}/`);
  await page.locator('#username').waitFor();
  await look(page, '01-login');
}
