// A real S3 wire-protocol server for tests (s3rver, from npm, in this process) with one empty
// bucket, and the settings a zhibiao server would be given for it.
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import type { S3Settings } from '../../server/modules/evidence/evidence.s3.js';
import { freePort } from './free-port.js';

export interface TestS3 {
  server: S3rver;
  /** Where s3rver keeps the bucket's files. */
  directory: string;
  settings: S3Settings;
  /** The keys of the objects under `prefix`. */
  keys(prefix?: string): Promise<string[]>;
}

export async function startS3(bucket = 'zhibiao-evidence'): Promise<TestS3> {
  const port = await freePort();
  const directory = mkdtempSync(join(tmpdir(), 'zhibiao-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  await server.run();
  const settings: S3Settings = { endpoint: `http://127.0.0.1:${port}`, bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'zb/' };
  const keys = async (prefix = settings.prefix) => {
    const client = new S3Client({ endpoint: settings.endpoint, region: settings.region, forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
    try {
      return ((await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))).Contents ?? []).map((o) => o.Key!);
    } finally {
      client.destroy();
    }
  };
  return { server, directory, settings, keys };
}

/** The environment that points a server process at `settings`. */
export function s3Env(settings: S3Settings): Record<string, string> {
  return {
    EVIDENCE_S3_ENDPOINT: settings.endpoint, EVIDENCE_S3_BUCKET: settings.bucket, EVIDENCE_S3_REGION: settings.region,
    EVIDENCE_S3_ACCESS_KEY_ID: settings.accessKeyId, EVIDENCE_S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    EVIDENCE_S3_FORCE_PATH_STYLE: settings.forcePathStyle ? '1' : '', EVIDENCE_S3_PREFIX: settings.prefix,
  };
}
