// Evidence upload: streamed to storage while hashed and measured, the type detected from
// the content and checked against the declared type and the indicator's accepted types.
import { createHash } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileTypeFromBuffer } from 'file-type';
import { acceptsType, DEFAULT_EVIDENCE_ACCEPT } from '../../engine/index.js';
import { badInput, DomainError, ErrorCode } from '../../graphql/errors.js';
import type { Actor } from '../auth/policy.js';
import { loadWork } from '../assessment/assessment-work.js';
import { AssessmentStatus } from '../assessment/assessment.entity.js';
import { CampaignStatus } from '../campaign/campaign.entity.js';
import { User } from '../auth/user.entity.js';
import { Attachment } from './attachment.entity.js';
import type { EvidenceStore } from './evidence.storage.js';

export class HttpError extends DomainError {
  constructor(readonly status: number, code: ErrorCode, message: string, path = '/file') {
    super(code, message, [{ path, message }]);
  }
}

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
): Promise<StoredFile> {
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(new HttpError(413, ErrorCode.BAD_USER_INPUT, `文件超过 ${formatSize(maxBytes)} 的上限，请压缩后再上传`));
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
    id, campaign: work.campaign, assessment: work.assessment, indicatorCode, filename: filename.slice(0, 255) || 'file',
    mimeType: stored.mimeType, size: stored.size, sha256: stored.sha256, storageKey: key, uploadedBy: em.getReference(User, actor.id),
  });
  await em.persist(attachment).flush();
  return attachment;
}
