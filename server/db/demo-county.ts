// The demo's 义务教育优质均衡 pair (教督〔2017〕6号): 佛冈县's schools assessed on their resources
// (most finalised, one still submitted), and the county's own campaign deriving 学校达标率 and
// the 校际差异系数 from them, its self-assessment answered and still a draft.
import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { reviewAssessment } from '../modules/assessment/assessment-review.service.js';
import { saveAssessmentDraft, submitAssessment } from '../modules/assessment/assessment.service.js';
import { loadWork } from '../modules/assessment/assessment-work.js';
import { Assessment } from '../modules/assessment/assessment.entity.js';
import { ReviewDecision, ReviewStage } from '../modules/assessment/review.entity.js';
import type { Actor } from '../modules/auth/policy.js';
import { createCampaign, openCampaign } from '../modules/campaign/campaign.service.js';
import type { EvidenceStore } from '../modules/evidence/evidence.storage.js';
import { saveAttachment, storeUpload } from '../modules/evidence/evidence.service.js';
import { IndicatorSystemVersion, VersionStatus } from '../modules/indicator-system/indicator-system.entity.js';
import { findSystem } from '../modules/indicator-system/indicator-system.service.js';
import type { OrgUnit } from '../modules/org-unit/org-unit.entity.js';
import { DEMO_PDF } from './demo-answers.js';
import { DEMO_COUNTY, DEMO_COUNTY_CITY, DEMO_SCHOOLS, DEMO_TOWNS } from './demo-data.js';

type MakeUnit = (code: string, name: string, level: string, attributes: Record<string, unknown>, parent?: OrgUnit) => Promise<OrgUnit>;

const RESOURCE_INPUTS = ['qualifiedTeachers', 'backboneTeachers', 'artsPeTeachers', 'teachingArea', 'sportsArea', 'equipmentValue', 'multimediaRooms'];

/** 清远市 → 佛冈县 → its towns → its schools, each school with its 学段. */
export async function loadCountyUnits(unit: MakeUnit): Promise<void> {
  const city = await unit(DEMO_COUNTY_CITY.code, DEMO_COUNTY_CITY.name, 'city', { population: DEMO_COUNTY_CITY.population });
  const county = await unit(DEMO_COUNTY.code, DEMO_COUNTY.name, 'county', { population: DEMO_COUNTY.population }, city);
  const towns = new Map<string, OrgUnit>();
  for (const t of DEMO_TOWNS) towns.set(t.name, await unit(t.code, t.name, 'town', { population: t.population }, county));
  for (const s of DEMO_SCHOOLS) await unit(s.code, s.name, 'school', { stage: s.stage }, towns.get(s.town));
}

/** The county's own answers: its government's and its quality figures, all at or above the document's lines. */
const COUNTY_ANSWERS = {
  B: {
    B1: { note: '全县义务教育学校布局规划（2021—2025年）已经县政府批准实施。' },
    B2: { note: '县政府印发《佛冈县义务教育学校办学标准》，逐校对照整改。' },
    B3: { schoolsLacking: 0 }, B4: { oversizedSchools: 0 }, B5: { oversizedClasses: 0 },
    B6: { note: '不足100名学生的村小学和教学点均按100名学生核定公用经费。' },
    B7: { specialEducationFunding: 6500 },
    B8: { teacherSalary: 118_000, civilServantSalary: 116_500, performancePayInFull: true },
    B9: { teachersTotal: 1860, teachersTrained: 1860 },
    B10: { note: '县教育局在核定编制总额内统筹分配各校编制和岗位，每年公布。' },
    B11: { eligibleTeachers: 620, rotatedTeachers: 70, rotatedBackbone: 16 },
    B12: { fullTimeTeachers: 1800, certifiedTeachers: 1800 },
    B13: { primaryNearbyRate: 100, juniorNearbyRate: 97.2 },
    B14: { quotaShare: 55, favoursRural: true },
    B15: { migrantChildren: 2400, migrantInPublic: 2150 },
  },
  C: {
    C1: { juniorRetentionRate: 97.8 }, C2: { disabledEnrolmentRate: 96.5 },
    C3: { note: '所有学校制定章程并经核准；校务管理、教学管理平台全覆盖。' },
    C4: { lowestTrainingShare: 5.4 },
    C5: { note: '教师信息技术应用能力提升工程2.0全员完成，多媒体设备日均使用率较高。' },
    C6: { note: '县级德育工作评估中所有学校达到良好以上。' },
    C7: { note: '国家课程开齐开足，综合实践活动每周不少于1课时。' },
    C8: { note: '作业总量与时长按“双减”要求管理，未发现过重课业负担。' },
    C9: { levelThreeOrAbove: true, schoolDifferenceRate: 0.12 },
  },
  D: { D1: { respondents: 3200, approving: 2880 } },
};

