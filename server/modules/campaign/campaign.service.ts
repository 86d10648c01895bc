// Campaigns: created on a published version over target units inside the creator's
// subtree; opening creates one assessment per target; closing stops filling.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ajvFaults, createAjv } from '../../engine/ajv.js';
import type { Fault, SourceDeclaration, SystemMeta } from '../../engine/types.js';
import type { Page } from '../../core/paging.js';
import { pageNewestFirst } from '../../db/newest-first.js';
import { badInput, conflict, forbidden, notFound } from '../../core/errors.js';
import { type Actor, authorize, can, requireActor, scopeCondition, scopeFilter } from '../auth/policy.js';
import { Assessment } from '../assessment/assessment.entity.js';
import { IndicatorSystemVersion, VersionStatus } from '../indicator-system/indicator-system.entity.js';
import { compiledVersion } from '../indicator-system/indicator-system.service.js';
import { OrgUnit } from '../org-unit/org-unit.entity.js';
import { findVisibleUnit, parseId } from '../org-unit/org-unit.service.js';
import { Campaign, CampaignStatus } from './campaign.entity.js';
import type { CampaignSourceInput, CreateCampaignInput } from './campaign.types.js';
import { enqueueEvent } from '../webhook/webhook.service.js';

const DEADLINE_KEYS = ['submit', 'review', 'expert'];

export async function createCampaign(em: EntityManager, actorIn: Actor | undefined, input: CreateCampaignInput): Promise<Campaign> {
  const actor = requireActor(actorIn);
  const faults: Fault[] = [];
  const name = input.name.trim();
  if (!name || name.length > 200) faults.push({ path: '/input/name', message: '请填写督导评估名称（不超过 200 字）' });
  const year = input.year ?? new Date().getFullYear();
  if (!Number.isInteger(year) || year < 2000 || year > 2100) faults.push({ path: '/input/year', message: '年度应在 2000 到 2100 之间' });

  const owner = input.orgUnitId ? await findVisibleUnit(em, actor, parseId(input.orgUnitId, '/input/orgUnitId')) : undefined;
  const ownerPath = owner?.path ?? actor.unitPath ?? '';
  authorize(actor, 'campaign:manage', ownerPath);

  const version = await em.findOne(IndicatorSystemVersion, { id: parseId(input.systemVersionId, '/input/systemVersionId') });
  if (!version) throw badInput([{ path: '/input/systemVersionId', message: '指标体系版本不存在，请重新选择' }]);
  if (version.status !== VersionStatus.PUBLISHED) {
    throw badInput([...faults, { path: '/input/systemVersionId', message: '只能使用已发布的指标体系版本，请先发布或选择其他版本' }]);
  }
  const meta = compiledVersion(version).system.meta;
  // A 达标 system passes by its results, not by points: no pass mark is needed (0 is kept).
  const passScore = input.passScore ?? meta.passScore ?? (meta.kind === 'standard' ? 0 : undefined);
  if (passScore === undefined || !Number.isFinite(passScore) || passScore < 0 || passScore > meta.totalScore) {
    faults.push({ path: '/input/passScore', message: `请填写合格分（0 到 ${meta.totalScore}）` });
  }
  const deadlines: Record<string, string> = {};
  for (const [key, value] of Object.entries(input.deadlines ?? {})) {
    if (!DEADLINE_KEYS.includes(key)) faults.push({ path: `/input/deadlines/${key}`, message: `截止日期只能是 ${DEADLINE_KEYS.join('、')}` });
    else if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(Date.parse(value))) {
      faults.push({ path: `/input/deadlines/${key}`, message: '日期格式应为 YYYY-MM-DD' });
    } else deadlines[key] = value;
  }
  faults.push(...(await checkTargets(em, actor, input.targetOrgUnitIds, ownerPath, meta.targetLevel)));
  const sources = await linkSources(em, actor, meta.sources, input.sources ?? [], faults, { path: '/input/sources', requireAll: true });
  if (faults.length) throw badInput(faults);

  const campaign = em.create(Campaign, {
    name, year, systemVersion: version, ownerUnit: owner ?? (actor.unitId ? em.getReference(OrgUnit, actor.unitId) : undefined),
    ownerPath, targetOrgUnitIds: [...new Set(input.targetOrgUnitIds.map(Number))], passScore: passScore as number, deadlines, sources,
  });
  await em.persist(campaign).flush();
  return campaign;
}

/**
 * Each source the system declares, linked to a campaign the actor may see that runs the
 * declared system: { name: campaign id }. A campaign needs every declared source linked
 * (`requireAll`); the builder's preview may leave some out.
 */
