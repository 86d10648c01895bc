// Plain data shapes shared by the engine, the server and the admin.
// Everything here is JSON in, JSON out: no classes, no I/O.

export type JsonObject = { [key: string]: unknown };

/** One fault: a JSON pointer into the checked document and a message in Chinese. */
export interface Fault {
  path: string;
  message: string;
}

export type ScoringMethod = 'sum' | 'manual' | 'formula' | 'checklist';
/** An org level's code (province, city, district, county, street, town, community, village, school…): levels are data, see OrgLevelEntity. */
export type OrgLevel = string;

export interface Grade {
  min: number;
  label: string;
}

/** score: points and a pass mark; standard: 达标 results; mixed: both. */
export type SystemKind = 'score' | 'standard' | 'mixed';
/** An indicator gives points (score) or a 达标 result (standard). */
export type IndicatorKind = 'score' | 'standard';
/** 达标 / 基本达标 / 未达标. */
export type StandardResult = 'met' | 'basic' | 'unmet';
export const STANDARD_RESULTS: readonly StandardResult[] = ['met', 'basic', 'unmet'];
/** How a standard group combines its children's results. */
export type Aggregate = 'all' | { atLeast: number } | { formula: string };
/** How a score group combines its children: their sum (default), or 扣分制 — its maximum less their deductions. */
export type ScoreAggregate = 'sum' | 'deduct';

/** Another system whose assessments of units inside the assessed one a formula reads as `$sources.<name>`. */
export interface SourceDeclaration {
  /** The code of the source system. */
  system: string;
  /** The level of the source's assessed units (school, street…). */
  level?: string;
  /** Which of the source campaign's assessments count; FINALIZED by default. */
  statuses: string[];
}

/** One assessment of a source campaign, as `$sources.<name>` lists it. */
export interface SourceRow {
  unit: { code: string; name: string; level: string; attributes: Record<string, unknown> };
  status: string;
  passed: boolean | null;
  total: number | null;
  grade: string | null;
  /** Results of standard indicators, by code. */
  results: Record<string, string>;
  /** Final (else self) scores of score indicators, by code. */
  scores: Record<string, number>;
  /** The answers with computed values merged in. */
  values: JsonObject;
}

export interface SystemMeta {
  code: string;
  /** Named values formulas read as `$const.<name>`. */
  constants: Record<string, unknown>;
  sources: Record<string, SourceDeclaration>;
  title: string;
  issuer?: string;
  targetLevel?: OrgLevel;
  kind: SystemKind;
  totalScore: number;
  /** The most the total may reach with bonus items; no cap when absent. */
  maxTotal?: number;
  /** Items marked not applicable: the total is scaled up to the full scale (prorate, default) or they count as full marks (full). */
  naScaling: 'prorate' | 'full';
  passScore?: number;
  /** JSONata over $total, $met, $basic, $unmet, $results, $vetoed; absent: the kind's default rule. */
  pass?: string;
  grades: Grade[];
}

export interface EvidenceRule {
  required: boolean;
  minFiles: number;
  accept: string[];
}

/** A plain answer field of an indicator (not itself an indicator). */
export interface FieldNode {
  name: string;
  /** JSON pointer of the field's schema (under properties, or under allOf/i/then for a conditional field). */
  pointer: string;
  title?: string;
  type?: string;
  /** JSONata expression of a computed (readOnly) field. */
  formula?: string;
  unit?: string;
  /** A table's computed columns, each computed per row from that row's fields (by bare name). */
  columns?: { name: string; pointer: string; type?: string }[];
}

export interface IndicatorNode {
  code: string;
  title: string;
  kind: IndicatorKind;
  /** A standard group's rule; 'all' when absent. */
  aggregate?: Aggregate;
  /** A score group's rule: 'deduct' scores max(0, maxScore − Σ children); a plain sum when absent. */
  scoreAggregate?: ScoreAggregate;
  /** 加分项 / 扣分项: a level-1 indicator outside totalScore that adds to / takes from the total. */
  extra?: 'bonus' | 'penalty';
  /** 合理缺项: the filler may mark it not applicable, with a reason. */
  optional?: boolean;
  /** 0 for a standard indicator. */
  maxScore: number;
  criteria?: string;
  method: ScoringMethod;
  formula?: string;
  items?: Record<string, number>;
  veto?: { formula: string; message: string };
  evidence?: EvidenceRule;
  departments: string[];
  /** Codes of the same indicator in earlier systems (x-indicator.sameAs), for comparing campaigns. */
  sameAs?: string[];
  /** Property names from the root of the answer document to this indicator. */
  dataPath: string[];
  /** JSON pointer of this indicator's property in the schema. */
  schemaPath: string;
  /** 1 for a level-1 indicator. */
  level: number;
  parentCode?: string;
  fields: FieldNode[];
  children: IndicatorNode[];
}

export interface ParsedSystem {
  meta: SystemMeta;
  roots: IndicatorNode[];
  /** Every indicator in document order (parents before children). */
  all: IndicatorNode[];
}

/** The assessed unit as formulas see it through $unit. */
export interface UnitContext {
  code?: string;
  name?: string;
  level?: string;
  [attribute: string]: unknown;
}

/** A formula that could not be evaluated: scored 0 or left empty, reported, never thrown. */
export interface FormulaError {
  path: string;
  /** The indicator whose score or veto formula failed. */
  indicator?: string;
  code?: string;
  message: string;
}

/** What a stage gives each leaf: points for a score leaf, a result for a standard leaf. */
export type Scores = Record<string, number | StandardResult>;

export interface IndicatorScore {
  code: string;
  title: string;
  level: number;
  parentCode?: string;
  maxScore: number;
  method: ScoringMethod;
  kind: IndicatorKind;
  /** What a formula or checklist leaf computes from the answers. */
  computedScore: number | null;
  selfScore: number | null;
  streetScore: number | null;
  expertScore: number | null;
  finalScore: number | null;
  /** A standard indicator's results by stage (null for score indicators, or while unknown). */
  computedResult: StandardResult | null;
  selfResult: StandardResult | null;
  streetResult: StandardResult | null;
  expertResult: StandardResult | null;
  finalResult: StandardResult | null;
  /** Marked not applicable (合理缺项): no score, outside the total. */
  notApplicable: boolean;
}

export interface VetoResult {
  code: string;
  message: string;
  /** true when the unit passes the item, false when the veto is triggered, null when it cannot be told yet. */
  passed: boolean | null;
}

export interface Evaluation {
  computed: JsonObject;
  indicatorScores: IndicatorScore[];
  vetoes: VetoResult[];
  vetoed: boolean;
  selfTotal: number;
  streetTotal: number | null;
  expertTotal: number | null;
  /** Whether the self-assessment / the expert's assessment passes (the system's pass rule); null while it cannot be told. */
  selfPassed: boolean | null;
  expertPassed: boolean | null;
  errors: FormulaError[];
}
