// Evidence upload: streamed to storage while hashed and measured, the type detected from
// the content and checked against the declared type and the indicator's accepted types.
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileTypeFromBuffer } from 'file-type';
import { acceptsType, DEFAULT_EVIDENCE_ACCEPT } from '../../engine/index.js';
import type { Config } from '../../config.js';
import { badInput, DomainError, ErrorCode, notFound, HttpError } from '../../core/errors.js';
import type { Actor } from '../auth/policy.js';
import { loadWork } from '../assessment/assessment-work.js';
import { Assessment, AssessmentStatus } from '../assessment/assessment.entity.js';
import { Campaign, CampaignStatus } from '../campaign/campaign.entity.js';
import { User } from '../auth/user.entity.js';
import { Attachment } from './attachment.entity.js';
import type { EvidenceStore } from './evidence.storage.js';


/** Checks the assessment and indicator before a byte is stored. */
export async function prepareUpload(em: EntityManager, actor: Actor | undefined, assessmentId: number, indicatorCode: string) {
  const work = await loadWork(em, actor, assessmentId, 'evidence:upload');
  if (work.campaign.status !== CampaignStatus.OPEN || work.assessment.status !== AssessmentStatus.DRAFT) {
    throw badInput([{ path: '/assessmentId', message: '评估已提交或不在填报期，不能再上传佐证材料' }]);
  }
  const indicator = work.compiled.system.all.find((n) => n.code === indicatorCode);
  if (!indicator) throw badInput([{ path: '/indicatorCode', message: `没有编码为“${indicatorCode}”的指标` }]);
  const accept = indicator.evidence?.accept.length ? indicator.evidence.accept : DEFAULT_EVIDENCE_ACCEPT;
  return { work, accept };
}

/**
 * The quotas an upload must fit: files per indicator, bytes per assessment. Returns the most
 * this file may have, so the stream is cut at the quota rather than after it.
 */
export async function uploadAllowance(em: EntityManager, config: Readonly<Config>, assessmentId: number, indicatorCode: string): Promise<{ maxBytes: number; quotaBound: boolean }> {
  const [row] = await em.getConnection().execute<{ files: number; bytes: string }[]>(
    `select count(*) filter (where indicator_code = ?)::int as files, coalesce(sum(size), 0)::bigint as bytes from attachment where assessment_id = ?`,
    [indicatorCode, assessmentId], 'all', em.getTransactionContext(),
  );
  if (row.files >= config.evidenceMaxFilesPerIndicator) {
    throw new HttpError(413, ErrorCode.BAD_USER_INPUT, `此指标已有 ${row.files} 份佐证材料，达到上限 ${config.evidenceMaxFilesPerIndicator} 份；请删除不需要的文件，或合并后再上传`, '/indicatorCode');
  }
  const left = config.evidenceMaxBytesPerAssessment - Number(row.bytes);
  if (left <= 0) throw quotaFull(config);
  return { maxBytes: Math.min(config.evidenceMaxBytes, left), quotaBound: left < config.evidenceMaxBytes };
}

export function quotaFull(config: Readonly<Config>): HttpError {
  return new HttpError(413, ErrorCode.BAD_USER_INPUT, `本评估的佐证材料合计已达 ${formatSize(config.evidenceMaxBytesPerAssessment)} 的上限；请删除不需要的文件，或压缩后再上传`);
}

/** Removes an attachment while its assessment is a draft, and then its bytes (a sweep at start catches a failed removal). */
/** Removes the attachment's row; its file is removed by `removeStoredFile` once that is committed. */
export async function deleteAttachment(em: EntityManager, actor: Actor | undefined, id: string): Promise<string> {
  const attachment = await findAttachment(em, id);
  if (!attachment) throw notFound('佐证材料');
  await prepareUpload(em, actor, attachment.assessment.id, attachment.indicatorCode);
  const key = attachment.storageKey;
  await em.remove(attachment).flush();
  return key;
}

