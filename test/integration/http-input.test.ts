// Bad requests get clear errors and never take the server down: malformed JSON, oversized
// bodies, wrong variable types, queries past the depth, alias and cost limits, bad uploads.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { errorOf, startTestApp, type TestApp } from '../factories/app.factory.js';
import { buildIndicatorSystem } from '../factories/system.factory.js';
import { buildWorld, tinyPng, uploadEvidence, type World } from '../factories/world.factory.js';

let t: TestApp;
let w: World;
beforeAll(async () => {
  t = await startTestApp({ bodyMaxBytes: 64 * 1024, evidenceMaxBytes: 1024 });
  w = await buildWorld(t);
});
afterAll(() => t?.close());

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}`, ...headers }, body });

describe('GraphQL requests', () => {
  test('malformed JSON is a 400 with a code', async () => {
    const res = await post('{"query": "{ me { id } }"');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
  test('an oversized body is a 413 with a code', async () => {
    const res = await post(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(70 * 1024) } }));
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
  test('a wrong variable type never reaches a resolver', async () => {
    const r = await t.gql(`mutation($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { id } }`, { id: w.assessments.danzhutou, rev: 'one' }, w.tokens.staff);
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/rev'] });
  });
  test('a malformed id is bad input with its path', async () => {
    const r = await t.gql(`{ assessment(id: "abc") { id } }`, {}, w.tokens.staff);
    expect(errorOf(r)).toEqual({ code: 'BAD_USER_INPUT', paths: ['/id'] });
  });
  test('a missing assessment is NOT_FOUND', async () => {
    expect(errorOf(await t.gql(`{ assessment(id: "999999") { id } }`, {}, w.tokens.staff)).code).toBe('NOT_FOUND');
  });
  test('a query deeper than the limit is refused before execution', async () => {
    const deep = `{ campaigns { systemVersion { system { versions { system { versions { system { versions { system { versions { system { versions { id } } } } } } } } } } } } }`;
    const r = await t.gql(deep);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.data).toBeUndefined();
  });
  test('a syntax error is a 400 GRAPHQL_PARSE_FAILED, never a 500', async () => {
    for (const query of ['{ campaigns { id ', '{ me { id } } }']) {
      const res = await post(JSON.stringify({ query }));
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    }
  });
  test('a query past the token limit is a 400 GRAPHQL_PARSE_FAILED before it is parsed whole', async () => {
    const res = await post(JSON.stringify({ query: `{ ${Array.from({ length: 2100 }, () => 'me { id }').join(' ')} }` }));
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
  test('a page size given as a variable costs the same as a literal one: nested pages past the budget are refused with cost and limit', async () => {
    const nested = `query($n: Int) { campaigns { assessments(first: $n) { nodes { id orgUnit { id } } } } orgUnits(first: $n) { nodes { id } } a2: campaigns { assessments(first: $n) { nodes { id campaign { assessments(first: $n) { nodes { id status } } } } } } }`;
    const res = await post(JSON.stringify({ query: nested, variables: { n: 100 } }));
    expect(res.status).toBe(400);
    const error = (await res.json()).errors[0];
    expect(error.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 20_000 });
    expect(error.extensions.cost).toBeGreaterThan(20_000);
    expect(error.message).toContain('估算成本');
    const literal = await post(JSON.stringify({ query: nested.replace('query($n: Int) ', '').replaceAll('$n', '100') }));
    expect((await literal.json()).errors[0].extensions.cost).toBe(error.extensions.cost);
  });
  test('the cost of one query text follows its variables each time: page sizes and @include', async () => {
    const nested = `query($n: Int, $more: Boolean!) { campaigns { assessments(first: $n) { nodes { id campaign { assessments(first: $n) { nodes { id } } } } } } a2: campaigns @include(if: $more) { assessments(first: $n) { nodes { id campaign { assessments(first: $n) { nodes { id } } } } } } }`;
    const costOf = async (variables: Record<string, unknown>) => {
      const body = await (await post(JSON.stringify({ query: nested, variables }))).json();
      return body.errors?.[0]?.extensions?.cost as number | undefined;
    };
    // Small pages pass, large ones are refused, and small ones pass again: no cost is taken for another's.
    expect(await costOf({ n: 5, more: true })).toBeUndefined();
    const large = await costOf({ n: 100, more: true });
    expect(large).toBeGreaterThan(20_000);
    expect(await costOf({ n: 5, more: true })).toBeUndefined();
    // Without the second half (@include false) the same page size costs less.
    const half = await costOf({ n: 150, more: false });
    expect(half).toBeGreaterThan(20_000);
    expect(await costOf({ n: 150, more: true })).toBeGreaterThan(half!);
    expect(await costOf({ n: 100, more: true })).toBe(large);
  });
  test('the documented page of 100 assessments with their scores is within the budget', async () => {
    const r = await t.gql(`query($id: ID!) { campaign(id: $id) { assessments(first: 100) { nodes { id status selfScore orgUnit { id name code } indicatorScores { code title maxScore selfScore streetScore expertScore finalScore } } pageInfo { hasNextPage endCursor } } } }`, { id: w.campaignId }, w.tokens.districtAdmin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.campaign.assessments.nodes.length).toBeGreaterThan(0);
  });
  test('a request holds at most two previews, each of which compiles a whole schema', async () => {
    const schema = buildIndicatorSystem();
    const previews = (n: number) => Array.from({ length: n }, (_, i) => `p${i}: previewAssessment(schema: $s, data: {}) { total }`).join(' ');
    const two = await t.gql(`query($s: JSON!) { ${previews(2)} }`, { s: schema }, w.tokens.staff);
    expect(two.errors).toBeUndefined();
    const three = await t.gql(`query($s: JSON!) { ${previews(3)} }`, { s: schema }, w.tokens.staff);
    expect(three.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', maxCost: 20_000 });
  });
  test('fifty aliases are refused before execution', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: indicatorSystems { code }`).join(' ');
    const r = await t.gql(`{ ${aliases} }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
  test('an unsafe key in answers is refused', async () => {
    const r = await post(`{"query":"mutation($d: JSON!) { saveAssessmentDraft(id: \\"${w.assessments.danzhutou}\\", data: $d, expectedRevision: 0) { id } }","variables":{"d":{"__proto__":{"x":1}}}}`);
    expect((await res(r)).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', faults: [{ path: '/data/__proto__' }] });
  });
  test('the server is still up', async () => {
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
});

async function res(r: Response) {
  return (await r.json()) as { errors: { extensions: Record<string, unknown> }[] };
}

describe('evidence uploads', () => {
  const a = () => w.assessments.danzhutou;
  test('a file over the limit is refused with 413 and not kept', async () => {
    const big = Buffer.concat([tinyPng(), Buffer.alloc(2048)]);
    const up = await uploadEvidence(t, w.tokens.staff, a(), 'A1', big);
    expect(up.status).toBe(413);
    expect(up.body.error.code).toBe('BAD_USER_INPUT');
    const r = await t.gql(`query($id: ID!) { assessment(id: $id) { attachments { id } } }`, { id: a() }, w.tokens.staff);
    expect(r.data!.assessment.attachments).toEqual([]);
  });
  test('content that disagrees with the declared type is refused', async () => {
    const up = await uploadEvidence(t, w.tokens.staff, a(), 'A1', tinyPng(), 'application/pdf', 'fake.pdf');
    expect(up.status).toBe(415);
  });
  test('a type the indicator does not accept is refused', async () => {
    const zip = Buffer.from('504b0304140000000800', 'hex');
    const up = await uploadEvidence(t, w.tokens.staff, a(), 'A1', Buffer.concat([zip, Buffer.alloc(100)]), 'application/zip', 'a.zip');
    expect(up.status).toBe(415);
  });
  test('unrecognisable content is refused', async () => {
    const up = await uploadEvidence(t, w.tokens.staff, a(), 'A1', Buffer.from('just some text'), 'text/plain', 'a.txt');
    expect(up.status).toBe(415);
  });
  test('an unknown indicator is bad input', async () => {
    const up = await uploadEvidence(t, w.tokens.staff, a(), 'ZZ');
    expect(up).toMatchObject({ status: 400, body: { error: { code: 'BAD_USER_INPUT', faults: [{ path: '/indicatorCode' }] } } });
  });
  test('no session is 401; not multipart is 400; no file is 400', async () => {
    expect((await uploadEvidence(t, '', a(), 'A1')).status).toBe(401);
    const json = await fetch(`${t.url}/api/evidence`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${w.tokens.staff}` }, body: '{}' });
    expect(json.status).toBe(400);
    const form = new FormData();
    form.append('assessmentId', a());
    const none = await fetch(`${t.url}/api/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${w.tokens.staff}` } });
    expect(none.status).toBe(400);
  });
  test('the file must come after its fields', async () => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(tinyPng())], { type: 'image/png' }), 'a.png');
    form.append('assessmentId', a());
    form.append('indicatorCode', 'A1');
    const r = await fetch(`${t.url}/api/evidence`, { method: 'POST', body: form, headers: { authorization: `Bearer ${w.tokens.staff}` } });
    expect(r.status).toBe(400);
  });
  test('a truncated multipart body is a 400, not a crash', async () => {
    const r = await fetch(`${t.url}/api/evidence`, {
      method: 'POST', headers: { 'content-type': 'multipart/form-data; boundary=XYZ', authorization: `Bearer ${w.tokens.staff}` },
      body: '--XYZ\r\nContent-Disposition: form-data; name="assessmentId"\r\n\r\n1\r\n--XY',
    });
    expect(r.status).toBe(400);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  });
  test('downloading an unknown file is 404', async () => {
    const r = await fetch(`${t.url}/api/evidence/00000000-0000-4000-8000-000000000000`, { headers: { authorization: `Bearer ${w.tokens.staff}` } });
    expect(r.status).toBe(404);
  });
});
