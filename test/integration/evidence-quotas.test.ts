// Evidence has bounds and leaves no bytes behind: files per indicator and bytes per assessment
// are capped (cut while streaming), a deleted attachment's file is removed, and files no
// attachment names are swept at the next start.
import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.js';
import { startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildWorld, tinyPng, uploadEvidence, type World } from '../factories/world.factory.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp({ evidenceMaxFilesPerIndicator: 2, evidenceMaxBytesPerAssessment: 2_000 });
  w = await buildWorld(t);
});
afterAll(() => t?.close());

const attachments = async () => (await t.gql(`query($id: ID!) { assessment(id: $id) { attachments { id indicatorCode size } } }`, { id: w.assessments.danzhutou }, w.tokens.staff)).data!.assessment.attachments as { id: string; indicatorCode: string; size: number }[];
const fileOf = (id: string, campaign = w.campaignId) => join(t.app.config.dataDir, 'evidence', String(campaign), w.assessments.danzhutou, id);

describe('evidence bounds', () => {
  test('an indicator takes at most its number of files; the next is refused with what to do', async () => {
    expect((await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A2')).status).toBe(201);
    expect((await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A2')).status).toBe(201);
    const third = await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A2');
    expect(third).toMatchObject({ status: 413, body: { error: { code: 'BAD_USER_INPUT', faults: [{ path: '/indicatorCode' }] } } });
    expect(third.body.error.message).toContain('达到上限 2 份');
    expect((await attachments()).filter((a) => a.indicatorCode === 'A2')).toHaveLength(2);
  });

  test('an assessment takes at most its bytes: a file that would pass the total is cut off and not kept', async () => {
    const used = (await attachments()).reduce((sum, a) => sum + a.size, 0);
    const big = Buffer.concat([tinyPng(), Buffer.alloc(2_000 - used, 7)]);
    const refused = await uploadEvidence(t, w.tokens.staff, w.assessments.danzhutou, 'A1', big);
    expect(refused.status).toBe(413);
    expect(refused.body.error.message).toContain('合计已达');
    expect((await attachments()).reduce((sum, a) => sum + a.size, 0)).toBe(used);
  });

  test('deleting an attachment removes its file', async () => {
    const [first] = await attachments();
    expect(existsSync(fileOf(first.id))).toBe(true);
    const r = await t.gql(`mutation($id: ID!) { deleteAttachment(id: $id) }`, { id: first.id }, w.tokens.staff);
    expect(r.data).toEqual({ deleteAttachment: true });
    expect(existsSync(fileOf(first.id))).toBe(false);
  });

  test('the next start sweeps files no attachment names, and keeps every file one does', async () => {
    const kept = await attachments();
    const orphan = join(t.app.config.dataDir, 'evidence', String(w.campaignId), w.assessments.danzhutou, '00000000-0000-4000-8000-000000000000');
    const staged = join(t.app.config.dataDir, 'evidence', 'tmp', 'left-by-a-crash');
    mkdirSync(join(t.app.config.dataDir, 'evidence', 'tmp'), { recursive: true });
    const old = new Date(Date.now() - 2 * 3600_000);
    for (const path of [orphan, staged]) {
      writeFileSync(path, 'orphan');
      utimesSync(path, old, old);
    }
    const again = await createApp(t.app.config, () => {});
    await again.close();
    expect(existsSync(orphan)).toBe(false);
    expect(existsSync(staged)).toBe(false);
    for (const a of kept) expect(existsSync(fileOf(a.id))).toBe(true);
  });
});
