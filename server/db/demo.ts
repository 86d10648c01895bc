// Loads the demo world into an empty database through the same services people use:
// org units, one account per role, a 2022 campaign on the Shenzhen learning-community
// system with assessments in every state, and the 优质均衡 pair in 佛冈县 (demo-county.ts). Never run against DATABASE_URL unless asked (--demo).
import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { reviewAssessment } from '../modules/assessment/assessment-review.service.js';
import { saveAssessmentDraft, submitAssessment } from '../modules/assessment/assessment.service.js';
import { loadWork } from '../modules/assessment/assessment-work.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { ReviewDecision, ReviewStage } from '../modules/assessment/review.entity.js';
import { generatePassword } from '../modules/auth/password.js';
import type { Actor } from '../modules/auth/policy.js';
import { actorOf } from '../modules/auth/session.service.js';
import { Role, type User } from '../modules/auth/user.entity.js';
import { createUser } from '../modules/auth/user.service.js';
import { createCampaign, openCampaign } from '../modules/campaign/campaign.service.js';
import type { EvidenceStore } from '../modules/evidence/evidence.storage.js';
import { saveAttachment, storeUpload } from '../modules/evidence/evidence.service.js';
import { IndicatorSystemVersion, VersionStatus } from '../modules/indicator-system/indicator-system.entity.js';
import { findSystem } from '../modules/indicator-system/indicator-system.service.js';
import { OrgUnit } from '../modules/org-unit/org-unit.entity.js';
import { createOrgUnit } from '../modules/org-unit/org-unit.service.js';
import { loadCountyCampaigns, loadCountyUnits } from './demo-county.js';
import { DEMO_CITY, DEMO_COUNTY, DEMO_DISTRICT, DEMO_SCHOOLS, DEMO_STREETS, DEMO_TARGETS, DEMO_USERS } from './demo-data.js';
import { SYSTEM_ACTOR } from './load-systems.js';
import { demoAnswers, DEMO_PDF, DEMO_PNG, manualScoresFor } from './demo-answers.js';

/** Whether the demo belongs here: an empty embedded database, or anywhere when asked for. */
export async function shouldLoadDemo(em: EntityManager, embedded: boolean, config: Readonly<Config>): Promise<boolean> {
  if ((await em.count(OrgUnit, { code: DEMO_CITY.code })) > 0) return false;
  return config.demo || (embedded && (await em.count(OrgUnit, {})) === 0);
}

