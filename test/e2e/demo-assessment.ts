// Each browser test brings its own assessment to the state it starts from, through the API, in
// a campaign of its own on the demo system — so no test depends on what another one left behind
// and any one of them can run alone.
import { type CompiledSystem, compileSystem } from '../../server/engine/index.js';
import { DEMO_PNG, demoAnswers, manualScoresFor } from '../../server/db/demo-answers.js';
import type { TestApp } from '../factories/app.factory.js';
import { uploadEvidence } from '../factories/world.factory.js';

export type Stage = 'EMPTY' | 'ANSWERED' | 'SUBMITTED' | 'RECOMMENDED' | 'FINALIZED';

export interface DemoTokens { admin: string; staff: string; street: string; expert: string }

export interface FreshAssessment {
  campaignId: string;
  campaignName: string;
  assessmentId: string;
  compiled: CompiledSystem;
}

export async function demoTokens(t: TestApp, password: string): Promise<DemoTokens> {
  const [admin, staff, street, expert] = await Promise.all(['longgang', 'danzhutou', 'nanwan', 'expert'].map((u) => t.login(u, password)));
  return { admin, staff, street, expert };
}

async function must(t: TestApp, query: string, variables: Record<string, unknown>, token: string) {
  const r = await t.gql(query, variables, token);
  if (r.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(r.errors)}`);
  return r.data!;
}

let campaigns = 0;

/**
 * A new open campaign on the demo system over one community (丹竹头社区 unless told), its
 * assessment brought to `stage`. ANSWERED leaves out what `leaveOut` names (answers as
 * `D.D2.funding`, evidence as indicator codes) so the browser can do the rest.
 */
export async function freshAssessment(t: TestApp, tokens: DemoTokens, stage: Stage, options: {
  unit?: string; leaveOut?: { answers?: string[]; evidence?: string[] }; finalScore?: number;
} = {}): Promise<FreshAssessment> {
  const unitName = options.unit ?? '丹竹头社区';
  const campaignName = `浏览器测试督导评估 ${++campaigns}-${Math.random().toString(36).slice(2, 6)}`;
  const system = await must(t, `{ indicatorSystem(code: "sz-learning-community") { versions { id status schema } } }`, {}, tokens.admin);
  const version = system.indicatorSystem.versions.find((v: { status: string }) => v.status === 'PUBLISHED');
  const units = await must(t, `query($s: String!) { orgUnits(search: $s, first: 5) { nodes { id name attributes } } }`, { s: unitName }, tokens.admin);
  const unit = units.orgUnits.nodes.find((u: { name: string }) => u.name === unitName);
  const created = await must(t, `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
    input: { name: campaignName, systemVersionId: version.id, targetOrgUnitIds: [unit.id], deadlines: { submit: '2030-06-20', review: '2030-08-20', expert: '2030-11-30' } },
  }, tokens.admin);
  const campaignId = created.createCampaign.id as string;
  await must(t, `mutation($id: ID!) { openCampaign(id: $id) { status } }`, { id: campaignId }, tokens.admin);
  const list = await must(t, `query($id: ID!) { campaign(id: $id) { assessments(first: 5) { nodes { id revision } } } }`, { id: campaignId }, tokens.admin);
  const assessment = list.campaign.assessments.nodes[0];
  const result = compileSystem(version.schema);
  if (!result.ok) throw new Error('the demo system does not compile');
  const compiled = result.compiled;
  const fresh = { campaignId, campaignName, assessmentId: assessment.id as string, compiled };
  if (stage === 'EMPTY') return fresh;

  const data = demoAnswers(compiled, { name: unitName, attributes: unit.attributes } as never, true) as Record<string, any>;
  for (const path of options.leaveOut?.answers ?? []) {
    const keys = path.split('.');
    delete keys.slice(0, -1).reduce((at, k) => at[k], data)[keys.at(-1)!];
  }
  const self = manualScoresFor(compiled, (options.finalScore ?? 96) + 0.5);
  const saved = await must(t, `mutation($id: ID!, $d: JSON!, $r: Int!, $s: JSON) { saveAssessmentDraft(id: $id, data: $d, expectedRevision: $r, selfScores: $s) { revision } }`,
    { id: fresh.assessmentId, d: data, r: assessment.revision, s: self }, tokens.staff);
  for (const node of compiled.system.all.filter((n) => n.evidence?.required && !options.leaveOut?.evidence?.includes(n.code))) {
    const upload = await uploadEvidence(t, tokens.staff, fresh.assessmentId, node.code, DEMO_PNG);
    if (upload.status !== 201) throw new Error(`evidence for ${node.code}: ${upload.status} ${JSON.stringify(upload.body)}`);
  }
  if (stage === 'ANSWERED') return fresh;

  await must(t, `mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, { id: fresh.assessmentId, r: saved.saveAssessmentDraft.revision }, tokens.staff);
  if (stage === 'SUBMITTED') return fresh;
  const review = `mutation($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $opinion: String, $scores: JSON) {
    reviewAssessment(id: $id, stage: $stage, decision: $decision, opinion: $opinion, scores: $scores) { status } }`;
  await must(t, review, { id: fresh.assessmentId, stage: 'STREET', decision: 'RECOMMEND', opinion: '材料齐全，同意推荐' }, tokens.street);
  if (stage === 'RECOMMENDED') return fresh;
  await must(t, review, { id: fresh.assessmentId, stage: 'EXPERT', decision: 'FINALIZE', opinion: '成效明显', scores: manualScoresFor(compiled, options.finalScore ?? 96) }, tokens.expert);
  return fresh;
}

/**
 * The demo's own assessments and campaigns by what they are: `draft` (丹竹头, a draft), `finalised`
 * (丹平), `recommended` (上木古), `campaign` (龙岗's), `schoolCampaign` and `school` (a
 * finalised school in 佛冈's), `countyDraft` (佛冈's county assessment).
 */
export async function demoIds(t: TestApp, password: string): Promise<Record<string, string>> {
  type Node = { id: string; status: string; orgUnit: { name: string } };
  const list = async (user: string) => (await t.gql(`{ campaigns { id name assessments(first: 20) { nodes { id status orgUnit { name } } } } }`, {}, await t.login(user, password))).data!
    .campaigns as { id: string; name: string; assessments: { nodes: Node[] } }[];
  const [longgang] = await list('longgang');
  const find = (name: string) => longgang.assessments.nodes.find((n) => n.orgUnit.name === name)?.id;
  const ids: Record<string, string | undefined> = {
    campaign: longgang.id, draft: find('丹竹头社区'), finalised: find('丹平社区'), recommended: find('上木古社区'),
  };
  for (const c of await list('fogang')) {
    if (c.name.includes('学校资源配置')) Object.assign(ids, { schoolCampaign: c.id, school: c.assessments.nodes.find((n) => n.status === 'FINALIZED')?.id });
    else ids.countyDraft = c.assessments.nodes[0]?.id;
  }
  const missing = Object.entries(ids).filter(([, id]) => !id).map(([key]) => key);
  if (missing.length) throw new Error(`the demo has no ${missing.join(', ')}`);
  return ids as Record<string, string>;
}

/**
 * Every page of the admin, per demo account, each path's `{key}` an id of `demoPageIds`: the
 * accessibility suite checks all of them at both sizes, the phone suite that each fits 390 px.
 */
export const DEMO_PAGES: [user: string, paths: string[]][] = [
  ['danzhutou', ['/work', '/assessments/{draft}/fill', '/no-such-page']],
  ['nanwan', ['/work', '/assessments/{finalised}/review', '/assessments/{submitted}/review']],
  ['expert', ['/work', '/assessments/{recommended}/review']],
  ['longgang', ['/work', '/campaigns', '/campaigns/{campaign}', '/campaigns/{campaign}/dashboard', '/systems', '/systems/sz-learning-community',
    '/builder/sz-learning-community', '/builder/new', '/users', '/units', '/integrations']],
  ['fogangjy', ['/work', '/assessments/{countyDraft}/fill']],
  ['fogang', ['/campaigns', '/campaigns/{schoolCampaign}', '/campaigns/{schoolCampaign}/dashboard', '/assessments/{school}/review']],
];

/**
 * The ids DEMO_PAGES name: the demo's own (demoIds) and a submission waiting for 南湾's street
 * (the demo's own is outside it), made with `tokens` when the caller has logged in already.
 */
export async function demoPageIds(t: TestApp, password: string, tokens?: DemoTokens): Promise<Record<string, string>> {
  const ids = await demoIds(t, password);
  ids.submitted = (await freshAssessment(t, tokens ?? await demoTokens(t, password), 'SUBMITTED')).assessmentId;
  return ids;
}

/** A DEMO_PAGES path with its id put in. */
export const demoPath = (path: string, ids: Record<string, string>) => path.replace(/\{(\w+)\}/, (_, key: string) => ids[key]);
