// Answers and scores for the demo's assessments: complete, plausible self-assessments that
// meet the Shenzhen thresholds, and expert scores for the manual items that reach a total.
import type { CompiledSystem } from '../engine/index.js';
import type { JsonObject, Scores } from '../engine/types.js';
import type { OrgUnit } from '../modules/org-unit/org-unit.entity.js';

const NOTES: Record<string, string> = {
  翠湖社区: '探索“插花地”和“城中村”基层治理模式，以学习促治理。',
  同德社区: '以农耕文化助力“双减”，开展新时代劳动教育。',
  水径社区: '实施“暖心计划”，构建有温度的学习型社区。',
  三联社区: '依托党群服务中心开设“龙岗第一课”系列课程。',
};

/** A value for each answer field; numbers sized to the community so formulas reach full marks. */
function valueFor(name: string, type: string | undefined, unit: OrgUnit): unknown {
  const population = Number(unit.attributes.population ?? 20_000);
  const numbers: Record<string, number> = {
    funding: Math.round(population * 1.8), participants: Math.round(population * 0.34), activitiesPerYear: 32, learningTeams: 7,
    volunteers: 26, satisfactionRate: 93,
  };
  if (type === 'boolean') return true;
  if (type === 'string') return `${unit.name}已按要求完成本项工作，相关计划、总结和照片见佐证材料。${NOTES[unit.name] ?? ''}`;
  return numbers[name] ?? 10;
}

/** A self-assessment for `unit`; an incomplete one answers only the first two level-1 indicators. */
export function demoAnswers(cs: CompiledSystem, unit: OrgUnit, complete: boolean): JsonObject {
  const data: JsonObject = {};
  const roots = complete ? cs.system.roots : cs.system.roots.slice(0, 2);
  const codes = new Set(roots.flatMap((r) => cs.system.all.filter((n) => n.dataPath[0] === r.dataPath[0]).map((n) => n.code)));
  for (const node of cs.system.all) {
    if (!codes.has(node.code)) continue;
    let at = data;
    for (const key of node.dataPath) at = (at[key] ??= {}) as JsonObject;
    for (const field of node.fields) if (!field.formula) at[field.name] = valueFor(field.name, field.type, unit);
  }
  return data;
}

/** Scores for the manual leaves so that, with full formula and checklist marks, the total is `total`. */
export function manualScoresFor(cs: CompiledSystem, total: number): Scores {
  const manual = cs.system.all.filter((n) => n.children.length === 0 && n.method === 'manual');
  let deduct = Math.max(0, cs.system.meta.totalScore - total);
  const scores: Scores = {};
  for (const node of manual) {
    const off = Math.min(deduct, Math.min(2, node.maxScore));
    scores[node.code] = node.maxScore - off;
    deduct -= off;
  }
  return scores;
}

/** A one-pixel PNG and a one-page PDF: small, real files that content sniffing recognises. */
export const DEMO_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
export const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n' +
  '4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 20 50 Td (Demo evidence) Tj ET\nendstream endobj\n' +
  '5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