/** Loads the demo inside the transaction `tx` belongs to: every step works on a fork that keeps it. */
export async function loadDemo(tx: EntityManager, config: Readonly<Config>, store: EvidenceStore, log: (line: string) => void): Promise<Record<string, string>> {
  const fork = () => tx.fork({ keepTransactionContext: true });
  const units = new Map<string, OrgUnit>();
  const unit = async (code: string, name: string, level: string, attributes: Record<string, unknown>, parent?: OrgUnit) => {
    const u = await createOrgUnit(fork(), SYSTEM_ACTOR, { code, name, level, parentId: parent ? String(parent.id) : undefined, attributes });
    units.set(name, u);
    return u;
  };
  const city = await unit(DEMO_CITY.code, DEMO_CITY.name, 'city', { population: DEMO_CITY.population });
  const district = await unit(DEMO_DISTRICT.code, DEMO_DISTRICT.name, 'district', { population: DEMO_DISTRICT.population }, city);
  for (const s of DEMO_STREETS) {
    const street = await unit(s.code, s.name, 'street', { population: s.population }, district);
    for (const [code, name, population] of s.communities) await unit(code, name, 'community', { population }, street);
  }
  await loadCountyUnits(unit);

  const passwords: Record<string, string> = {};
  const actors: Record<string, Actor> = {};
  for (const u of DEMO_USERS) {
    const password = config.demoPassword ?? generatePassword();
    const userEm = fork();
    const user: User = await createUser(userEm, SYSTEM_ACTOR, { username: u.username, password, displayName: u.displayName, role: u.role as Role, orgUnitId: String(units.get(u.unit)!.id) });
    await userEm.populate(user, ['orgUnit']);
    passwords[u.username] = password;
    actors[u.username] = actorOf(user);
  }

  const system = await findSystem(tx, 'sz-learning-community');
  const version = await tx.findOneOrFail(IndicatorSystemVersion, { system, status: VersionStatus.PUBLISHED });
  const campaign = await createCampaign(fork(), actors.longgang, {
    name: '2022年深圳市学习型社区督导评估（龙岗区）', year: 2022, systemVersionId: String(version.id), orgUnitId: String(district.id),
    targetOrgUnitIds: DEMO_TARGETS.map((t) => String(units.get(t.name)!.id)), deadlines: { submit: '2022-06-20', review: '2022-08-20', expert: '2022-11-30' },
  });
  await openCampaign(fork(), actors.longgang, campaign.id);

  for (const target of DEMO_TARGETS) {
    const community = units.get(target.name)!;
    const assessment = await fork().findOneOrFail(Assessment, { campaign: campaign.id, orgUnit: community.id });
    if (target.state === 'UNTOUCHED') continue;
    const work = await loadWork(fork(), actors.longgang, assessment.id, 'assessment:fill');
    const complete = target.state !== 'DRAFT';
    const data = demoAnswers(work.compiled, community, complete);
    const self = manualScoresFor(work.compiled, target.final ? target.final + 0.5 : 96);
    let a = await saveAssessmentDraft(fork(), actors.longgang, assessment.id, data, self, 0);
    if (!complete) continue;
    for (const node of work.compiled.system.all.filter((n) => n.evidence?.required)) {
      const pdf = node.code.charCodeAt(0) % 2 === 0;
      const id = crypto.randomUUID();
      const key = `${campaign.id}/${assessment.id}/${id}`;
      const stored = await storeUpload(store, Readable.from([pdf ? DEMO_PDF : DEMO_PNG]), pdf ? 'application/pdf' : 'image/png', ['image/*', 'application/pdf'], config.evidenceMaxBytes, key);
      await saveAttachment(fork(), actors.longgang, work, id, node.code, `${node.code}-${node.title}.${pdf ? 'pdf' : 'png'}`, stored, key);
    }
    a = await submitAssessment(fork(), actors.longgang, assessment.id, a.revision);
    if (target.state === 'SUBMITTED') continue;
    // The street's own reviewer where the demo has one (南湾街道: nanwan); elsewhere the district
    // covers for the street, as an administrator may (the history then names it).
    const street = DEMO_STREETS.find((s) => s.communities.some(([, name]) => name === target.name))?.name;
    const reviewer = actors[DEMO_USERS.find((u) => u.role === 'REVIEWER' && u.unit === street)?.username ?? 'longgang'];
    if (target.state === 'RETURNED') {
      await reviewAssessment(fork(), reviewer, assessment.id, { stage: ReviewStage.STREET, decision: ReviewDecision.RETURN, opinion: '经费佐证材料不全，请补充财政拨款凭证后重新提交' });
      continue;
    }
    a = await reviewAssessment(fork(), reviewer, assessment.id, { stage: ReviewStage.STREET, decision: ReviewDecision.RECOMMEND, opinion: '材料齐全，同意推荐' });
    if (target.state === 'RECOMMENDED') continue;
    await reviewAssessment(fork(), actors.expert, assessment.id, {
      stage: ReviewStage.EXPERT, decision: ReviewDecision.FINALIZE, scores: manualScoresFor(work.compiled, target.final!), opinion: '学习型社区建设成效明显，特色鲜明',
    });
  }
  log(`已载入演示数据：${DEMO_DISTRICT.name}，${DEMO_TARGETS.length} 个受评社区，督导评估“${campaign.name}”`);
  const county = await loadCountyCampaigns(tx, actors.fogang, units, config, store);
  log(`已载入演示数据：${DEMO_COUNTY.name}，${DEMO_SCHOOLS.length} 所学校，督导评估“${county.join('”“')}”`);
  return passwords;
}
