// Evidence in S3-compatible storage, against a real S3 wire-protocol server (s3rver, started
// here): a file larger than one part goes up in parts and comes back byte-identical; deleting
// the attachment deletes the object; an upload cut off midway leaves no object and no attachment.
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { startS3, type TestS3 } from '../factories/s3.factory.js';
import { buildWorld, tinyPng, uploadEvidence, type World } from '../factories/world.factory.js';

let s3: TestS3;
let t: TestApp;
let w: World;
const objectKeys = (prefix?: string) => s3.keys(prefix);

beforeAll(async () => {
  s3 = await startS3();
  t = await startTestApp({ evidenceS3: s3.settings });
  w = await buildWorld(t);
}, 60_000);
afterAll(async () => {
  await t?.close();
  await s3?.server.close();
});

test('a 6 MB file goes up in parts and downloads byte-identical; deleting it deletes the object', async () => {
  const file = Buffer.concat([tinyPng(), Buffer.alloc(6 * 1024 * 1024, 9)]);
  const up = await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A1', file);
  expect(up.status).toBe(201);
  const stored = (await objectKeys()).filter((k) => !k.startsWith('zb/tmp/'));
  expect(stored).toHaveLength(1);
  expect(await objectKeys('zb/tmp/')).toEqual([]);
  const res = await fetch(`${t.url}/api/evidence/${up.body.id}`, { headers: { authorization: `Bearer ${w.tokens.staff}` } });
  expect(res.status).toBe(200);
  expect(Buffer.from(await res.arrayBuffer()).equals(file)).toBe(true);
  const deleted = await t.gql(`mutation($id: ID!) { deleteAttachment(id: $id) }`, { id: up.body.id }, w.tokens.staff);
  expect(deleted.data?.deleteAttachment).toBe(true);
  await expect.poll(() => objectKeys()).toEqual([]);
});

test('an upload cut off midway leaves no object and no attachment', async () => {
  const BOUNDARY = 'zbS3Boundary';
  const head = Buffer.from([
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="assessmentId"\r\n\r\n${w.assessments.danzhutou}\r\n`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="indicatorCode"\r\n\r\nA1\r\n`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
  ].join(''));
  const body = Buffer.concat([head, tinyPng(), Buffer.alloc(7 * 1024 * 1024, 7)]);
  await new Promise<void>((resolve, reject) => {
    const socket = connect(Number(new URL(t.url).port), '127.0.0.1');
    socket.on('error', () => resolve());
    socket.on('close', () => resolve());
    socket.on('connect', async () => {
      socket.write([`POST /api/evidence HTTP/1.1`, `Host: 127.0.0.1`, `Content-Type: multipart/form-data; boundary=${BOUNDARY}`,
        `Content-Length: ${body.length + 1_000_000}`, `Authorization: Bearer ${w.tokens.staff}`, 'Connection: close', '', ''].join('\r\n'));
      socket.write(body);
      // Cut off once the server has begun a multipart upload to the bucket (s3rver keeps it in an uploads folder).
      await expect.poll(() => readdirSync(join(s3.directory, s3.settings.bucket), { recursive: true }).some((p) => /uploads[/\\]./.test(String(p))), { timeout: 20_000 }).toBe(true);
      socket.destroy();
    }).on('timeout', reject);
  });
  await expect.poll(() => objectKeys(), { timeout: 20_000 }).toEqual([]);
  const attachments = await t.gql(`query($id: ID!) { assessment(id: $id) { attachments { id } } }`, { id: w.assessments.danzhutou }, w.tokens.staff);
  expect(attachments.data!.assessment.attachments).toEqual([]);
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
});
