// Per-request DataLoaders: listing a page of assessments with their units, campaigns and
// scores costs one query per kind, not one per row.
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AssessmentScore } from '../modules/assessment/assessment-score.entity.js';
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
    for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
    return ids.map((id) => groups.get(id) ?? []);
  });
}

export function createLoaders(em: EntityManager) {
  return {
    orgUnit: byId(em, OrgUnit),
    campaign: byId(em, Campaign),
    systemVersion: byId(em, IndicatorSystemVersion),
    system: byId(em, IndicatorSystem),
    scoresByAssessment: manyBy(
      (ids) => em.find(AssessmentScore, { assessment: { $in: ids } }, { orderBy: { position: 'asc' } }),
      (s) => s.assessment.id,
    ),
    attachmentsByAssessment: manyBy(
      (ids) => em.find(Attachment, { assessment: { $in: ids } }, { orderBy: { createdAt: 'asc' } }),
      (a) => a.assessment.id,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
