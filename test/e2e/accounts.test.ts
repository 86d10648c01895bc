// Running a district from its own screens: the administrator resets a staff member's password
// (shown once), the staff member must choose a new one at the next login; a unit's population
// is corrected on the units page.
import { describe, expect, test } from 'vitest';
import { browserSuite, chromiumPath, DEMO_PASSWORD, login, look } from './browser.js';

const PASSWORD = DEMO_PASSWORD;

describe.skipIf(!chromiumPath)('administration in Chromium', () => {
  const suite = browserSuite('accounts', { viewport: { width: 1366, height: 768 } });
  const newPage = () => suite.newPage();

  // Measured: 6 s idle.
  test('a reset password is shown once, and its owner must replace it before anything else', async () => {
    const admin = await newPage();
    await login(admin, suite.t.url, 'longgang', PASSWORD);
    await admin.goto(`${suite.t.url}/users`);
    await admin.getByTestId('user-search').locator('input').fill('danzhutou');
    await admin.getByTestId('user-search').locator('input').press('Enter');
    await admin.getByTestId('reset-danzhutou').click();
    await admin.getByRole('button', { name: /确\s*定|OK/ }).click();
    const shown = admin.getByTestId('shown-password');
    await expect.poll(() => shown.textContent(), { timeout: 15_000 }).toMatch(/\S{8,}/);
    const password = (await shown.textContent())!.trim();
    await look(admin, '40-users-password-shown');

    const staff = await newPage();
    await login(staff, suite.t.url, 'danzhutou', password);
    await staff.getByTestId('must-change-password').waitFor();
    await staff.getByTestId('current-password').fill(password);
    await staff.getByTestId('new-password').fill('Own-pass-2026');
    await staff.getByTestId('new-password-again').fill('Own-pass-2026');
    await look(staff, '41-must-change-password');
    await staff.getByTestId('change-password-submit').click();
    await staff.getByRole('heading', { name: '我的工作' }).waitFor();
    expect(await suite.t.login('danzhutou', 'Own-pass-2026')).toBeTruthy();
    await admin.context().close();
    await staff.context().close();
  }, 40_000);

  // Measured: 5 s idle.
  test('units are imported from a sheet: a faulty row is shown at its row and nothing is written until the sheet is right', async () => {
    const sheet = async (rows: (string | number)[][]) => {
      const { default: ExcelJS } = await import('exceljs');
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('单位');
      ws.addRow(['代码', '名称', '层级', '上级代码', '常住人口', '学段']);
      for (const r of rows) ws.addRow(r);
      return { name: '单位.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) };
    };
    const page = await newPage();
    await login(page, suite.t.url, 'longgang', PASSWORD);
    await page.goto(`${suite.t.url}/units`);
    await page.getByTestId('import-units').click();
    const input = page.locator('.ant-modal input[type=file]');
    await input.setInputFiles(await sheet([['440307001001', '坂田社区', '社区', '440307001', 30000, ''], ['440307001002', '岗头社区', '社区', '440307999', 28000, '']]));
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 15_000 }).toContain('其中 1 行有问题');
    expect(await page.locator('.ant-modal').textContent()).toContain('440307999');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await look(page, '43-import-faults');
    await input.setInputFiles(await sheet([['440307001001', '坂田社区', '社区', '440307001', 30000, ''], ['440307001002', '岗头社区', '社区', '440307001', 28000, '']]));
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 15_000 }).toContain('检查通过');
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    const found = (await suite.t.gql(`{ orgUnits(search: "4403070010") { nodes { name attributes } } }`, {}, suite.t.adminToken)).data!.orgUnits.nodes;
    expect(found.map((u: { name: string }) => u.name).sort()).toEqual(['坂田社区', '岗头社区']);
    await page.context().close();
  }, 30_000);

  // Measured: 4 s idle.
  test('a unit\'s population is corrected on the units page', async () => {
    const page = await newPage();
    await login(page, suite.t.url, 'longgang', PASSWORD);
    await page.goto(`${suite.t.url}/units`);
    await page.getByTestId('edit-440307003001').click();
    await page.getByTestId('unit-attributes').fill('{"population": 39500}');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await expect.poll(async () => (await suite.t.gql(`{ orgUnits(search: "丹竹头") { nodes { attributes } } }`, {}, suite.t.adminToken)).data!.orgUnits.nodes[0].attributes, { timeout: 15_000 })
      .toEqual({ population: 39500 });
    await look(page, '42-units');
    await page.context().close();
  }, 30_000);
});
