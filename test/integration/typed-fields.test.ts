// The typed fields that replace enum-like strings and fixed-shape JSON answer the same facts
// as the fields they deprecate (which keep working for existing clients).
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import { buildAnswers, buildIndicatorSystem } from '../factories/system.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

test('indicators, scores and revisions answer enums beside the deprecated strings', async () => {
  const saved = await t.gql(`mutation($id: ID!, $data: JSON!) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: 0) { revision } }`,
    { id: w.assessments.danzhutou, data: buildAnswers() }, w.tokens.staff);
  expect(saved.errors).toBeUndefined();
  const r = await t.gql(`query($id: ID!) { assessment(id: $id) {
      revisions { action step }
      indicatorScores { code kind measure }
      campaign { systemVersion { kind measure indicators { code method scoringMethod kind measure } } } } }`, { id: w.assessments.danzhutou }, w.tokens.staff);
  expect(r.errors).toBeUndefined();
  const a = r.data!.assessment;
  expect(a.revisions.at(-1)).toEqual({ action: 'save', step: 'SAVE' });
  for (const s of a.indicatorScores) expect(s.measure).toBe(s.kind.toUpperCase());
  const version = a.campaign.systemVersion;
  expect(version.measure).toBe(version.kind.toUpperCase());
  for (const i of version.indicators) {
    expect(i.scoringMethod).toBe(i.method.toUpperCase());
    expect(i.measure).toBe(i.kind.toUpperCase());
  }
});

test('a preview answers typed faults, scores and veto results', async () => {
  const r = await t.gql(`query($s: JSON!, $d: JSON!) { previewAssessment(schema: $s, data: $d) {
      errors faults { path indicatorCode message } indicatorScores scores { code maxScore selfScore measure } vetoes vetoResults { code message passed } } }`,
  { s: buildIndicatorSystem(), d: { ...buildAnswers(), A: { A1: { hasPlan: 'x' } } } }, w.tokens.districtAdmin);
  expect(r.errors).toBeUndefined();
  const p = r.data!.previewAssessment;
  expect(p.faults.length).toBeGreaterThan(0);
  expect(p.faults.map((f: { path: string }) => f.path)).toEqual(p.errors.map((e: { path: string }) => e.path));
  expect(p.scores.map((s: { code: string }) => s.code)).toEqual(p.indicatorScores.map((s: { code: string }) => s.code));
  expect(p.vetoResults).toEqual(p.vetoes);
});

test('a token is created with the access enum and reports it', async () => {
  const r = await t.gql(`mutation { createApiToken(name: "BI", access: [READ, WRITE]) { apiToken { scopes access } } }`, {}, w.tokens.districtAdmin);
  expect(r.errors).toBeUndefined();
  expect(r.data!.createApiToken.apiToken).toEqual({ scopes: ['read', 'write'], access: ['READ', 'WRITE'] });
});
