// What the indicator cards inside the generated form need from the page: live scores,
// self-scores, evidence, and whether anything may be changed.
import { createContext, useContext } from 'react';
import type { Evaluation, FormulaError, IndicatorScore, Scores, StandardResult, VetoResult } from '../../../server/engine/index.js';

export interface FillContextValue {
  scores: Map<string, IndicatorScore>;
  vetoes: Map<string, VetoResult>;
  /** What could not be computed, by indicator: shown on its card, never turned into a 0. */
  faults: Map<string, FormulaError[]>;
  /** Points for manual score items, results (met/basic/unmet) for manual standard items. */
  selfScores: Scores;
  setSelfScore: (code: string, value: number | StandardResult | null) => void;
  /** 合理缺项 marked so far, { code: reason }, and how to change one (null: it applies again). */
  notApplicable?: Record<string, string>;
  setNotApplicable?: (code: string, reason: string | null) => void;
  attachments: { id: string; indicatorCode: string; filename: string; mimeType: string; size: number; createdAt?: string }[];
  upload: (code: string, file: File, onProgress: (p: number) => void) => Promise<void>;
  removeAttachment: (id: string) => Promise<void>;
  /** The server's answer: answers may be changed now. */
  editable: boolean;
  /** The server's answer: evidence may be uploaded and removed now. */
  canUpload: boolean;
}

/** An evaluation's scores, vetoes and faults by indicator code, as the cards look them up. */
export function byCode(evaluation?: Evaluation): Pick<FillContextValue, 'scores' | 'vetoes' | 'faults'> {
  const faults = new Map<string, FormulaError[]>();
  for (const error of evaluation?.errors ?? []) if (error.indicator) faults.set(error.indicator, [...(faults.get(error.indicator) ?? []), error]);
  return {
    scores: new Map((evaluation?.indicatorScores ?? []).map((s) => [s.code, s])),
    vetoes: new Map((evaluation?.vetoes ?? []).map((v) => [v.code, v])),
    faults,
  };
}

export const FillContext = createContext<FillContextValue | null>(null);

export function useFill(): FillContextValue {
  const ctx = useContext(FillContext);
  if (!ctx) throw new Error('useFill outside FillContext');
  return ctx;
}
