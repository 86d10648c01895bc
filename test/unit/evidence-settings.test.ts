// EVIDENCE_S3_* are all or none: a half-configured store is refused at start, naming what is
// missing; none keeps files under DATA_DIR; the secret never appears in the refusal.
import { expect, test } from 'vitest';
import { loadConfig } from '../../server/config.js';

const full = {
  EVIDENCE_S3_ENDPOINT: 'https://oss-cn-shenzhen.aliyuncs.com', EVIDENCE_S3_BUCKET: 'evidence',
  EVIDENCE_S3_ACCESS_KEY_ID: 'AKID', EVIDENCE_S3_SECRET_ACCESS_KEY: 'very-secret-key',
};

test('no EVIDENCE_S3_ setting: local files', () => {
  expect(loadConfig({}, {}).evidenceS3).toBeUndefined();
});

test('all of them: an S3 store, prefix ending in a slash, region defaulted', () => {
  expect(loadConfig({}, { ...full, EVIDENCE_S3_PREFIX: 'zhibiao', EVIDENCE_S3_FORCE_PATH_STYLE: '1' }).evidenceS3).toEqual({
    endpoint: full.EVIDENCE_S3_ENDPOINT, bucket: 'evidence', accessKeyId: 'AKID', secretAccessKey: 'very-secret-key', region: 'us-east-1', forcePathStyle: true, prefix: 'zhibiao/',
  });
});

test('some of them: refused, naming the missing ones and never the secret', () => {
  const { EVIDENCE_S3_BUCKET: _bucket, EVIDENCE_S3_ACCESS_KEY_ID: _id, ...partial } = full;
  expect(() => loadConfig({}, partial)).toThrow(/EVIDENCE_S3_BUCKET, EVIDENCE_S3_ACCESS_KEY_ID must be set/);
  try { loadConfig({}, partial); } catch (err) { expect((err as Error).message).not.toContain('very-secret-key'); }
  expect(() => loadConfig({}, { ...full, EVIDENCE_S3_ENDPOINT: 'oss-cn-shenzhen' })).toThrow(/EVIDENCE_S3_ENDPOINT: "oss-cn-shenzhen" is not a URL/);
});
