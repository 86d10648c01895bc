// POST /api/evidence (multipart: assessmentId, indicatorCode, then file) and
// GET /api/evidence/:id. Apollo Server has no uploads, so evidence travels over plain HTTP.
import type { MikroORM } from '@mikro-orm/postgresql';
import busboy from 'busboy';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Request, type Response, Router } from 'express';
import type { Config } from '../../config.js';
import { DomainError, ErrorCode, HttpError, sendError } from '../../core/errors.js';
import { type AuditRecord, insertAudit, recordAudit } from '../audit/audit.service.js';
import { authorize } from '../auth/policy.js';
import { badTextFaults } from '../../core/text-safety.js';
import { authenticate, REJECTED_BEARER_MESSAGE } from '../auth/request-auth.js';
import { fromOtherSite } from '../../cors.js';
import type { EvidenceStore } from './evidence.storage.js';
import {
  findAttachment, prepareUpload, quotaFull, removeStoredFile, saveAttachment, storeUpload, thumbnailKey, uploadAllowance,
} from './evidence.service.js';

export function evidenceRouter(orm: MikroORM, config: Readonly<Config>, store: EvidenceStore): Router {
  const router = Router();

  router.post('/api/evidence', async (req: Request, res: Response) => {
    // Read now: once a broken request's socket is gone, Express's req.ip throws.
    const ip = req.ip;
    const em = orm.em.fork();
    const fields: Record<string, string> = {};
    let actor: Awaited<ReturnType<typeof authenticate>>['actor'];
    let handled = false;
    let fileSeen = false;
    const auditOf = (err?: unknown): AuditRecord => ({
      action: 'uploadEvidence', ok: !err, userId: actor?.id, username: actor?.username, targetId: fields.assessmentId,
      errorCode: err instanceof DomainError ? err.code : err ? 'INTERNAL' : undefined, ip, detail: { indicatorCode: fields.indicatorCode },
    });
    const finish = async (err: unknown, body?: unknown) => {
      if (handled) return;
      handled = true;
      // A stored upload's row was written with its attachment; a refused one's is written here.
      if (err) await recordAudit(orm.em.fork(), auditOf(err));
      if (err) sendError(res, err, 'evidence');
      else res.status(201).json(body);
      // Whatever of the body is still coming is read and dropped, so the answer reaches the client.
      req.unpipe();
      req.resume();
    };
    try {
      const auth = await authenticate(em, config, req);
      if (auth.rejectedBearer) throw new HttpError(401, ErrorCode.UNAUTHENTICATED, REJECTED_BEARER_MESSAGE, '/');
      // A browser's upload rides on the session cookie: besides SameSite, it must come from this site.
      if (!req.headers.authorization && fromOtherSite(req)) {
        throw new HttpError(403, ErrorCode.FORBIDDEN, '上传请求来自其他网站，已拒绝；请在本系统页面中上传', '/');
      }
      actor = auth.actor;
    } catch (err) {
      return void finish(err);
    }
    if (!req.is('multipart/form-data')) return void finish(new HttpError(400, ErrorCode.BAD_USER_INPUT, '请以 multipart/form-data 上传', '/'));
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fields: 10, fieldSize: 1024, fileSize: config.evidenceMaxBytes + 1 } });
    } catch {
      return void finish(new HttpError(400, ErrorCode.BAD_USER_INPUT, '上传格式不正确', '/'));
    }
    const broken = () => new HttpError(400, ErrorCode.BAD_USER_INPUT, '上传数据不完整或格式不正确，请重试', '/');
    parser.on('field', (name, value) => { fields[name] = value; });
    parser.on('file', (_name, file, info) => {
      fileSeen = true;
      // A body that stops inside the file makes the file stream fail; without a listener that
      // failure would end the process. storeUpload sees it through its own pipeline.
      file.on('error', () => {});
      (async () => {
        const assessmentId = Number(fields.assessmentId);
        if (!Number.isInteger(assessmentId) || assessmentId <= 0 || !fields.indicatorCode) {
          throw new HttpError(400, ErrorCode.BAD_USER_INPUT, '请先发送 assessmentId 和 indicatorCode 字段，再发送文件', '/assessmentId');
        }
        const filename = Buffer.from(info.filename ?? '', 'latin1').toString('utf8');
        const textFaults = badTextFaults({ ...fields, filename }, '');
        if (textFaults.length) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, textFaults[0].message, textFaults[0].path);
        const { work, accept } = await prepareUpload(em, actor, assessmentId, fields.indicatorCode);
        const allowance = await uploadAllowance(em, config, assessmentId, fields.indicatorCode);
        const id = crypto.randomUUID();
        const key = `${work.campaign.id}/${assessmentId}/${id}`;
        const stored = await storeUpload(store, file, info.mimeType, accept, allowance.maxBytes, key, allowance.quotaBound ? () => quotaFull(config) : undefined);
        // The attachment and its audit row commit together; a file whose row is not kept is removed.
        const attachment = await em.transactional(async (tx) => {
          const saved = await saveAttachment(tx, actor!, work, id, fields.indicatorCode, filename, stored, key);
          await insertAudit(tx, auditOf());
          return saved;
        }).catch(async (err: unknown) => {
          await removeStoredFile(store, key);
          throw err;
        });
        return { id: attachment.id, sha256: stored.sha256, size: stored.size, mimeType: stored.mimeType, filename: attachment.filename, indicatorCode: attachment.indicatorCode };
      })().then((body) => finish(undefined, body), (err) => { file.resume(); return finish(file.errored && !(err instanceof DomainError) ? broken() : err); });
    });
    parser.on('close', () => {
      if (!fileSeen) void finish(new HttpError(400, ErrorCode.BAD_USER_INPUT, '没有收到文件，请选择文件后再上传'));
    });
    // pipeline, not pipe: a request that breaks off (or a body busboy cannot parse) destroys both
    // ends, so the file stream fails, its temporary copy is removed and nothing waits forever.
    pipeline(req, parser).catch(() => finish(broken()));
  });

  router.get('/api/evidence/:id', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    const ip = req.ip;
    let actor: Awaited<ReturnType<typeof authenticate>>['actor'];
    // Who read which evidence is part of the trail too.
    const audit = (err?: unknown) => recordAudit(orm.em.fork(), {
      action: 'downloadEvidence', ok: !err, userId: actor?.id, username: actor?.username, targetId: id,
      errorCode: err instanceof DomainError ? err.code : err ? 'INTERNAL' : undefined, ip,
    });
    try {
      const em = orm.em.fork();
      const auth = await authenticate(em, config, req);
      actor = auth.actor;
      if (auth.rejectedBearer) throw new HttpError(401, ErrorCode.UNAUTHENTICATED, REJECTED_BEARER_MESSAGE, '/');
      const attachment = await findAttachment(em, id, true);
      if (!attachment) throw new HttpError(404, ErrorCode.NOT_FOUND, '文件不存在', '/id');
      authorize(actor, 'evidence:read', attachment.assessment.unitPath);
      await audit();
      res.setHeader('Content-Type', attachment.mimeType);
      res.setHeader('Content-Length', String(attachment.size));
      res.setHeader('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
      res.setHeader('Cache-Control', 'private, max-age=300');
      store.open(attachment.storageKey).on('error', (err) => sendError(res, err, 'evidence')).pipe(res);
    } catch (err) {
      await audit(err);
      sendError(res, err, 'evidence');
    }
  });

  // Thumbnails: a reviewer's list shows 40-pixel pictures, which must not cost the full photo.
  // The browser that uploads an image also makes a small JPEG of it and sends it here; pictures
  // without one are shown as an icon (never the full file).
  /** Who asks, and the attachment whose thumbnail they ask about (not found: 404). */
  const thumbnailOf = async (em: ReturnType<typeof orm.em.fork>, req: Request, id: string) => {
    const auth = await authenticate(em, config, req);
    if (auth.rejectedBearer) throw new HttpError(401, ErrorCode.UNAUTHENTICATED, REJECTED_BEARER_MESSAGE, '/');
    const attachment = await findAttachment(em, id, true);
    if (!attachment) throw new HttpError(404, ErrorCode.NOT_FOUND, '文件不存在', '/id');
    return { actor: auth.actor, attachment };
  };

  router.put('/api/evidence/:id/thumbnail', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    try {
      const em = orm.em.fork();
      if (!req.headers.authorization && fromOtherSite(req)) {
        throw new HttpError(403, ErrorCode.FORBIDDEN, '请求来自其他网站，已拒绝', '/');
      }
      const { actor, attachment } = await thumbnailOf(em, req, id);
      await prepareUpload(em, actor, attachment.assessment.id, attachment.indicatorCode);
      if (!attachment.mimeType.startsWith('image/')) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, '只有图片有缩略图', '/id');
      const body = await readAll(req, THUMBNAIL_MAX_BYTES);
      if (!body) throw new HttpError(413, ErrorCode.BAD_USER_INPUT, `缩略图不能超过 ${THUMBNAIL_MAX_BYTES / 1024} KB`, '/');
      if (!(body[0] === 0xff && body[1] === 0xd8 && body[2] === 0xff)) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, '缩略图应为 JPEG 图片', '/');
      const staged = await store.stage(Readable.from([body]));
      await staged.commit(thumbnailKey(attachment.storageKey));
      res.status(204).end();
    } catch (err) {
      sendError(res, err, 'evidence');
    }
  });

  router.get('/api/evidence/:id/thumbnail', async (req: Request, res: Response) => {
    const id = String(req.params.id);
    try {
      const { actor, attachment } = await thumbnailOf(orm.em.fork(), req, id);
      authorize(actor, 'evidence:read', attachment.assessment.unitPath);
      const bytes = await readAll(store.open(thumbnailKey(attachment.storageKey)), THUMBNAIL_MAX_BYTES).catch(() => undefined);
      if (!bytes) throw new HttpError(404, ErrorCode.NOT_FOUND, '这张图片没有缩略图', '/id');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, max-age=300');
      res.type('image/jpeg').send(bytes);
    } catch (err) {
      sendError(res, err, 'evidence');
    }
  });

  return router;
}

const THUMBNAIL_MAX_BYTES = 64 * 1024;

/** A body or a stored file of at most `limit` bytes; undefined when it is longer. */
async function readAll(source: NodeJS.ReadableStream, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
