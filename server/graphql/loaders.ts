// Per-request DataLoaders: listing a page of assessments with their units, campaigns and
// scores costs one query per kind, not one per row.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Attachment } from '../modules/evidence/attachment.entity.js';
import { IndicatorSystem, IndicatorSystemVersion } from '../modules/indicator-system/indicator-system.entity.js';
import { OrgUnit } from '../modules/org-unit/org-unit.entity.js';

function byId<T extends { id: number }>(em: EntityManager, entity: new () => T) {
  return new DataLoader<number, T | undefined>(async (ids) => {
    const rows = (await em.find(entity as never, { id: { $in: [...ids] } } as never)) as T[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id));
  });
}

function manyBy<T>(load: (ids: number[]) => Promise<T[]>, key: (row: T) => number) {
  return new DataLoader<number, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const groups = new Map<number, T[]>();
    for (const row of rows) {
      const group = groups.get(key(row));
      if (group) group.push(row);
      else groups.set(key(row), [row]);
    }
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export interface ScoreRow {
  assessmentId: number;
  indicatorCode: string;
  title: string;
  level: number;
  maxScore: number;
  selfScore: number | null;
  streetScore: number | null;
  expertScore: number | null;
  finalScore: number | null;
  kind: string;
  selfResult: string | null;
  streetResult: string | null;
  expertResult: string | null;
  finalResult: string | null;
}

export function createLoaders(em: EntityManager) {
  return {
    orgUnit: byId(em, OrgUnit),
    campaign: byId(em, Campaign),
    systemVersion: byId(em, IndicatorSystemVersion),
    system: byId(em, IndicatorSystem),
    // Plain rows, not entities: a page of 100 assessments has thousands of score rows, and
    // hydrating them as entities cost more than the whole query.
    scoresByAssessment: manyBy(
      (ids) => em.getConnection().execute<ScoreRow[]>(
        `select assessment_id as "assessmentId", indicator_code as "indicatorCode", title, level, max_score as "maxScore",
           self_score as "selfScore", street_score as "streetScore", expert_score as "expertScore", final_score as "finalScore",
           kind, self_result as "selfResult", street_result as "streetResult", expert_result as "expertResult", final_result as "finalResult"
         from assessment_score where assessment_id in (${ids.map(() => '?').join(',')}) order by assessment_id, position`, ids),
      (s) => s.assessmentId,
    ),
    attachmentsByAssessment: manyBy(
      (ids) => em.find(Attachment, { assessment: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
      (a) => a.assessment.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
