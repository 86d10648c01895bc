// Thumbnails: the browser that uploads a picture sends a small JPEG of it; review lists read
// that, never the full file. Only the filler may send one, only a JPEG, only a small one;
// readers of the evidence may read it; deleting the picture deletes it.
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { tinyPng, uploadEvidence, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7), Buffer.from([0xff, 0xd9])]);
const put = (id: string, body: Buffer, token: string) => fetch(`${t.url}/api/evidence/${id}/thumbnail`, { method: 'PUT', body: new Uint8Array(body), headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' } });
const get = (id: string, token: string) => fetch(`${t.url}/api/evidence/${id}/thumbnail`, { headers: { authorization: `Bearer ${token}` } });

test('a picture\'s thumbnail is sent by its filler and read by its reviewers; deleting the picture deletes it', async () => {
  const id = (await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A1', tinyPng(), 'image/png', '场地.png')).body.id as string;
  expect((await get(id, w.tokens.staff)).status).toBe(404); // none yet: the list shows an icon, not the file
  expect((await put(id, JPEG, w.tokens.staff)).status).toBe(204);
  const read = await get(id, w.tokens.reviewer);
  expect(read.status).toBe(200);
  expect(read.headers.get('content-type')).toBe('image/jpeg');
  expect(Buffer.from(await read.arrayBuffer())).toEqual(JPEG);
  // Another unit's filler may neither send nor read it.
  expect((await put(id, JPEG, w.tokens.otherStaff)).status).toBe(403);
  expect((await get(id, w.tokens.otherStaff)).status).toBe(403);
  // Deleted with its picture.
  const removed = await t.gql(`mutation($id: ID!) { deleteAttachment(id: $id) }`, { id }, w.tokens.staff);
  expect(removed.errors).toBeUndefined();
  expect((await get(id, w.tokens.staff)).status).toBe(404);
});

test('a thumbnail must be a small JPEG of a picture', async () => {
  const picture = (await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A1', tinyPng(), 'image/png', '照片.png')).body.id as string;
  const notJpeg = await put(picture, tinyPng(), w.tokens.staff);
  expect(notJpeg.status).toBe(400);
  expect(((await notJpeg.json()) as { error: { message: string } }).error.message).toContain('JPEG');
  expect((await put(picture, Buffer.concat([JPEG, Buffer.alloc(70 * 1024)]), w.tokens.staff)).status).toBe(413);
  expect((await put('00000000-0000-0000-0000-000000000000', JPEG, w.tokens.staff)).status).toBe(404);
});
