// A bureau reads its campaign's results: charts drawn by ECharts, each also a table and a PNG;
// pass coverage by street drilled down to its communities; a comparison with another campaign.
import { describe, expect, test } from 'vitest';
import { browserSuite, chromiumPath, DEMO_PASSWORD, login, look } from './browser.js';

describe.skipIf(!chromiumPath)('the campaign dashboard in Chromium', () => {
  const suite = browserSuite('dashboard', { viewport: { width: 1366, height: 768 }, acceptDownloads: true });

  // Measured: 7 s idle.
  test('charts, tables, a PNG, drill-down from streets to communities and a comparison', async () => {
    const { t } = suite;
    const token = await t.login('longgang', DEMO_PASSWORD);
    const [campaign] = (await t.gql(`{ campaignConnection(first: 5) { nodes { id name systemVersion { id } orgUnit { id } targetOrgUnitIds } } }`, {}, token)).data!.campaignConnection.nodes;
    const other = await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`,
      { i: { name: '2021年学习型社区督导评估（对比用）', year: 2021, systemVersionId: campaign.systemVersion.id, targetOrgUnitIds: campaign.targetOrgUnitIds } }, token);
    expect(other.errors).toBeUndefined();

    const page = await suite.newPage();
    await login(page, t.url, 'longgang', DEMO_PASSWORD);
    await page.goto(`${t.url}/campaigns/${campaign.id}`);
    await page.getByTestId('open-dashboard').click();
    const byLevel = page.getByTestId('chart-by-level');
    await byLevel.locator('canvas').first().waitFor();
    await page.getByTestId('chart-distribution').locator('canvas').first().waitFor();
    await look(page, '60-dashboard');

    // The same numbers as a table; a row opens the street's communities.
    await byLevel.getByText('表格').click();
    await byLevel.getByRole('cell', { name: '南湾街道' }).click();
    await expect.poll(() => byLevel.locator('.ant-card-head').textContent(), { timeout: 10_000 }).toContain('按社区');
    await byLevel.getByText('表格').click();
    await expect.poll(() => byLevel.textContent(), { timeout: 10_000 }).toContain('丹竹头社区');
    expect(await byLevel.locator('.ant-breadcrumb').textContent()).toContain('南湾街道');

    // A chart as a PNG.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-distribution').click()]);
    expect(download.suggestedFilename()).toBe('得分分布.png');
    const bytes = Buffer.concat(await (await download.createReadStream()).toArray() as Buffer[]);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    // Compared with the other campaign (nothing finalised there yet: its rates are empty, not 0).
    await page.getByTestId('compare-with').click();
    await page.locator('.ant-select-item-option', { hasText: '2021年学习型社区督导评估' }).click();
    await expect.poll(() => page.getByTestId('compare-summary').textContent(), { timeout: 10_000 }).toContain('对比 —');
    await page.getByTestId('chart-compare').locator('canvas').first().waitFor();
    await look(page, '61-dashboard-compare');
    await page.context().close();
  }, 60_000);
});
