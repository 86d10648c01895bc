// The demo world loads through the real services: Longgang's streets and communities, one
// account per role, and a 2022 campaign with assessments in every state and scores near the
// documents' (average 95.4, the best 97.5).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp({ demo: true, demoPassword: 'Demo-pass-1' }); });
afterAll(() => t?.close());

test('every role can log in and the campaign shows every state', async () => {
  const tokens = Object.fromEntries(await Promise.all(['longgang', 'danzhutou', 'nanwan', 'expert'].map(async (u) => [u, await t.login(u, 'Demo-pass-1')])));
  const list = await t.gql(`{ campaigns { id name year assessments(first: 20) { nodes { status returnReason orgUnit { name } } } stats { total submitted finalized passed averageScore maxScore minScore coverage } } }`, {}, tokens.longgang);
  const [campaign] = list.data!.campaigns;
  expect(campaign).toMatchObject({ year: 2022, stats: { total: 10, finalized: 5, passed: 5, averageScore: 95.4, maxScore: 97.5, minScore: 93.5, coverage: 0.5 } });
  const states = new Set(campaign.assessments.nodes.map((n: { status: string }) => n.status));
  expect([...states].sort()).toEqual(['DRAFT', 'FINALIZED', 'RECOMMENDED', 'SUBMITTED']);
  expect(campaign.assessments.nodes.find((n: { orgUnit: { name: string } }) => n.orgUnit.name === '力昌社区').returnReason).toContain('经费');

  // The street reviewer has one waiting in its own street, and its street's reviews carry its name.
  const waiting = await t.gql(`{ myWork { nodes { status orgUnit { name } viewerCan { reviewStage } reviews { stage reviewerName } } } }`, {}, tokens.nanwan);
  expect(waiting.data!.myWork.nodes).toEqual([{ status: 'SUBMITTED', orgUnit: { name: '樟树布社区' }, viewerCan: { reviewStage: 'STREET' }, reviews: [] }]);
  const all = await t.gql(`{ myWork(waiting: false, first: 20) { nodes { orgUnit { name } reviews { stage reviewerName } } } }`, {}, tokens.nanwan);
  const danping = all.data!.myWork.nodes.find((n: { orgUnit: { name: string } }) => n.orgUnit.name === '丹平社区');
  expect(danping.reviews.find((r: { stage: string }) => r.stage === 'STREET').reviewerName).toBe('南湾街道办事处');

  const mine = await t.gql(`{ campaigns { assessments { nodes { status orgUnit { name } } } } }`, {}, tokens.danzhutou);
  expect(mine.data!.campaigns[0].assessments.nodes).toEqual([{ status: 'DRAFT', orgUnit: { name: '丹竹头社区' } }]);
  const units = await t.gql(`{ orgUnits(level: "street", first: 20) { totalCount } }`, {}, tokens.longgang);
  expect(units.data!.orgUnits.totalCount).toBe(11);
});

test('the county runs the 优质均衡 pair: its schools finalised, its own assessment deriving from them', async () => {
  const fogang = await t.login('fogang', 'Demo-pass-1');
  const list = await t.gql(`{ campaigns { name stats { total finalized standardResults { code met unmet } } } }`, {}, fogang);
  const byName = Object.fromEntries(list.data!.campaigns.map((c: { name: string }) => [c.name, c]));
  const schools = byName['2024年佛冈县义务教育学校资源配置评估'];
  expect(schools.stats).toMatchObject({ total: 9, finalized: 8 });
  expect(schools.stats.standardResults.find((r: { code: string }) => r.code === 'R')).toMatchObject({ met: 7, unmet: 1 });
  expect(byName['2024年佛冈县义务教育优质均衡发展督导评估'].stats.total).toBe(1);

  // The county's own filler sees the derived values with the schools behind them.
  const staff = await t.login('fogangjy', 'Demo-pass-1');
  const mine = await t.gql(`{ campaigns { assessments { nodes { status computed faults { path } indicatorScores { code selfResult } sources { units { name } notCounted { name status } } } } } }`, {}, staff);
  const [own] = mine.data!.campaigns.flatMap((c: any) => c.assessments.nodes);
  expect(own.status).toBe('DRAFT');
  expect(own.sources[0].units).toHaveLength(8);
  // The school still under review is named as not counted, not silently left out.
  expect(own.sources[0].notCounted).toEqual([{ name: '迳头镇中心小学', status: 'SUBMITTED' }]);
  expect(own.computed.A.A1).toMatchObject({ schools: 8, metSchools: 7 });
  const result = (code: string) => own.indicatorScores.find((s: { code: string }) => s.code === code).selfResult;
  expect([result('A1'), result('A2'), result('A3'), result('B'), result('C'), result('D')]).toEqual(['UNMET', 'MET', 'MET', 'MET', 'MET', 'MET']);
  expect(own.faults).toEqual([]);
});

test('a demo that fails halfway leaves nothing behind, and the next start loads it whole', async () => {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { createApp } = await import('../../server/app.js');
  const { loadConfig } = await import('../../server/config.js');
  const { createDatabase } = await import('../factories/app.factory.js');
  const database = await createDatabase();
  const configFor = (demoPassword: string) => loadConfig({ databaseUrl: database.ownerUrl, databaseAppUrl: database.appUrl, dataDir: mkdtempSync(join(tmpdir(), 'zhibiao-demo-')), adminPassword: 'Admin-pass-1', quiet: true, port: 0, demo: true, demoPassword }, {});
  // The units load first; the accounts then fail on a password the rule refuses.
  await expect(createApp(configFor('short'), () => {})).rejects.toThrow();
  const again = await createApp(configFor('Demo-pass-2'), () => {});
  try {
    const [{ units, accounts, campaigns }] = await again.db.orm.em.fork().getConnection().execute(
      `select (select count(*) from org_unit where code like '440307%')::int as units, (select count(*) from app_user where username in ('longgang', 'danzhutou', 'nanwan', 'expert'))::int as accounts, (select count(*) from campaign)::int as campaigns`);
    expect({ units, accounts, campaigns }).toEqual({ units: 1 + 11 + 10, accounts: 4, campaigns: 3 });
  } finally {
    await again.close();
  }
});
