// A province's campaign: PROVINCE_UNITS communities (26,000 by default, under 21 cities, ~120
// districts and ~1,600 streets) on a 100-indicator system, every assessment finalised with its
// answers and a score row per indicator, seeded in SQL (timed apart) — what the statistics, pages, saves and
// the export are measured on. The export: the time to stream the whole CSV over HTTP against
// `COPY … TO STDOUT` of the same rows (one per assessment, its scores in document order)
// through pg in the same run, and how far the server's RSS (its own process) rises while it streams.
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';

export interface Province {
  campaignId: string;
  versionId: string;
  units: number;
  seedSeconds: number;
}

export interface ExportBench {
  units: number;
  indicators: number;
  exportSeconds: number;
  copySeconds: number;
  ratio: number;
  bytes: number;
  copyBytes: number;
  rssBeforeMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
}

type Gql = (query: string, variables?: Record<string, unknown>) => Promise<any>;

/** A system of 10 groups × 9 leaves plus the groups: 100 indicators, manual leaves worth 1–2 points. */
function hundredIndicators() {
  const properties: Record<string, unknown> = {};
  for (let g = 0; g < 10; g++) {
    const code = String.fromCharCode(65 + g);
    const leaves: Record<string, unknown> = {};
    for (let l = 1; l <= 9; l++) {
      leaves[`${code}${l}`] = { type: 'object', title: `${code}${l} 指标`, properties: { note: { type: 'string', title: '说明' } },
        'x-indicator': { code: `${code}${l}`, maxScore: l === 9 ? 2 : 1, scoring: { method: 'manual' } } };
    }
    properties[code] = { type: 'object', title: `${code} 一级指标`, properties: leaves, 'x-indicator': { code, maxScore: 10 } };
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object', title: '百项指标基准', 'x-system': { code: 'bench-100', totalScore: 100, passScore: 60, targetLevel: 'community' }, properties };
}

/** Answers and self-scores for every leaf of `hundredIndicators`. */
function filledIn() {
  const data: Record<string, Record<string, { note: string }>> = {};
  const selfScores: Record<string, number> = {};
  for (let g = 0; g < 10; g++) {
    const code = String.fromCharCode(65 + g);
    data[code] = {};
    for (let l = 1; l <= 9; l++) {
      data[code][`${code}${l}`] = { note: `${code}${l}：本社区已按要求完成本项工作，制定了年度计划并按季度组织实施，相关计划、总结、活动照片和签到表见佐证材料，居民参与率逐年提高。` };
      selfScores[`${code}${l}`] = l === 9 ? 2 : 1;
    }
  }
  return { data, selfScores };
}

/**
 * `vacuum (analyze)` runs as the tables' owner (the app role may not): a running database's
 * autovacuum keeps statistics current and its rows' visibility settled. Right after a bulk load
 * only an explicit one does — without it, autovacuum started on the 2.6 M new rows during the first
 * measurements, and the first scans set every row's hint bits, both charged to whichever side
 * of a comparison ran first (the GraphQL side: stats read 1.1–1.9× over runs).
 */
export async function seedProvince(gql: Gql, db: pg.Pool, owner: pg.Pool, units: number): Promise<Province> {
  const seedStart = performance.now();
  const version = (await gql(`mutation($s: JSON!) { createIndicatorSystem(code: "bench-100", schema: $s) { code } publishIndicatorSystem(code: "bench-100") { id } }`, { s: hundredIndicators() })).publishIndicatorSystem.id;
  // The tree, level by level, each unit's path from its parent's.
  await gql(`mutation { createOrgUnit(input: { code: "440000", name: "广东省", level: "province" }) { id } }`);
  // Parents are spread evenly: the k-th new unit goes under parent k mod (number of parents).
  const level = async (name: string, levelCode: string, count: number, parentLevel: string, parentPrefix: string, codeOf: string) => {
    await db.query(`insert into org_unit (code, name, level, parent_id, path, attributes, revision, created_at)
      select ${codeOf}, '${name}' || n, $1, p.id, '', '{}', 0, now()
        from generate_series(0, $2 - 1) n
        join (select id, row_number() over (order by id) - 1 as k, count(*) over () as c from org_unit where level = $3 and code like $4) p on p.k = n % p.c`,
    [levelCode, count, parentLevel, `${parentPrefix}%`]);
    await db.query(`update org_unit o set path = p.path || o.id || '.' from org_unit p where o.parent_id = p.id and o.level = $1 and o.path = ''`, [levelCode]);
  };
  await level('市', 'city', 21, 'province', '440000', `'44' || lpad((n + 1)::text, 2, '0') || '00'`);
  await level('区', 'district', 120, 'city', '44', `'45' || lpad(n::text, 4, '0')`);
  await level('街道', 'street', Math.max(1, Math.round(units / 16)), 'district', '45', `'46' || lpad(n::text, 7, '0')`);
  await level('社区', 'community', units, 'street', '46', `'47' || lpad(n::text, 10, '0')`);
  const [{ id: first }] = (await db.query(`select id from org_unit where level = 'community' and code like '47%' order by id limit 1`)).rows;
  const campaignId = (await gql(`mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
    i: { name: '全省基准', year: 2025, systemVersionId: version, targetOrgUnitIds: [String(first)] },
  })).createCampaign.id;
  await db.query(`update campaign set status = 'OPEN', opened_at = now() where id = $1`, [campaignId]);
  // Every assessment with answers as a community writes them (a sentence or two per indicator,
  // 90 leaves: 19 KB) and its self-scores: a page that read documents it does not show would pay for them here.
  const { data, selfScores } = filledIn();
  await db.query(`insert into assessment (campaign_id, org_unit_id, unit_path, status, revision, data, computed, self_scores, self_score, final_score, passed, grade, vetoed, updated_at, faults, not_applicable)
    select $1, o.id, o.path, 'FINALIZED', 3, $2::jsonb, '{}', $3::jsonb, 60 + (o.id % 40), 60 + (o.id % 40), true, '合格', false, now(), '[]', '{}'
      from org_unit o where o.level = 'community' and o.code like '47%'`, [campaignId, JSON.stringify(data), JSON.stringify(selfScores)]);
  await db.query(`insert into assessment_score (campaign_id, assessment_id, indicator_code, title, level, position, max_score, self_score, street_score, expert_score, final_score, kind)
    select $1, a.id, i.code, i.code || ' 指标', i.level, i.position, i.max, i.max * 0.8, i.max * 0.8, i.max * 0.9, i.max * 0.9, 'score'
      from assessment a,
           (select chr(65 + g) as code, 1 as level, g * 10 as position, 10.0 as max from generate_series(0, 9) g
            union all select chr(65 + g) || l, 2, g * 10 + l, case when l = 9 then 2.0 else 1.0 end from generate_series(0, 9) g, generate_series(1, 9) l) i
     where a.campaign_id = $1`, [campaignId]);
  await owner.query('vacuum (analyze)');
  return { campaignId, versionId: version, units, seedSeconds: round((performance.now() - seedStart) / 1000) };
}

/** `serverRssMb`: the server process's resident memory now, sampled while it streams. */
export async function measureExport(db: pg.Pool, baseUrl: string, token: string, { campaignId, units }: Province, serverRssMb: () => number): Promise<ExportBench> {

  // The export, read as a client reads it; the server process's RSS sampled while it streams.
  const rssBefore = serverRssMb();
  let rssPeak = rssBefore;
  const sampler = setInterval(() => { rssPeak = Math.max(rssPeak, serverRssMb()); }, 20);
  const start = performance.now();
  const res = await fetch(`${baseUrl}/api/export/campaigns/${campaignId}.csv?headers=keys`, { headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'identity' } });
  if (res.status !== 200) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  const exportSeconds = (performance.now() - start) / 1000;
  clearInterval(sampler);
  if (lines !== units + 1) throw new Error(`the export has ${lines - 1} rows, expected ${units}`);

  const copyStart = performance.now();
  const client = await db.connect();
  let copyBytes = 0;
  try {
    const stream = client.query(copyTo(`copy (
      select a.id, o.code, o.name, a.status, a.self_score, a.street_score, a.final_score, a.passed, a.grade, a.vetoed, a.submitted_at, a.finalized_at, a.updated_at, a.revision,
             (select string_agg(concat_ws(',', s.self_score, s.street_score, s.expert_score, s.final_score), ',' order by s.position) from assessment_score s where s.assessment_id = a.id)
        from assessment a join org_unit o on o.id = a.org_unit_id where a.campaign_id = ${Number(campaignId)} order by a.id) to stdout with csv`));
    for await (const chunk of stream) copyBytes += (chunk as Buffer).length;
  } finally {
    client.release();
  }
  const copySeconds = (performance.now() - copyStart) / 1000;
  return {
    units, indicators: 100, exportSeconds: round(exportSeconds), copySeconds: round(copySeconds),
    ratio: round(exportSeconds / copySeconds), bytes, copyBytes, rssBeforeMb: rssBefore, rssPeakMb: rssPeak, rssGrowthMb: rssPeak - rssBefore,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