export async function linkSources(
  em: EntityManager, actor: Actor, sources: Record<string, SourceDeclaration>, given: CampaignSourceInput[], faults: Fault[], options: { path: string; requireAll: boolean },
): Promise<Record<string, number>> {
  const links: Record<string, number> = {};
  for (const [i, link] of given.entries()) {
    const path = `${options.path}/${i}`;
    const declared = Object.hasOwn(sources, link.name) ? sources[link.name] : undefined;
    if (!declared) {
      faults.push({ path: `${path}/name`, message: `指标体系没有名为“${link.name}”的数据来源（可用：${Object.keys(sources).join('、') || '无'}）` });
      continue;
    }
    const source = await em.findOne(Campaign, { id: Number(link.campaignId) || 0 }, { populate: ['systemVersion.system'] });
    if (!source || !can(actor, 'campaign:read', source.ownerPath)) {
      faults.push({ path: `${path}/campaignId`, message: '来源督导评估不存在或不在您的管辖范围内，请重新选择' });
      continue;
    }
    const code = source.systemVersion.system.code;
    if (code !== declared.system) {
      faults.push({ path: `${path}/campaignId`, message: `“${source.name}”使用的指标体系是 ${code}，来源“${link.name}”需要 ${declared.system} 的督导评估` });
      continue;
    }
    links[link.name] = source.id;
  }
  for (const name of options.requireAll ? Object.keys(sources) : []) {
    if (!(name in links) && !given.some((g) => g.name === name)) {
      faults.push({ path: options.path, message: `请为数据来源“${name}”选择一次使用 ${sources[name].system} 的督导评估` });
    }
  }
  return links;
}

async function checkTargets(em: EntityManager, actor: Actor, ids: string[], ownerPath: string, level?: string): Promise<Fault[]> {
  if (ids.length === 0) return [{ path: '/input/targetOrgUnitIds', message: '请至少选择一个受评单位' }];
  if (ids.length > 100_000) return [{ path: '/input/targetOrgUnitIds', message: '受评单位过多' }];
  const numeric = ids.map((id) => Number(id));
  const units = await em.find(OrgUnit, { id: { $in: numeric.filter((n) => Number.isInteger(n) && n > 0) } });
  const byId = new Map(units.map((u) => [u.id, u]));
  const faults: Fault[] = [];
  numeric.forEach((id, i) => {
    const unit = byId.get(id);
    const path = `/input/targetOrgUnitIds/${i}`;
    if (!unit || !can(actor, 'orgUnit:read', unit.path)) faults.push({ path, message: '受评单位不存在或不在您的管辖范围内' });
    else if (!unit.path.startsWith(ownerPath)) faults.push({ path, message: `“${unit.name}”不在本督导评估组织单位之下` });
    else if (level && unit.level !== level) {
      faults.push({ path, message: `“${unit.name}”不是本指标体系适用的层级（${level}），请重新选择` });
    }
  });
  return faults;
}

/** The campaign if `actor` may see it: it manages it, or some target lies in its scope. */
export async function findVisibleCampaign(em: EntityManager, actor: Actor, id: number): Promise<Campaign> {
  return visibleOrRefused(em, actor, await em.findOne(Campaign, { id }));
}

/**
 * The same for reading only: the row from the request's loader, plain rather than a managed
 * entity (the ORM's query building and hydration were most of a small `campaign(id)` query's time).
 * Nothing may change or populate what it returns.
 */
export async function readVisibleCampaign(em: EntityManager, actor: Actor, loader: { load(id: number): Promise<Campaign | undefined> }, id: number): Promise<Campaign> {
  return visibleOrRefused(em, actor, await loader.load(id));
}

async function visibleOrRefused(em: EntityManager, actor: Actor, campaign: Campaign | null | undefined): Promise<Campaign> {
  if (!campaign) throw notFound('督导评估');
  if (can(actor, 'campaign:manage', campaign.ownerPath)) return campaign;
  const visible = await em.count(Assessment, { campaign: campaign.id, unitPath: scopeFilter(actor) });
  if (!visible) throw forbidden('您无权查看此督导评估');
  return campaign;
}

/** SQL over `campaign c` for the campaigns `actor` may see: those it manages, or with an assessment in its scope. */
function visibleCampaigns(actor: Actor): { sql: string; params: unknown[] } {
  const scope = scopeCondition(actor, 'a.unit_path');
  const assessed = `exists (select 1 from assessment a where a.campaign_id = c.id and ${scope.sql})`;
  return actor.role === 'ADMIN'
    ? { sql: `(c.owner_path like ? or ${assessed})`, params: [`${actor.unitPath ?? ''}%`, ...scope.params] }
    : { sql: assessed, params: [...scope.params] };
}

export async function listCampaigns(em: EntityManager, actorIn: Actor | undefined): Promise<Campaign[]> {
  const visible = visibleCampaigns(requireActor(actorIn));
  const rows = await em.getConnection().execute<{ id: number }[]>(`select c.id from campaign c where ${visible.sql} order by c.year desc, c.id desc`, visible.params);
  return rows.length ? em.find(Campaign, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { year: 'desc', id: 'desc' } }) : [];
}

