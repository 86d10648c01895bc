// Reading a campaign for export: the reader's scope as the API's, rows in batches by id so a
// province-sized campaign streams in bounded memory, `updatedSince` for incremental pulls.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IndicatorNode } from '../../engine/types.js';
import { badInput } from '../../core/errors.js';
import { type Actor, scopeCondition } from '../auth/policy.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { findVisibleCampaign } from '../campaign/campaign.service.js';
import { compiledVersion } from '../indicator-system/indicator-system.service.js';
import type { ExportRecord } from './export-columns.js';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const BATCH = 200;

/** A timestamptz as ISO 8601 in UTC with milliseconds, as the GraphQL API writes times. */
const UTC = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export interface ExportPlan {
  campaign: Campaign;
  indicators: IndicatorNode[];
  /** Levels of the units above the assessed ones, top first. */
  levels: { code: string; name: string }[];
  records: AsyncGenerator<ExportRecord>;
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** An ISO 8601 date or date-time (read as UTC without a zone); anything else is named as the fault. */
export function parseUpdatedSince(raw: unknown, path = '/updatedSince'): Date | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  const text = typeof raw === 'string' ? raw : '';
  const zoned = /T/.test(text) && !/(Z|[+-]\d{2}:\d{2})$/.test(text) ? `${text}Z` : text;
  const date = ISO_TIME.test(text) ? new Date(zoned) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    const message = 'updatedSince 应为 ISO 8601 时间，如 2025-06-01T00:00:00Z';
    throw badInput([{ path, message }], `${message}，请改正后重试`);
  }
  return date;
}

export async function planExport(em: EntityManager, actor: Actor, campaignId: number, updatedSince?: Date): Promise<ExportPlan> {
  const campaign = await findVisibleCampaign(em, actor, campaignId);
  await em.populate(campaign, ['systemVersion']);
  const indicators = compiledVersion(campaign.systemVersion).system.all;
  const scope = scopeCondition(actor, 'a.unit_path');
  const execute = async <T>(sql: string, params: unknown[]) => (await em.getConnection().execute(sql, params)) as T;
  // Every unit above an assessed one (a few thousand at most, even for a province): named once.
  const ancestorRows = await execute<{ id: number; code: string; name: string; level: string; position: number | null; level_name: string | null }[]>(
    `select o.id, o.code, o.name, o.level, l.position, l.name as level_name from org_unit o left join org_level l on l.code = o.level
      where o.id in (select distinct p::int from assessment a, unnest(string_to_array(rtrim(a.unit_path, '.'), '.')) p
                      where a.campaign_id = ? and ${scope.sql} and p::int <> a.org_unit_id)`,
    [campaignId, ...scope.params],
  );
  const ancestors = new Map(ancestorRows.map((r) => [r.id, r]));
  const levels = [...new Map(ancestorRows.map((r) => [r.level, { code: r.level, name: r.level_name ?? r.level, position: r.position ?? 99 }])).values()]
    .sort((a, b) => a.position - b.position)
    .map(({ code, name }) => ({ code, name }));

  async function* records(): AsyncGenerator<ExportRecord> {
    let after = 0;
    const since = updatedSince ? ' and a.updated_at > ?' : '';
    for (;;) {
      // Each assessment with its scores folded into one JSON object by PostgreSQL: one query per
      // batch, and no per-cell work in JavaScript beyond reading them.
      const rows = await execute<(Omit<ExportRecord, 'ancestors'> & { unit_path: string; org_unit_id: number })[]>(
        `select a.id, a.status, a.revision, a.self_score, a.street_score, a.final_score, a.passed, a.grade, a.vetoed,
                ${UTC('a.submitted_at')} as submitted_at, ${UTC('a.finalized_at')} as finalized_at, ${UTC('a.updated_at')} as updated_at, a.unit_path,
                a.org_unit_id, o.code, o.name, o.level,
                coalesce((select json_object_agg(s.indicator_code, json_build_array(s.self_score, s.street_score, s.expert_score, s.final_score,
                                   s.self_result, s.street_result, s.expert_result, s.final_result))
                            from assessment_score s where s.assessment_id = a.id), '{}') as scores
           from assessment a join org_unit o on o.id = a.org_unit_id
          where a.campaign_id = ? and ${scope.sql} and a.id > ?${since} order by a.id limit ${BATCH}`,
        [campaignId, ...scope.params, after, ...(updatedSince ? [updatedSince] : [])],
      );
      if (!rows.length) return;
      for (const { unit_path, org_unit_id, ...row } of rows) {
        const above: ExportRecord['ancestors'] = {};
        for (const id of unit_path.split('.')) {
          const a = ancestors.get(Number(id));
          if (a && a.id !== org_unit_id) above[a.level] = { code: a.code, name: a.name };
        }
        yield { ...row, ancestors: above };
      }
      after = rows[rows.length - 1].id;
    }
  }
  return { campaign, indicators, levels, records: records() };
}
