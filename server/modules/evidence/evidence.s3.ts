// Evidence in S3-compatible object storage (Aliyun OSS, Tencent COS, MinIO …), so every
// replica reads what any replica stored. An upload streams to a staging key in parts and is
// copied to its permanent key when the attachment is recorded; an upload that fails or is
// discarded leaves no object (its multipart upload aborted, its staged object deleted).
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { PassThrough, type Readable } from 'node:stream';
import type { EvidenceStore } from './evidence.storage.js';

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (MinIO, most self-hosted servers) instead of in the host name. */
  forcePathStyle: boolean;
  /** Prepended to every key, e.g. `zhibiao/` when the bucket is shared. */
  prefix: string;
}

const STAGING = 'tmp/';

export class S3EvidenceStore implements EvidenceStore {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      endpoint: settings.endpoint, region: settings.region, forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  }

  private objectKey(key: string): string {
    if (key.split('/').some((part) => part === '..' || part === '')) throw new Error('storage key escapes the store');
    return this.settings.prefix + key;
  }

  async stage(source: Readable) {
    const staged = this.objectKey(`${STAGING}${crypto.randomUUID()}`);
    const upload = new Upload({
      client: this.client, params: { Bucket: this.settings.bucket, Key: staged, Body: source },
      partSize: 5 * 1024 * 1024, queueSize: 2, leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (err) {
      await upload.abort().catch(() => {});
      await this.deleteObject(staged).catch(() => {});
      throw err;
    }
    return {
      commit: async (key: string) => {
        await this.client.send(new CopyObjectCommand({ Bucket: this.settings.bucket, CopySource: `${this.settings.bucket}/${encodeURIComponent(staged).replace(/%2F/g, '/')}`, Key: this.objectKey(key) }));
        await this.deleteObject(staged);
      },
      discard: () => this.deleteObject(staged),
    };
  }

  open(key: string): Readable {
    const out = new PassThrough();
    this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(key) })).then(
      (res) => {
        const body = res.Body as Readable;
        body.on('error', (err) => out.destroy(err));
        body.pipe(out);
      },
      (err: Error) => out.destroy(err),
    );
    return out;
  }

  remove(key: string): Promise<void> {
    return this.deleteObject(this.objectKey(key));
  }

  private async deleteObject(objectKey: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: objectKey }));
  }

  /** As LocalEvidenceStore.sweep: objects no attachment names, older than `graceMs` (others may be recording them now). */
  async sweep(referenced: ReadonlySet<string>, graceMs = 60 * 60 * 1000): Promise<number> {
    const cutoff = Date.now() - graceMs;
    let removed = 0;
    let token: string | undefined;
    do {
      const page = await this.client.send(new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: this.settings.prefix, ContinuationToken: token }));
      for (const object of page.Contents ?? []) {
        const key = object.Key!.slice(this.settings.prefix.length);
        if (!referenced.has(key) && (object.LastModified?.getTime() ?? Date.now()) < cutoff) {
          await this.deleteObject(object.Key!);
          removed++;
        }
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return removed;
  }

  close(): void {
    this.client.destroy();
  }
}