export interface CampaignPageArgs { first?: number; after?: string; year?: number; status?: CampaignStatus }

/** The campaigns `listCampaigns` shows, newest first, a page at a time (keyset on id). */
export async function pageCampaigns(em: EntityManager, actorIn: Actor | undefined, args: CampaignPageArgs): Promise<Page<Campaign>> {
  const visible = visibleCampaigns(requireActor(actorIn));
  const params = [...visible.params];
  const filters = [visible.sql];
  if (args.year !== undefined) { filters.push('c.year = ?'); params.push(args.year); }
  if (args.status) { filters.push('c.status = ?'); params.push(args.status); }
  return pageNewestFirst(em, Campaign, 'c', `from campaign c where ${filters.join(' and ')}`, params, args);
}

/** Each target unit whose attributes do not satisfy the system's `x-system.unitAttributes`, named with the attribute. */
function unitAttributeFaults(version: IndicatorSystemVersion, units: OrgUnit[]): Fault[] {
  const declared = (version.schema['x-system'] as Record<string, unknown> | undefined)?.unitAttributes;
  if (!declared || typeof declared !== 'object') return [];
  const validate = createAjv().compile(declared as object);
  const faults: Fault[] = [];
  for (const unit of units) {
    if (validate(unit.attributes ?? {})) continue;
    for (const f of ajvFaults(validate.errors)) {
      const name = f.path.split('/')[1];
      const title = (((declared as Record<string, unknown>).properties as Record<string, { title?: string }> | undefined)?.[name]?.title);
      const attribute = name ? `属性“${title ? `${title}（${name}）` : name}”` : '属性';
      faults.push({
        path: `/targets/${unit.code}/attributes${f.path === '/' ? '' : f.path}`,
        message: `${unit.name}（${unit.code}）的${attribute}不符合要求：${f.message}；请先在单位信息中补正，或从受评单位中移除`,
      });
    }
  }
  return faults;
}

export async function openCampaign(em: EntityManager, actorIn: Actor | undefined, id: number): Promise<Campaign> {
  const actor = requireActor(actorIn);
  const campaign = await findVisibleCampaign(em, actor, id);
  authorize(actor, 'campaign:manage', campaign.ownerPath);
  return em.transactional(async (tx) => {
    const moved = await tx.nativeUpdate(Campaign, { id, status: CampaignStatus.DRAFT }, { status: CampaignStatus.OPEN, openedAt: new Date() });
    if (moved === 0) throw conflict('该督导评估已开始或已结束，不能再次开始，请刷新页面查看最新状态');
    const units = await tx.find(OrgUnit, { id: { $in: campaign.targetOrgUnitIds } });
    const faults = unitAttributeFaults(await tx.findOneOrFail(IndicatorSystemVersion, { id: campaign.systemVersion.id }), units);
    if (faults.length) throw badInput(faults, '有受评单位缺少指标体系要求的属性，请先在单位中补全后再开始填报');
    await tx.insertMany(Assessment, units.map((u) => ({
      campaign: id, orgUnit: u.id, unitPath: u.path, status: 'DRAFT', revision: 0, data: {}, computed: {}, selfScores: {}, unitAttributes: u.attributes,
      selfScore: 0, vetoed: false, updatedAt: new Date(),
    })) as never);
    await tx.refresh(campaign);
    await enqueueEvent(tx, 'campaign.opened', campaignEvent(campaign), { campaignId: id, ownerPath: campaign.ownerPath });
    return campaign;
  });
}

const TRANSITIONS = {
  close: { from: CampaignStatus.OPEN, to: CampaignStatus.CLOSED, refused: '只有填报中的督导评估可以截止，请刷新页面查看最新状态' },
  publish: { from: CampaignStatus.CLOSED, to: CampaignStatus.PUBLISHED, refused: '只有已截止的督导评估可以公布结果，请先截止填报' },
} as const;

/** Closing stops filling (reviews go on); publishing announces the results of a closed campaign. */
export async function moveCampaign(em: EntityManager, actorIn: Actor | undefined, id: number, step: keyof typeof TRANSITIONS): Promise<Campaign> {
  const actor = requireActor(actorIn);
  const campaign = await findVisibleCampaign(em, actor, id);
  authorize(actor, 'campaign:manage', campaign.ownerPath);
  const { from, to, refused } = TRANSITIONS[step];
  const moved = await em.nativeUpdate(Campaign, { id, status: from }, { status: to, ...(step === 'close' ? { closedAt: new Date() } : {}) });
  if (moved === 0) throw conflict(refused);
  await em.refresh(campaign);
  await enqueueEvent(em, step === 'close' ? 'campaign.closed' : 'campaign.published', campaignEvent(campaign), { campaignId: id, ownerPath: campaign.ownerPath });
  return campaign;
}

function campaignEvent(c: Campaign): Record<string, unknown> {
  return { campaign: { id: String(c.id), name: c.name, year: c.year, status: c.status } };
}
