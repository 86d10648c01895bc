// Generated payloads (fast-check) for every mutation, the preview and the upload route: odd ids,
// huge or negative numbers, any JSON, text with NUL or half a surrogate pair, broken multipart.
// The property suite sends them in the tests; `npm run reliability` sends them to the built server.
import fc from 'fast-check';
import { buildIndicatorSystem } from './system.factory.js';
import { tinyPng, type World } from './world.factory.js';

// Text of every kind: plain, Chinese, any UTF-16 unit (NUL and lone surrogates included), long.
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', ' ', '丹竹头社区', 'A1', 'x'.repeat(5000)));
const json = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.object({ maxDepth: 3, key: text }), fc.constant(buildIndicatorSystem() as unknown));
const int = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2 ** 31 - 1));
const idOf = (w: World) => fc.oneof(text, fc.integer().map(String), fc.constantFrom(w.assessments.danzhutou, w.assessments.danping, w.campaignId, w.versionId, w.units.danzhutou, '0', '-1', '1e9'));
const code = () => fc.oneof(text, fc.constantFrom('test-system', 'sz-learning-community', 'A1', 'new-code'));

export interface Op { query: string; variables: Record<string, unknown> }

/** Every mutation and the preview, with generated variables aimed at the world's ids. */
export const operations = (w: World): fc.Arbitrary<Op> => {
  const id = () => idOf(w);
  return fc.oneof(
    fc.record({ id: id(), data: json, r: int, s: fc.option(json) }).map((v) => ({ query: `mutation($id: ID!, $data: JSON!, $r: Int!, $s: JSON) { saveAssessmentDraft(id: $id, data: $data, expectedRevision: $r, selfScores: $s) { revision } }`, variables: v })),
    fc.record({ id: id(), r: int }).map((v) => ({ query: `mutation($id: ID!, $r: Int!) { submitAssessment(id: $id, expectedRevision: $r) { status } }`, variables: v })),
    fc.record({ id: id(), stage: fc.constantFrom('STREET', 'EXPERT'), decision: fc.constantFrom('RECOMMEND', 'RETURN', 'FINALIZE'), o: fc.option(text), s: fc.option(json), re: fc.option(json), r: fc.option(int) })
      .map((v) => ({ query: `mutation($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $o: String, $s: JSON, $re: JSON, $r: Int) { reviewAssessment(id: $id, stage: $stage, decision: $decision, opinion: $o, scores: $s, reasons: $re, expectedRevision: $r) { status } }`, variables: v })),
    fc.record({ c: code(), s: json, u: fc.option(json), a: fc.boolean() }).map((v) => ({ query: `mutation($c: String!, $s: JSON!, $u: JSON, $a: Boolean!) { createIndicatorSystem(code: $c, schema: $s, uiSchema: $u, allowFaults: $a) { code } }`, variables: v })),
    fc.record({ c: code(), s: json, u: fc.option(json), a: fc.boolean(), r: fc.option(int) }).map((v) => ({ query: `mutation($c: String!, $s: JSON!, $u: JSON, $a: Boolean!, $r: Int) { saveIndicatorSystemDraft(code: $c, schema: $s, uiSchema: $u, allowFaults: $a, expectedRevision: $r) { number } }`, variables: v })),
    fc.record({ c: code() }).map((v) => ({ query: `mutation($c: String!) { publishIndicatorSystem(code: $c) { number } }`, variables: v })),
    fc.record({ name: text, sv: id(), targets: fc.array(id(), { maxLength: 4 }), d: fc.option(json), p: fc.option(fc.double()), y: fc.option(int), o: fc.option(id()) })
      .map((v) => ({ query: `mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`, variables: { i: { name: v.name, systemVersionId: v.sv, targetOrgUnitIds: v.targets, deadlines: v.d, passScore: Number.isFinite(v.p) ? v.p : null, year: v.y, orgUnitId: v.o } } })),
    fc.record({ id: id(), m: fc.constantFrom('openCampaign', 'closeCampaign', 'publishCampaign') }).map((v) => ({ query: `mutation($id: ID!) { ${v.m}(id: $id) { id } }`, variables: { id: v.id } })),
    fc.record({ code: text, name: text, level: text, parentId: fc.option(id()), attributes: fc.option(json) }).map((v) => ({ query: `mutation($i: CreateOrgUnitInput!) { createOrgUnit(input: $i) { id } }`, variables: { i: v } })),
    fc.record({ username: text, password: text, displayName: text, role: fc.constantFrom('ADMIN', 'STAFF', 'REVIEWER', 'EXPERT'), orgUnitId: fc.option(id()) }).map((v) => ({ query: `mutation($i: CreateUserInput!) { createUser(input: $i) { id } }`, variables: { i: v } })),
    fc.record({ n: text, s: fc.array(text, { maxLength: 3 }), d: fc.option(int) }).map((v) => ({ query: `mutation($n: String!, $s: [String!], $d: Int) { createApiToken(name: $n, scopes: $s, expiresInDays: $d) { token } }`, variables: v })),
    fc.record({ id: id(), m: fc.constantFrom('revokeApiToken', 'deleteAttachment') }).map((v) => ({ query: `mutation($id: ID!) { ${v.m}(id: $id) }`, variables: { id: v.id } })),
    fc.record({ url: fc.oneof(text, fc.constantFrom('http://127.0.0.1:9/', 'https://hooks.example.invalid/in', 'ftp://x', 'http://169.254.169.254/')), e: fc.array(fc.constantFrom('ASSESSMENT_SUBMITTED', 'CAMPAIGN_OPENED'), { maxLength: 3 }), d: fc.option(text) })
      .map((v) => ({ query: `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret } }`, variables: { i: { url: v.url, events: v.e, description: v.d } } })),
    fc.record({ id: id(), url: fc.option(text), d: fc.option(text), on: fc.option(fc.boolean()) })
      .map((v) => ({ query: `mutation($id: ID!, $i: UpdateWebhookInput!) { updateWebhook(id: $id, input: $i) { id } }`, variables: { id: v.id, i: { url: v.url, description: v.d, enabled: v.on } } })),
    fc.record({ id: id(), m: fc.constantFrom('pingWebhook { id }', 'rotateWebhookSecret { secret }', 'deleteWebhook', 'redeliverWebhook { id }') })
      .map((v) => ({ query: `mutation($id: ID!) { ${v.m.startsWith('redeliver') ? `redeliverWebhook(deliveryId: $id) { id }` : v.m.replace(/^(\w+)/, '$1(id: $id)')} }`, variables: { id: v.id } })),
    fc.record({ u: text, p: text }).map((v) => ({ query: `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`, variables: v })),
    fc.record({ s: json, d: json, u: fc.option(json), ss: fc.option(json) }).map((v) => ({ query: `query($s: JSON!, $d: JSON!, $u: JSON, $ss: JSON) { previewAssessment(schema: $s, data: $d, unit: $u, selfScores: $ss) { total valid } }`, variables: v })),
  );
};