/** Where an image's small JPEG is kept, beside the file. */
export function thumbnailKey(key: string): string {
  return `${key}.thumb`;
}

/** A file whose row is gone, and its thumbnail; one that cannot be removed now is swept at the next start. */
export async function removeStoredFile(store: EvidenceStore, key: string): Promise<void> {
  for (const k of [key, thumbnailKey(key)]) {
    await store.remove(k).catch((err: Error) => console.error('[evidence] could not remove', k, err.message, '- the next start sweeps it'));
  }
}

/** An attachment by its id; malformed ids are simply not found. */
export function findAttachment(em: EntityManager, id: string, populateAssessment = false): Promise<Attachment | null> {
  if (!/^[0-9a-f-]{36}$/.test(id)) return Promise.resolve(null);
  return em.findOne(Attachment, { id }, populateAssessment ? { populate: ['assessment'] } : {});
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export interface StoredFile {
  sha256: string;
  size: number;
  mimeType: string;
}

/** Streams a file into the store; refuses it when too large or its content is not what it claims. */
export async function storeUpload(
  store: EvidenceStore, source: Readable, declared: string, accept: string[], maxBytes: number, key: string,
  tooLarge = () => new HttpError(413, ErrorCode.BAD_USER_INPUT, `文件超过 ${formatSize(maxBytes)} 的上限，请压缩后再上传`),
): Promise<StoredFile> {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(tooLarge());
      hash.update(chunk);
      if (head.length < 4100) head = Buffer.concat([head, chunk.subarray(0, 4100 - head.length)]);
      done(null, chunk);
    },
  });
  // pipe() does not forward errors either way: a source that fails (a body cut off mid-file)
  // fails the meter, so staging stops and removes its temporary copy; a meter that refuses
  // detaches the source, so nothing more is written into it (the route drains the request).
  // The body may have broken off while the upload was being checked: then there is nothing to store.
  if (source.errored || source.destroyed) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, '上传数据不完整，请重试', '/');
  source.on('error', (err) => meter.destroy(err));
  meter.on('error', () => source.unpipe(meter));
  const staged = await store.stage(source.pipe(meter));
  try {
    // busboy stops one byte past the limit, so an oversized file always trips the meter above.
    if (size === 0) throw new HttpError(400, ErrorCode.BAD_USER_INPUT, '文件为空，请重新选择');
    const detected = await fileTypeFromBuffer(head);
    if (!detected) throw new HttpError(415, ErrorCode.BAD_USER_INPUT, '无法识别文件类型，请上传图片、PDF 或 Office 文档');
    if (declared !== 'application/octet-stream' && declared !== detected.mime) {
      throw new HttpError(415, ErrorCode.BAD_USER_INPUT, `文件内容是 ${detected.mime}，与声明的类型 ${declared} 不符，请检查文件是否改过扩展名`);
    }
    if (!acceptsType(accept, detected.mime)) {
      throw new HttpError(415, ErrorCode.BAD_USER_INPUT, `该指标只接受 ${accept.join('、')} 类型的文件`);
    }
    await staged.commit(key);
    return { sha256: hash.digest('hex'), size, mimeType: detected.mime };
  } catch (err) {
    await staged.discard();
    throw err;
  }
}

export async function saveAttachment(
  em: EntityManager, actor: Actor, work: Awaited<ReturnType<typeof prepareUpload>>['work'], id: string, indicatorCode: string,
  filename: string, stored: StoredFile, key: string,
): Promise<Attachment> {
  const attachment = em.create(Attachment, {
    // By reference: the work's rows are plain, not the ORM's (assessment-work.ts).
    id, campaign: em.getReference(Campaign, work.campaign.id), assessment: em.getReference(Assessment, work.assessment.id), indicatorCode, filename: filename.slice(0, 255) || 'file',
    mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: key, uploadedBy: em.getReference(User, actor.id),
  });
  await em.persist(attachment).flush();
  return attachment;
}