/** The school campaign (finalised where the data say so) and the county's campaign reading it. */
export async function loadCountyCampaigns(tx: EntityManager, admin: Actor, units: Map<string, OrgUnit>, config: Readonly<Config>, store: EvidenceStore): Promise<string[]> {
  const fork = () => tx.fork({ keepTransactionContext: true });
  const published = async (code: string) => tx.findOneOrFail(IndicatorSystemVersion, { system: await findSystem(tx, code), status: VersionStatus.PUBLISHED });
  const county = units.get(DEMO_COUNTY.name)!;
  const deadlines = { submit: '2024-05-31', review: '2024-06-30', expert: '2024-09-30' };

  const schoolCampaign = await createCampaign(fork(), admin, {
    name: '2024年佛冈县义务教育学校资源配置评估', year: 2024, systemVersionId: String((await published('yzjh-school')).id), orgUnitId: String(county.id),
    targetOrgUnitIds: DEMO_SCHOOLS.map((s) => String(units.get(s.name)!.id)), deadlines,
  });
  await openCampaign(fork(), admin, schoolCampaign.id);
  for (const school of DEMO_SCHOOLS) {
    const assessment = await fork().findOneOrFail(Assessment, { campaign: schoolCampaign.id, orgUnit: units.get(school.name)!.id });
    const data = { R: { students: school.students, ...Object.fromEntries(RESOURCE_INPUTS.map((name, i) => [`R${i + 1}`, { [name]: school.inputs[i] }])) } };
    const saved = await saveAssessmentDraft(fork(), admin, assessment.id, data, {}, 0);
    const work = await loadWork(fork(), admin, assessment.id, 'assessment:fill');
    const id = crypto.randomUUID();
    const key = `${schoolCampaign.id}/${assessment.id}/${id}`;
    const stored = await storeUpload(store, Readable.from([DEMO_PDF]), 'application/pdf', ['application/pdf'], config.evidenceMaxBytes, key);
    await saveAttachment(fork(), admin, work, id, 'R', `${school.name}2024年教育事业统计表.pdf`, stored, key);
    await submitAssessment(fork(), admin, assessment.id, saved.revision);
    if (school.state === 'SUBMITTED') continue;
    await reviewAssessment(fork(), admin, assessment.id, { stage: ReviewStage.STREET, decision: ReviewDecision.RECOMMEND, opinion: '数据与教育事业统计一致，同意推荐' });
    await reviewAssessment(fork(), admin, assessment.id, { stage: ReviewStage.EXPERT, decision: ReviewDecision.FINALIZE, opinion: '现场核查属实' });
  }

  const countyCampaign = await createCampaign(fork(), admin, {
    name: '2024年佛冈县义务教育优质均衡发展督导评估', year: 2024, systemVersionId: String((await published('yzjh-county')).id), orgUnitId: String(county.id),
    targetOrgUnitIds: [String(county.id)], deadlines, sources: [{ name: 'schools', campaignId: String(schoolCampaign.id) }],
  });
  await openCampaign(fork(), admin, countyCampaign.id);
  const own = await fork().findOneOrFail(Assessment, { campaign: countyCampaign.id, orgUnit: county.id });
  // The items a person judges (no formula): the county's own view, 达标 on each, for the experts to confirm.
  const { compiled } = await loadWork(fork(), admin, own.id, 'assessment:fill');
  const judged = compiled.system.all.filter((n) => n.kind === 'standard' && n.children.length === 0 && n.method === 'manual');
  await saveAssessmentDraft(fork(), admin, own.id, COUNTY_ANSWERS, Object.fromEntries(judged.map((n) => [n.code, 'met' as const])), 0);
  return [schoolCampaign.name, countyCampaign.name];
}
