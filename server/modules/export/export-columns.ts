// The columns of a campaign export: one row per assessment — the unit, its ancestors by level,
// the state and totals — then, per indicator in the system's order, one column per stage
// (self, street, expert, final): points for a scored indicator, 达标 results for a standard one.
// Pure: the same columns serve CSV, Excel and JSON Lines.
import type { IndicatorNode } from '../../engine/types.js';

/** One indicator's figures as PostgreSQL aggregates them: self, street, expert and final score, then the same four results. */
export type ExportScore = [number | null, number | null, number | null, number | null, string | null, string | null, string | null, string | null];

/** One assessment as read for the export, with its unit, ancestors and scores. */
export interface ExportRecord {
  id: number;
  status: string;
  revision: number;
  self_score: number | null;
  street_score: number | null;
  final_score: number | null;
  passed: boolean | null;
  grade: string | null;
  vetoed: boolean;
  /** Times as ISO 8601 in UTC, formatted by PostgreSQL. */
  submitted_at: string | null;
  finalized_at: string | null;
  updated_at: string;
  code: string;
  name: string;
  level: string;
  /** Ancestor names by level code. */
  ancestors: Record<string, { code: string; name: string }>;
  /** Indicator code → its figures; an indicator without a score row is absent. */
  scores: Record<string, ExportScore>;
}

export type Cell = string | number | boolean | null;

export interface ExportColumn {
  /** Stable, for tools: `unit.code`, `A1.final`. */
  key: string;
  /** For people: 单位代码, “A1 组织领导 · 最终”. */
  label: string;
  /** The value; `labels` turns codes (status, results) into the words people read. */
  value(record: ExportRecord, labels: boolean): Cell;
}

const STATUS: Record<string, string> = { DRAFT: '填报中', SUBMITTED: '已提交', RECOMMENDED: '街道已推荐', FINALIZED: '已评定' };
const RESULT: Record<string, string> = { met: '达标', basic: '基本达标', unmet: '未达标', na: '不适用' };
const STAGES = [['self', '自评'], ['street', '街道'], ['expert', '专家'], ['final', '最终']] as const;
/** Where a stage's score sits in ExportScore; its result sits four places later. */
const AT = { self: 0, street: 1, expert: 2, final: 3 } as const;


/** The columns for a campaign whose units sit below ancestors of `levels` (top first). */
export function exportColumns(indicators: IndicatorNode[], levels: { code: string; name: string }[]): ExportColumn[] {
  const unit: ExportColumn[] = [
    { key: 'assessment.id', label: '评估编号', value: (r) => String(r.id) },
    ...levels.flatMap((l): ExportColumn[] => [
      { key: `ancestor.${l.code}.code`, label: `${l.name}代码`, value: (r) => r.ancestors[l.code]?.code ?? null },
      { key: `ancestor.${l.code}.name`, label: l.name, value: (r) => r.ancestors[l.code]?.name ?? null },
    ]),
    { key: 'unit.code', label: '单位代码', value: (r) => r.code },
    { key: 'unit.name', label: '单位名称', value: (r) => r.name },
    { key: 'unit.level', label: '单位层级', value: (r) => r.level },
    { key: 'status', label: '状态', value: (r, labels) => (labels ? STATUS[r.status] ?? r.status : r.status) },
    { key: 'selfScore', label: '自评总分', value: (r) => r.self_score },
    { key: 'streetScore', label: '街道评分', value: (r) => r.street_score },
    { key: 'finalScore', label: '最终得分', value: (r) => r.final_score },
    { key: 'passed', label: '是否合格', value: (r, labels) => (r.passed === null ? null : labels ? (r.passed ? '是' : '否') : r.passed) },
    { key: 'grade', label: '等级', value: (r) => r.grade },
    { key: 'vetoed', label: '一票否决', value: (r, labels) => (labels ? (r.vetoed ? '是' : '否') : r.vetoed) },
    { key: 'submittedAt', label: '提交时间', value: (r) => r.submitted_at },
    { key: 'finalizedAt', label: '评定时间', value: (r) => r.finalized_at },
    { key: 'updatedAt', label: '最后更新', value: (r) => r.updated_at },
    { key: 'revision', label: '修订号', value: (r) => r.revision },
  ];
  const perIndicator = indicators.flatMap((n) => STAGES.map(([stage, word]): ExportColumn => {
    const standard = n.kind === 'standard';
    const at = AT[stage] + (standard ? 4 : 0);
    return {
      key: `${n.code}.${stage}`,
      label: `${n.code} ${n.title} · ${word}${standard ? '认定' : ''}`,
      value: (r, labels) => {
        const v = r.scores[n.code]?.[at] ?? null;
        return typeof v === 'string' && labels ? RESULT[v] ?? v : v;
      },
    };
  }));
  return [...unit, ...perIndicator];
}

/** A record as one JSON object (JSON Lines): nested, with stable keys and codes. */
export function jsonRecord(r: ExportRecord, indicators: IndicatorNode[], levels: { code: string }[]): Record<string, unknown> {
  return {
    id: String(r.id),
    unit: { code: r.code, name: r.name, level: r.level, ancestors: levels.filter((l) => r.ancestors[l.code]).map((l) => ({ level: l.code, ...r.ancestors[l.code] })) },
    status: r.status, revision: r.revision, selfScore: r.self_score, streetScore: r.street_score, finalScore: r.final_score,
    passed: r.passed, grade: r.grade, vetoed: r.vetoed, submittedAt: r.submitted_at, finalizedAt: r.finalized_at, updatedAt: r.updated_at,
    indicators: Object.fromEntries(indicators.map((n) => {
      const s = r.scores[n.code];
      const shift = n.kind === 'standard' ? 4 : 0;
      return [n.code, Object.fromEntries(STAGES.map(([stage]) => [stage, s?.[AT[stage] + shift] ?? null]))];
    })),
  };
}

/**
 * One CSV field. A text starting with = + - @ (or a tab/CR) is prefixed with ' so a spreadsheet
 * does not run it as a formula (a unit name is typed by people; CSV injection is real).
 */
export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