/** A multipart body built from generated pieces: fields, a file part, cut anywhere or not at all. */
export const multipart = (w: World): fc.Arbitrary<Multipart> => fc.record({
  fields: fc.array(fc.tuple(fc.oneof(text, fc.constantFrom('assessmentId', 'indicatorCode', 'file')), fc.oneof(text, idOf(w))), { maxLength: 4 }),
  filename: text,
  type: fc.oneof(text, fc.constantFrom('image/png', 'application/pdf', 'application/octet-stream')),
  bytes: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.constant(new Uint8Array(tinyPng()))),
  cut: fc.option(fc.nat()),
  boundary: fc.oneof(fc.constant('zbFuzz'), fc.stringMatching(/^[A-Za-z0-9'()+_,./:=?-]{1,70}$/)),
});

export type Multipart = { fields: [string, string][]; filename: string; type: string; bytes: Uint8Array; cut: number | null; boundary: string };

/** Sends one generated multipart body to the upload route; answers the HTTP status. */
export async function upload(baseUrl: string, m: Multipart, token?: string): Promise<number> {
  const parts = [
    ...m.fields.map(([name, value]) => Buffer.from(`--${m.boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
    Buffer.from(`--${m.boundary}\r\nContent-Disposition: form-data; name="file"; filename="${m.filename}"\r\nContent-Type: ${m.type}\r\n\r\n`),
    Buffer.from(m.bytes), Buffer.from(`\r\n--${m.boundary}--\r\n`),
  ];
  let body = Buffer.concat(parts);
  if (m.cut !== null) body = body.subarray(0, m.cut % (body.length + 1));
  const res = await fetch(`${baseUrl}/api/evidence`, {
    method: 'POST', body, headers: { 'content-type': `multipart/form-data; boundary=${m.boundary}`, ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  await res.arrayBuffer();
  return res.status;
}
