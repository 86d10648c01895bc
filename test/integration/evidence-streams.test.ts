// Upload bodies that stop, break off or trickle: each gets an answer or is let go, the server
// keeps answering everyone else, and no temporary file is left behind. A crash of the server
// here is a crash of this test process, so every test below would fail with it.
import { readdirSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { tinyPng, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const BOUNDARY = 'zbBoundary7MA4YWxkTrZu0gW';

/** The start of a multipart upload of `file` to 丹竹头社区's A1, cut after the file's bytes (no closing boundary). */
function openUpload(file: Buffer): Buffer {
  const head = [
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="assessmentId"\r\n\r\n${w.assessments.danzhutou}\r\n`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="indicatorCode"\r\n\r\nA1\r\n`,
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n`,
  ].join('');
  return Buffer.concat([Buffer.from(head), file]);
}
const closing = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

function requestHead(token: string | undefined, length: number): string {
  const { port } = new URL(t.url);
  return [
    `POST /api/evidence HTTP/1.1`, `Host: 127.0.0.1:${port}`, `Content-Type: multipart/form-data; boundary=${BOUNDARY}`,
    `Content-Length: ${length}`, ...(token ? [`Authorization: Bearer ${token}`] : []), 'Connection: close', '', '',
  ].join('\r\n');
}

/** Sends `body` on a raw socket (so it can be cut or slowed), resolving with the status line, or '' when the server closes without one. */
function rawPost(token: string | undefined, body: Buffer, options: { declaredLength?: number; onOpen?: (socket: Socket) => Promise<void> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(t.url).port), '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('close', () => resolve(answer.split('\r\n')[0]));
    socket.on('error', (err) => (answer ? resolve(answer.split('\r\n')[0]) : reject(err)));
    socket.on('connect', async () => {
      socket.write(requestHead(token, options.declaredLength ?? body.length));
      if (options.onOpen) await options.onOpen(socket);
      else socket.write(body);
    });
  });
}

const stagedFiles = () => {
  try {
    return readdirSync(join(t.app.config.dataDir, 'evidence', 'tmp'));
  } catch {
    return [];
  }
};

async function healthy(): Promise<number> {
  return (await fetch(`${t.url}/healthz`)).status;
}

const attachments = async () => (await t.gql(`query($id: ID!) { assessment(id: $id) { attachments { id } } }`, { id: w.assessments.danzhutou }, w.tokens.staff)).data!.assessment.attachments;

describe('upload bodies that stop, break off or trickle', () => {
  test('without a session, a body that stops inside the file part is refused and the server lives', async () => {
    const body = openUpload(Buffer.concat([tinyPng(), Buffer.alloc(3000, 7)]));
    expect(await rawPost(undefined, body)).toMatch(/^HTTP\/1\.1 40[01]/);
    expect(await healthy()).toBe(200);
  });

  test('with a session, a body that stops inside the file part is a 400; nothing is kept', async () => {
    const before = await attachments();
    const body = openUpload(Buffer.concat([tinyPng(), Buffer.alloc(3000, 7)]));
    expect(await rawPost(w.tokens.staff, body)).toMatch(/^HTTP\/1\.1 400/);
    expect(await healthy()).toBe(200);
    expect(await attachments()).toEqual(before);
    await expect.poll(stagedFiles).toEqual([]);
  });

  test('a connection dropped in the middle of the file leaves no temporary file and no attachment', async () => {
    const before = await attachments();
    for (const token of [w.tokens.staff, undefined]) {
      const body = openUpload(Buffer.concat([tinyPng(), Buffer.alloc(64 * 1024, 7)]));
      const status = await rawPost(token, body, {
        declaredLength: body.length + 100_000,
        onOpen: async (socket) => {
          socket.write(body);
          // The server has begun storing the file when its temporary copy exists (for the signed-in upload).
          if (token) await expect.poll(stagedFiles).toHaveLength(1);
          socket.destroy();
        },
      });
      expect(status).toBe('');
    }
    expect(await healthy()).toBe(200);
    await expect.poll(stagedFiles).toEqual([]);
    expect(await attachments()).toEqual(before);
  });

  test('a slow upload does not hold up anyone else, and arrives whole', async () => {
    const body = Buffer.concat([openUpload(Buffer.concat([tinyPng(), Buffer.alloc(2000, 7)])), closing]);
    const pieces = 20;
    const size = Math.ceil(body.length / pieces);
    const before = await attachments();
    let healthChecks = 0;
    const status = await rawPost(w.tokens.staff, body, {
      onOpen: async (socket) => {
        for (let i = 0; i < pieces; i++) {
          socket.write(body.subarray(i * size, (i + 1) * size));
          // Between two trickles, others are served.
          expect(await healthy()).toBe(200);
          healthChecks++;
        }
      },
    });
    expect(healthChecks).toBe(pieces);
    expect(status).toMatch(/^HTTP\/1\.1 201/);
    expect(await attachments()).toHaveLength(before.length + 1);
    await expect.poll(stagedFiles).toEqual([]);
  });
});
