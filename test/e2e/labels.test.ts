// Every field of every built-in system is drawn with its question: on the fill page, with the
// system's own ui-schema, each form item holding an input, a choice or yes/no buttons has a
// visible label. A yes/no drawn as bare 是/否 (B2 of the Shenzhen table is a veto) fails this test.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, onTestFailed, test } from 'vitest';
import { readBuiltInSystems } from '../../server/db/load-systems.js';
import { ADMIN_PASSWORD, startTestApp, type TestApp } from '../factories/app.factory.js';
import { CREATE_UNIT } from '../factories/world.factory.js';
import { expectAccessible } from './axe.js';
import { chromiumPath, launch, login, openTab, screenshot, settled } from './browser.js';

const systems = await readBuiltInSystems();

describe.skipIf(!chromiumPath)('every built-in field has its question', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  const assessments = new Map<string, string>();
  beforeAll(async () => {
    t = await startTestApp();
    const must = async (query: string, variables: Record<string, unknown>) => {
      const r = await t.gql(query, variables, t.adminToken);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!;
    };
    // One unit of each level the built-ins assess, with the attributes they declare.
    const unit = async (code: string, level: string, attributes: Record<string, unknown>, parentId?: string) =>
      (await must(CREATE_UNIT, { input: { code, name: `${level}-${code}`, level, parentId, attributes } })).createOrgUnit.id as string;
    const district = await unit('9001', 'district', { population: 500_000 });
    const street = await unit('900101', 'street', { population: 100_000 }, district);
    const units: Record<string, string> = {
      district, street, community: await unit('90010101', 'community', { population: 20_000 }, street),
    };
    units.county = await unit('9002', 'county', { population: 300_000 });
    units.school = await unit('900201', 'school', { stage: '小学' }, units.county);
    const campaigns = new Map<string, string>();
    for (const { schema } of (await import('../../server/db/load-systems.js')).inSourceOrder(systems)) {
      const sys = schema['x-system'] as { code: string; targetLevel: string; sources?: Record<string, { system: string }> };
      const version = (await must(`query($c: String!) { indicatorSystem(code: $c) { latestPublished { id } } }`, { c: sys.code })).indicatorSystem.latestPublished.id;
      const sources = Object.entries(sys.sources ?? {}).map(([name, s]) => ({ name, campaignId: campaigns.get(s.system) }));
      const id = (await must(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
        i: { name: `标签检查 ${sys.code}`, systemVersionId: version, targetOrgUnitIds: [units[sys.targetLevel]], sources },
      })).createCampaign.id;
      campaigns.set(sys.code, id);
      const opened = await must(`mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 1) { nodes { id } } } }`, { id });
      assessments.set(sys.code, opened.openCampaign.assessments.nodes[0].id);
    }
    browser = await launch();
    page = await (await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' })).newPage();
    page.on('pageerror', (e) => console.error('[browser]', e.message));
    await login(page, t.url, 'admin', ADMIN_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  // Measured: 2–4 s per system idle.
  test.each(systems.map((s) => [s.folder, s.schema] as const))('%s', async (folder, schema) => {
    onTestFailed(() => screenshot(page, `failed-labels-${folder}`));
    const code = (schema['x-system'] as { code: string }).code;
    await page.goto(`${t.url}/assessments/${assessments.get(code)}/fill`);
    const sections = Object.entries(schema.properties as Record<string, { title: string; 'x-indicator': { code: string } }>);
    const unlabelled: string[] = [];
    let checked = 0;
    for (const [, section] of sections) {
      await openTab(page, new RegExp(`^${section['x-indicator'].code} `));
      const form = page.getByTestId('fill-form');
      await form.locator('.ant-form-item').first().waitFor();
      const found = await form.evaluate((root) => {
        const controls = 'input:not([type=hidden]), textarea, .ant-select, .ant-radio-group, .ant-picker';
        // The innermost form items holding a control: an object's own item (an indicator card) holds others.
        const items = [...root.querySelectorAll('.ant-form-item')].filter((item) => !item.querySelector('.ant-form-item') && item.querySelector(controls));
        return {
          count: items.length,
          missing: items.filter((item) => !(item.querySelector(':scope > .ant-row > .ant-form-item-label')?.textContent ?? '').trim())
            .map((item) => item.querySelector(controls)?.getAttribute('id') ?? item.textContent?.slice(0, 30) ?? '?'),
        };
      });
      checked += found.count;
      unlabelled.push(...found.missing);
      // Every built-in table's every section, checked as it is drawn.
      await settled(page);
      await expectAccessible(page, `${folder} ${section['x-indicator'].code}`);
    }
    expect(unlabelled).toEqual([]);
    expect(checked).toBeGreaterThan(sections.length);
  }, 60_000);
});
