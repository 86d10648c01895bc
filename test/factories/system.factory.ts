// A small indicator system with one of each kind: a formula leaf with a computed field and
// required evidence, a checklist leaf with a veto, and a manual leaf. Defaults live here.
import type { JsonObject } from '../../server/engine/types.js';

export function buildIndicatorSystem(overrides: { code?: string; passScore?: number; mutate?: (s: JsonObject) => void } = {}): JsonObject {
  const schema: JsonObject = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    title: '测试指标体系',
    'x-system': {
      code: overrides.code ?? 'test-system',
      issuer: '测试督导室',
      targetLevel: 'community',
      totalScore: 20,
      passScore: overrides.passScore ?? 12,
      grades: [{ min: 18, label: '优秀' }, { min: 12, label: '合格' }, { min: 0, label: '不合格' }],
    },
    properties: {
      A: {
        type: 'object', title: '条件与保障', 'x-indicator': { code: 'A', maxScore: 10 },
        properties: {
          A1: {
            type: 'object', title: '经费保障',
            'x-indicator': {
              code: 'A1', maxScore: 5, criteria: '人均经费≥1.5元得5分，≥1元得3分',
              scoring: { method: 'formula', formula: 'perCapita >= 1.5 ? 5 : perCapita >= 1 ? 3 : 0' },
              evidence: { required: true, minFiles: 1, accept: ['image/*', 'application/pdf'] },
              departments: ['区财政局'],
            },
            properties: {
              funding: { type: 'number', title: '社区教育经费（元）', minimum: 0 },
              perCapita: { type: 'number', title: '人均经费', readOnly: true, 'x-formula': 'funding / $unit.population', 'x-unit': '元/人' },
            },
            required: ['funding'],
          },
          A2: {
            type: 'object', title: '制度建设',
            'x-indicator': {
              code: 'A2', maxScore: 5, scoring: { method: 'checklist', items: { hasPlan: 3, hasReport: 2 } },
              veto: { formula: 'hasPlan = true', message: '未制定社区教育规划' },
            },
            properties: { hasPlan: { type: 'boolean', title: '有年度规划' }, hasReport: { type: 'boolean', title: '有年度总结' } },
            required: ['hasPlan', 'hasReport'],
          },
        },
      },
      B: {
        type: 'object', title: '特色与创新', 'x-indicator': { code: 'B', maxScore: 10, criteria: '特色鲜明得10分' },
        properties: { summary: { type: 'string', title: '特色简述', minLength: 2 } },
        required: ['summary'],
      },
    },
  };
  overrides.mutate?.(schema);
  return schema;
}

/** Answers that make the small system fully valid for a unit of 10,000 residents. */
export function buildAnswers(funding = 20_000): JsonObject {
  return { A: { A1: { funding }, A2: { hasPlan: true, hasReport: true } }, B: { summary: '社区学校特色课程' } };
}

/** The formula each leaf of `buildHeavySystem` scores with: about 27,000 evaluation steps. */
export const HEAVY_FORMULA = '$reduce([1..9000], function($a, $b) { $a + $b }) > 0 ? 1 : 0';

/**
 * A hostile system within the size limits: `leaves` level-1 indicators, each a one-point
 * formula of HEAVY_FORMULA over one number. Compiling 1,500 of them takes about a second.
 */
export function buildHeavySystem(leaves: number, code = 'heavy'): { schema: JsonObject; answers: JsonObject } {
  const properties: JsonObject = {};
  const answers: JsonObject = {};
  for (let i = 0; i < leaves; i++) {
    properties[`L${i}`] = {
      type: 'object', title: `重指标 ${i}`,
      'x-indicator': { code: `L${i}`, maxScore: 1, scoring: { method: 'formula', formula: HEAVY_FORMULA } },
      properties: { x: { type: 'number' } },
    };
    answers[`L${i}`] = { x: 1 };
  }
  const schema = { type: 'object', title: '重体系', 'x-system': { code, targetLevel: 'community', totalScore: leaves, passScore: 0 }, properties };
  return { schema, answers };
}

/** Three resource items of which two must be met (the 6-of-7 rule in small), and a manual item. */
export function buildStandardSystem(mutate?: (s: any) => void): JsonObject {
  const s: any = {
    type: 'object', title: '达标测试',
    'x-system': { code: 'std-test', kind: 'standard', targetLevel: 'community' },
    properties: {
      R: {
        type: 'object', title: '资源配置', 'x-indicator': { code: 'R', kind: 'standard', aggregate: { atLeast: 2 } },
        properties: {
          R1: { type: 'object', title: '生均面积', 'x-indicator': { code: 'R1', kind: 'standard', scoring: { method: 'formula', formula: 'area / students >= 4.5' } },
            properties: { area: { type: 'number', minimum: 0 }, students: { type: 'integer', minimum: 0 } } },
          R2: { type: 'object', title: '师生比', 'x-indicator': { code: 'R2', kind: 'standard', scoring: { method: 'formula', formula: 'ratio <= 19 ? "met" : ratio <= 21 ? "basic" : "unmet"' } },
            properties: { ratio: { type: 'number', minimum: 0 } } },
          R3: { type: 'object', title: '图书', 'x-indicator': { code: 'R3', kind: 'standard', scoring: { method: 'formula', formula: 'books >= 25' } },
            properties: { books: { type: 'number', minimum: 0 } } },
        },
      },
      S: { type: 'object', title: '安全制度', 'x-indicator': { code: 'S', kind: 'standard', criteria: '制度健全' }, properties: { note: { type: 'string' } } },
    },
  };
  mutate?.(s);
  return s;
}
