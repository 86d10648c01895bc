// Bulk export of a campaign (GET /api/export/campaigns/{id}.csv|.xlsx|.jsonl): one row per
// assessment with the unit, its ancestors, state, totals and one column per indicator and
// stage; the reader's scope as in the API; incremental pulls with updatedSince; bad input
// answered with a code and the path at fault.
import { gunzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { buildAnswers } from '../factories/system.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const SAVE = `mutation($id: ID!, $data: JSON!, $rev: Int!, $self: JSON) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: $rev, selfScores: $self) { revision updatedAt selfScore } }`;

const get = (path: string, token?: string, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/api/export/campaigns/${path}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } });

/** CSV text → rows of fields (quoted fields with commas and doubled quotes handled). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean)) {
    const fields: string[] = [];
    const re = /("((?:[^"]|"")*)"|[^,]*)(,|$)/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(line)) && m[0] !== '') {
      fields.push(m[2] !== undefined ? m[2].replace(/""/g, '"') : m[1]);
      if (!m[3]) break;
    }
    rows.push(fields);
  }
  return rows;
}

test('CSV: a row per assessment with unit, ancestors, state, totals and every indicator by stage; Chinese headers for people, keys for tools', async () => {
  const saved = await t.gql(SAVE, { id: w.assessments.danzhutou, data: buildAnswers(), rev: 0, self: { B: 8 } }, w.tokens.staff);
  expect(saved.errors).toBeUndefined();
  const res = await get(`${w.campaignId}.csv`, w.tokens.districtAdmin);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('2022年深圳市学习型社区督导评估.csv')}`);
  const bytes = Buffer.from(await res.arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM: Excel and WPS read it as UTF-8
  const text = bytes.toString('utf8');
  const [header, ...rows] = parseCsv(text);
  expect(header.slice(0, 6)).toEqual(['评估编号', '市代码', '市', '区代码', '区', '街道代码']);
  expect(header).toContain('单位代码');
  expect(rows).toHaveLength(2);
  const row = (name: string) => Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r.includes(name))![i]]));
  const dzt = row('丹竹头社区');
  expect(dzt).toMatchObject({ 单位代码: '440307003001', 市: '深圳市', 区: '龙岗区', 街道: '南湾街道', 状态: '填报中', 自评总分: String(saved.data!.saveAssessmentDraft.selfScore) });
  expect(Object.entries(dzt).find(([k]) => /^B .* · 自评$/.test(k))?.[1]).toBe('8'); // the manual leaf's self-score
  expect(row('丹平社区').状态).toBe('填报中');

  const keys = parseCsv(await (await get(`${w.campaignId}.csv?headers=keys`, w.tokens.districtAdmin)).text());
  expect(keys[0]).toEqual(expect.arrayContaining(['assessment.id', 'ancestor.street.name', 'unit.code', 'status', 'finalScore', 'B.self', 'B.street', 'B.expert', 'B.final']));
  expect(keys[1][keys[0].indexOf('status')]).toBe('DRAFT');
});

test('JSON Lines and Excel carry the same rows; responses are compressed when the client asks', async () => {
  const jsonl = await get(`${w.campaignId}.jsonl`, w.tokens.districtAdmin);
  expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
  const lines = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l));
  expect(lines).toHaveLength(2);
  const dzt = lines.find((l) => l.unit.code === '440307003001');
  expect(dzt.unit.ancestors.map((a: { level: string; name: string }) => `${a.level}:${a.name}`)).toEqual(['city:深圳市', 'district:龙岗区', 'street:南湾街道']);
  expect(dzt.indicators.B).toEqual({ self: 8, street: null, expert: null, final: null });

  const xlsx = await get(`${w.campaignId}.xlsx`, w.tokens.districtAdmin);
  expect(xlsx.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await xlsx.arrayBuffer());
  const sheet = book.worksheets[0];
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(1).values).toContain('单位名称');

  // gzip on the wire (fetch would undo it silently, so the raw bytes are read through node:http).
  const { request } = await import('node:http');
  const raw = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) => {
    request(`${t.url}/api/export/campaigns/${w.campaignId}.csv`, { headers: { authorization: `Bearer ${w.tokens.districtAdmin}`, 'accept-encoding': 'gzip' } }, (r) => {
      const chunks: Buffer[] = [];
      r.on('data', (c) => chunks.push(c)).on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks) })).on('error', reject);
    }).on('error', reject).end();
  });
  expect(raw.encoding).toBe('gzip');
  expect(gunzipSync(raw.body).toString()).toContain('丹竹头社区');
});

test('each reader exports only what the API shows them', async () => {
  const count = async (token: string) => (await (await get(`${w.campaignId}.jsonl`, token)).text()).trim().split('\n').filter(Boolean).length;
  expect(await count(w.tokens.staff)).toBe(1); // its own community
  expect(await count(w.tokens.reviewer)).toBe(2); // its street's two
  expect((await get(`${w.campaignId}.csv`, w.tokens.otherStaff)).status).toBe(403);
  expect((await get(`${w.campaignId}.csv`)).status).toBe(401);
  expect((await get(`${w.campaignId}.csv`, 'zb_not-a-token')).status).toBe(401);
  expect((await get('999999.csv', w.tokens.admin)).status).toBe(404);
});

test('updatedSince returns only what changed after it', async () => {
  const before = await t.gql(`query($id: ID!) { assessment(id: $id) { revision updatedAt } }`, { id: w.assessments.danping }, w.tokens.districtAdmin);
  const since = new Date(Date.now() - 1).toISOString();
  const all = await get(`${w.campaignId}.jsonl?updatedSince=${encodeURIComponent(since)}`, w.tokens.districtAdmin);
  expect((await all.text()).trim()).toBe(''); // nothing changed since
  const saved = await t.gql(SAVE, { id: w.assessments.danping, data: buildAnswers(), rev: before.data!.assessment.revision }, w.tokens.districtAdmin);
  expect(saved.errors).toBeUndefined();
  const changed = (await (await get(`${w.campaignId}.jsonl?updatedSince=${encodeURIComponent(since)}`, w.tokens.districtAdmin)).text()).trim().split('\n');
  expect(changed.map((l) => JSON.parse(l).unit.name)).toEqual(['丹平社区']);
  expect((await get(`${w.campaignId}.jsonl?updatedSince=2025-01-01`, w.tokens.districtAdmin)).status).toBe(200);
});

test('bad input: an unknown format, a malformed time, unknown headers or id — a code and the path at fault', async () => {
  const fault = async (path: string) => {
    const res = await get(path, w.tokens.districtAdmin);
    return { status: res.status, body: (await res.json()) as { error: { code: string; message: string; faults: { path: string }[] } } };
  };
  const pdf = await fault(`${w.campaignId}.pdf`);
  expect(pdf).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', faults: [{ path: '/format' }] } } });
  expect(pdf.body.error.message).toContain('.csv、.xlsx 或 .jsonl');
  for (const since of ['yesterday', '2025-13-45', '2025-06-01T25:00:00Z', '1717200000']) {
    expect(await fault(`${w.campaignId}.csv?updatedSince=${since}`)).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', faults: [{ path: '/updatedSince' }] } } });
  }
  expect(await fault(`${w.campaignId}.csv?headers=both`)).toMatchObject({ status: 400, body: { error: { faults: [{ path: '/headers' }] } } });
  expect(await fault('abc.csv')).toMatchObject({ status: 400, body: { error: { faults: [{ path: '/id' }] } } });
  // The server is still there.
  expect((await get(`${w.campaignId}.csv`, w.tokens.districtAdmin)).status).toBe(200);
});

test('the assessment connection pages by last update with updatedSince; campaigns come in pages', async () => {
  const PAGE = `query($id: ID!, $since: DateTimeISO, $after: String, $dir: OrderDirection!) { campaign(id: $id) {
    assessments(first: 1, after: $after, updatedSince: $since, orderBy: { field: UPDATED_AT, direction: $dir }) {
      totalCount nodes { id updatedAt orgUnit { name } } pageInfo { hasNextPage endCursor } } } }`;
  const all = async (dir: string, since?: string) => {
    const seen: { name: string; updatedAt: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const r = await t.gql(PAGE, { id: w.campaignId, since, after, dir }, w.tokens.districtAdmin);
      expect(r.errors).toBeUndefined();
      const page = r.data!.campaign.assessments;
      seen.push(...page.nodes.map((n: { updatedAt: string; orgUnit: { name: string } }) => ({ name: n.orgUnit.name, updatedAt: n.updatedAt })));
      if (!page.pageInfo.hasNextPage) return seen;
      after = page.pageInfo.endCursor;
    }
  };
  const asc = await all('ASC');
  expect(asc).toHaveLength(2);
  expect(asc.map((r) => r.updatedAt)).toEqual([...asc.map((r) => r.updatedAt)].sort());
  expect((await all('DESC')).map((r) => r.name)).toEqual(asc.map((r) => r.name).reverse());
  expect(await all('ASC', asc[0].updatedAt)).toEqual(asc.slice(1)); // strictly after

  const bad = await t.gql(PAGE, { id: w.campaignId, dir: 'ASC', after: Buffer.from('c:5').toString('base64url') }, w.tokens.districtAdmin);
  expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path: '/after' }] });
  const badTime = await t.gql(PAGE, { id: w.campaignId, dir: 'ASC', since: 'yesterday' }, w.tokens.districtAdmin);
  expect(badTime.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

  // Campaigns, newest first, one page at a time.
  await t.gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`,
    { i: { name: '第二项督导评估', systemVersionId: w.versionId, targetOrgUnitIds: [w.units.danzhutou] } }, w.tokens.districtAdmin);
  const CAMPAIGNS = `query($after: String) { campaignConnection(first: 1, after: $after) { totalCount nodes { id name } pageInfo { hasNextPage endCursor } } }`;
  const first = (await t.gql(CAMPAIGNS, {}, w.tokens.districtAdmin)).data!.campaignConnection;
  expect(first).toMatchObject({ totalCount: 2, nodes: [{ name: '第二项督导评估' }], pageInfo: { hasNextPage: true } });
  const second = (await t.gql(CAMPAIGNS, { after: first.pageInfo.endCursor }, w.tokens.districtAdmin)).data!.campaignConnection;
  expect(second).toMatchObject({ nodes: [{ id: w.campaignId }], pageInfo: { hasNextPage: false } });
  // A filler sees only the campaigns it takes part in (the new one is not open yet: no assessment).
  expect((await t.gql(CAMPAIGNS, {}, w.tokens.staff)).data!.campaignConnection.totalCount).toBe(1);
  const year = await t.gql(`{ campaignConnection(year: 1999) { totalCount } }`, {}, w.tokens.districtAdmin);
  expect(year.data!.campaignConnection.totalCount).toBe(0);
});
