// What the indicator cards inside the generated form need from the page: live scores,
// self-scores, evidence, and whether anything may be changed.
import { createContext, useContext } from 'react';
import type { Evaluation, IndicatorScore, VetoResult } from '../../../server/engine/index.js';
import type { Attachment } from '../api/schema';

export interface FillContextValue {
  scores: Map<string, IndicatorScore>;
  vetoes: Map<string, VetoResult>;
  selfScores: Record<string, number>;
  setSelfScore: (code: string, value: number | null) => void;
  attachments: Attachment[];
  upload: (code: string, file: File, onProgress: (p: number) => void) => Promise<void>;
  removeAttachment: (id: string) => Promise<void>;
  editable: boolean;
}

/** An evaluation's scores and vetoes by indicator code, as the cards look them up. */
export function byCode(evaluation?: Evaluation): Pick<FillContextValue, 'scores' | 'vetoes'> {
  return {
    scores: new Map((evaluation?.indicatorScores ?? []).map((s) => [s.code, s])),
    vetoes: new Map((evaluation?.vetoes ?? []).map((v) => [v.code, v])),
  };
}

export const FillContext = createContext<FillContextValue | null>(null);

export function useFill(): FillContextValue {
  const ctx = useContext(FillContext);
  if (!ctx) throw new Error('useFill outside FillContext');
  return ctx;
}
