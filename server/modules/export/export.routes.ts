// GET /api/export/campaigns/{id}.csv|.xlsx|.jsonl — a campaign's results in bulk for tools and
// spreadsheets, with the API's authentication (session or token) and scope. Query:
// updatedSince (ISO 8601) for incremental pulls; headers=keys|labels for CSV and Excel
// (labels, for people, unless asked; JSON Lines always uses keys).
import type { MikroORM } from '@mikro-orm/postgresql';
import { type Request, type Response, Router } from 'express';
import type { Config } from '../../config.js';
import { DomainError, ErrorCode, HttpError, sendError } from '../../core/errors.js';
import { recordAudit } from '../audit/audit.service.js';
import { requireActor } from '../auth/policy.js';
import { authenticate, REJECTED_BEARER_MESSAGE } from '../auth/request-auth.js';
import { parseId } from '../org-unit/org-unit.service.js';
import { exportColumns } from './export-columns.js';
import { EXPORT_FORMATS, type ExportFormat, parseUpdatedSince, planExport } from './export.service.js';
import { CONTENT_TYPES, writeExport } from './export-writers.js';

/** Exports running at once in this process: each holds a connection while it streams. */
export const EXPORT_CONCURRENCY = 4;

export function exportRouter(orm: MikroORM, config: Readonly<Config>): Router {
  const router = Router();
  let running = 0;

  router.get('/api/export/campaigns/:file', async (req: Request, res: Response) => {
    const ip = req.ip;
    const em = orm.em.fork();
    const [, id, format] = /^([^.]+)\.([^.]+)$/.exec(String(req.params.file)) ?? [];
    let username: string | undefined;
    let userId: number | undefined;
    let started = false;
    try {
      const auth = await authenticate(em, config, req);
      if (auth.rejectedBearer) throw new HttpError(401, ErrorCode.UNAUTHENTICATED, REJECTED_BEARER_MESSAGE, '/');
      const actor = requireActor(auth.actor);
      ({ username, id: userId } = actor);
      if (!EXPORT_FORMATS.includes(format as ExportFormat)) {
        throw new HttpError(400, ErrorCode.BAD_USER_INPUT, `不支持的导出格式“${format ?? ''}”，请使用 .csv、.xlsx 或 .jsonl`, '/format');
      }
      const headers = req.query.headers ?? 'labels';
      if (headers !== 'labels' && headers !== 'keys') throw new HttpError(400, ErrorCode.BAD_USER_INPUT, 'headers 只能是 labels（中文列名）或 keys（英文键名）', '/headers');
      const updatedSince = parseUpdatedSince(req.query.updatedSince);
      const campaignId = parseId(id ?? '', '/id');
      // Refused before any reading: a full house must not cost the database the plan's queries.
      if (running >= EXPORT_CONCURRENCY) {
        throw new DomainError(ErrorCode.RATE_LIMITED, '正在进行的导出过多，请稍后再试', [{ path: '/', message: '导出并发已满' }], { retryAfterSeconds: 5 });
      }
      running++;
      started = true;
      const plan = await planExport(em, actor, campaignId, updatedSince);
      const name = `${plan.campaign.name}${updatedSince ? '（增量）' : ''}.${format}`;
      res.setHeader('Content-Type', CONTENT_TYPES[format as ExportFormat]);
      res.setHeader('Content-Disposition', `attachment; filename="campaign-${plan.campaign.id}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
      res.setHeader('Cache-Control', 'no-store');
      const columns = exportColumns(plan.indicators, plan.levels);
      const rows = await writeExport(format as ExportFormat, plan, columns, format !== 'jsonl' && headers === 'labels', res);
      await recordAudit(orm.em.fork(), { action: 'exportCampaign', ok: true, userId, username, targetId: id, ip, detail: { format, rows, updatedSince: updatedSince?.toISOString() } });
    } catch (err) {
      await recordAudit(orm.em.fork(), {
        action: 'exportCampaign', ok: false, userId, username, targetId: id, ip, errorCode: err instanceof DomainError ? err.code : 'INTERNAL', detail: { format },
      });
      // Once rows are on their way the status is sent: the cut-off body is all a client can see.
      if (res.headersSent) {
        if (!res.destroyed) console.error('[export] stopped midway:', err);
        res.destroy();
      }
      else sendError(res, err, 'export');
    } finally {
      if (started) running--;
    }
  });
  return router;
}
