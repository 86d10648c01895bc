// A small world for integration tests: 深圳市 → 龙岗区 → two streets → communities, one user
// per role, the factory system published, and a campaign over two communities, opened.
import { DEMO_PNG } from '../../server/db/demo-answers.js';
import type { JsonObject } from '../../server/engine/types.js';
import { buildIndicatorSystem } from './system.factory.js';
import type { ApiClient } from './api-client.js';

export const PASSWORD = 'Passw0rd-test';

export interface World {
  units: Record<'city' | 'district' | 'nanwan' | 'pinghu' | 'danzhutou' | 'danping' | 'shansha', string>;
  tokens: Record<'admin' | 'districtAdmin' | 'staff' | 'otherStaff' | 'reviewer' | 'otherReviewer' | 'expert' | 'otherExpert', string>;
  versionId: string;
  campaignId: string;
  /** Assessment ids by community. */
  assessments: { danzhutou: string; danping: string };
}

async function must(t: ApiClient, query: string, variables: Record<string, unknown>, token: string) {
  const r = await t.gql(query, variables, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!;
}

export const CREATE_UNIT = `mutation($input: CreateOrgUnitInput!) { createOrgUnit(input: $input) { id path } }`;
export const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;

export async function buildWorld(t: ApiClient, options: { open?: boolean } = {}): Promise<World> {
  const admin = t.adminToken;
  const unit = async (code: string, name: string, level: string, parentId?: string, population?: number) =>
    (await must(t, CREATE_UNIT, { input: { code, name, level, parentId, attributes: population ? { population } : {} } }, admin)).createOrgUnit.id as string;
  const city = await unit('440300', '深圳市', 'city');
  const district = await unit('440307', '龙岗区', 'district', city, 4_000_000);
  const nanwan = await unit('440307003', '南湾街道', 'street', district, 400_000);
  const pinghu = await unit('440307006', '平湖街道', 'street', district, 450_000);
  const danzhutou = await unit('440307003001', '丹竹头社区', 'community', nanwan, 10_000);
  const danping = await unit('440307003002', '丹平社区', 'community', nanwan, 20_000);
  const shansha = await unit('440307006001', '山厦社区', 'community', pinghu, 15_000);

  const user = async (username: string, role: string, orgUnitId: string) => {
    await must(t, CREATE_USER, { input: { username, password: PASSWORD, displayName: username, role, orgUnitId } }, admin);
    return t.login(username, PASSWORD);
  };
  const tokens = {
    admin,
    districtAdmin: await user('lg-admin', 'ADMIN', district),
    staff: await user('dzt-staff', 'STAFF', danzhutou),
    otherStaff: await user('ss-staff', 'STAFF', shansha),
    reviewer: await user('nw-reviewer', 'REVIEWER', nanwan),
    otherReviewer: await user('ph-reviewer', 'REVIEWER', pinghu),
    expert: await user('lg-expert', 'EXPERT', district),
    otherExpert: await user('ph-expert', 'EXPERT', pinghu),
  };

  const created = await must(t, `mutation($code: String!, $schema: JSON!) {
      createIndicatorSystem(code: $code, schema: $schema) { code }
      publishIndicatorSystem(code: $code) { id } }`, { code: 'test-system', schema: buildIndicatorSystem() }, admin);
  const versionId = created.publishIndicatorSystem.id as string;
  const campaign = await must(t, `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`, {
    input: { name: '2022年深圳市学习型社区督导评估', year: 2022, systemVersionId: versionId, targetOrgUnitIds: [danzhutou, danping], orgUnitId: district },
  }, tokens.districtAdmin);
  const campaignId = campaign.createCampaign.id as string;
  let assessments = { danzhutou: '', danping: '' };
  if (options.open !== false) {
    await must(t, `mutation($id: ID!) { openCampaign(id: $id) { status } }`, { id: campaignId }, tokens.districtAdmin);
    const list = await must(t, `query($id: ID!) { campaign(id: $id) { assessments(first: 10) { nodes { id orgUnit { name } } } } }`, { id: campaignId }, admin);
    const byName = new Map<string, string>(list.campaign.assessments.nodes.map((n: { id: string; orgUnit: { name: string } }) => [n.orgUnit.name, n.id]));
    assessments = { danzhutou: byName.get('丹竹头社区')!, danping: byName.get('丹平社区')! };
  }
  return { units: { city, district, nanwan, pinghu, danzhutou, danping, shansha }, tokens, versionId, campaignId, assessments };
}

/** A real 1×1 PNG, so content sniffing sees an image. */
export function tinyPng(): Buffer {
  return Buffer.from(DEMO_PNG);
}

export async function uploadEvidence(t: ApiClient, token: string, assessmentId: string, indicatorCode: string, file = tinyPng(), type = 'image/png', name = '照片.png') {
  const form = new FormData();
  form.append('assessmentId', assessmentId);
  form.append('indicatorCode', indicatorCode);
  form.append('file', new Blob([new Uint8Array(file)], { type }), name);
  const res = await fetch(`${t.url}/api/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}

/** Publishes `schema` (as the global administrator) and opens a campaign of the district on one unit; answers its assessment's id. */
export async function openCampaignOn(t: ApiClient, w: World, schema: JsonObject, unitId: string, name = '测试督导评估'): Promise<string> {
  const code = (schema['x-system'] as { code: string }).code;
  const system = await must(t, `mutation($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } publishIndicatorSystem(code: $c) { id } }`, { c: code, s: schema }, t.adminToken);
  const campaign = await must(t, `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, {
    i: { name, systemVersionId: system.publishIndicatorSystem.id, targetOrgUnitIds: [unitId], orgUnitId: w.units.district },
  }, w.tokens.districtAdmin);
  const opened = await must(t, `mutation($id: ID!) { openCampaign(id: $id) { assessments(first: 1) { nodes { id } } } }`, { id: campaign.createCampaign.id }, w.tokens.districtAdmin);
  return opened.openCampaign.assessments.nodes[0].id as string;
}
