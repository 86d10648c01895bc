// Work too big to do in time is refused before it starts, with the path of what is too big:
// a schema past the size limit is not compiled, answers with a table past the row limit are not
// validated (ajv's uniqueItems is quadratic), formulas cannot reach $eval or pad a string to 100 MB.
// What is within the limits but still slow runs in the compute pool, beside the requests, and
// is stopped at a deadline.
import { expect, test } from 'vitest';
import { ComputePool } from '../../server/compute/compute-pool.js';
import type { TestApp } from '../factories/app.factory.js';
import { buildHeavySystem, buildIndicatorSystem } from '../factories/system.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const PREVIEW = `query($s: JSON!, $d: JSON!) { previewAssessment(schema: $s, data: $d) { valid errors total } }`;

test('a preview of a 10,000-field schema is refused unread, at its path', async () => {
  const huge = buildIndicatorSystem({ mutate: (s) => {
    const leaf = (s.properties as any).A.properties.A1;
    for (let i = 0; i < 10_000; i++) leaf.properties[`extra${i}`] = { type: 'number', minimum: 0 };
  } });
  const r = await t.gql(PREVIEW, { s: huge, d: {} }, w.tokens.staff);
  expect(r.data!.previewAssessment.valid).toBe(false);
  expect(r.data!.previewAssessment.errors[0]).toMatchObject({ path: '/schema', message: expect.stringContaining('内容过大') });
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
});

test('answers with 60,000 rows under uniqueItems are refused at the table, before validation', async () => {
  const schema = buildIndicatorSystem({ mutate: (s) => {
    (s.properties as any).A.properties.A1.properties.rows = { type: 'array', uniqueItems: true, items: { type: 'integer' } };
  } });
  const rows = Array.from({ length: 60_000 }, (_, i) => i);
  const r = await t.gql(PREVIEW, { s: schema, d: { A: { A1: { rows } } } }, w.tokens.staff);
  expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path: '/data/A/A1/rows', message: expect.stringContaining('行') }] });
});

test('a formula that reaches for $eval or a 100-million-character $pad is refused with a message, not run', async () => {
  const withFormula = (formula: string) => buildIndicatorSystem({ mutate: (s) => {
    (s.properties as any).A.properties.A1['x-indicator'].scoring = { method: 'formula', formula };
  } });
  const evalSchema = await t.gql(PREVIEW, { s: withFormula('$eval("1")'), d: {} }, w.tokens.staff);
  expect(evalSchema.data!.previewAssessment.valid).toBe(false);
  expect(JSON.stringify(evalSchema.data!.previewAssessment.errors)).toContain('$eval');
  const pad = await t.gql(PREVIEW, { s: withFormula('$length($pad("x", 100000000)) > 0 ? 1 : 0'), d: {} }, w.tokens.staff);
  expect(JSON.stringify(pad.data!.previewAssessment.errors)).toContain('$pad');
});

test('a slow preview and a slow system check run beside requests: /healthz answers again and again meanwhile', async () => {
  const { schema, answers } = buildHeavySystem(1500);
  let done = false;
  const preview = t.gql(PREVIEW, { s: schema, d: answers }, w.tokens.staff).finally(() => { done = true; });
  const create = t.gql(`mutation($s: JSON!) { createIndicatorSystem(code: "heavy", schema: $s) { code } }`, { s: schema }, t.adminToken);
  let answered = 0;
  while (!done) {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    answered++;
  }
  // Had the work run on the request thread, no health check could be answered before it ended.
  expect(answered).toBeGreaterThanOrEqual(5);
  const r = await preview;
  expect(r.data!.previewAssessment.errors).toContainEqual(expect.objectContaining({ path: '/L1499', message: expect.stringContaining('合计超过') }));
  expect((await create).data!.createIndicatorSystem.code).toBe('heavy');
}, 60_000);

test('work past the deadline is stopped with a clear error; the pool goes on with a new worker', async () => {
  const pool = new ComputePool({ threads: 1, deadlineMs: 100, memoryMb: 512 });
  try {
    await pool.warm();
    // About a second and a half of work on an idle machine, fifteen times the deadline.
    const { schema, answers } = buildHeavySystem(1500);
    await expect(pool.preview({ schema, data: answers, unit: {}, selfScores: {} })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', message: expect.stringContaining('秒仍未完成'), faults: [{ path: '/schema' }],
    });
    // The stopped worker is replaced: the next task runs (warm() checks a schema on a new thread,
    // under its own generous deadline: a fresh thread's first compile is slow on a loaded machine).
    await expect(pool.warm()).resolves.toBeUndefined();
  } finally {
    await pool.close();
  }
}, 60_000);
