// API tokens for third-party tools: read-only by default, write on request, revocable,
// expiring, stored only as hashes, and never able to do more than their user.
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { errorOf, type TestApp } from '../factories/app.factory.js';
import { uploadEvidence, type World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const CREATE = `mutation($n: String!, $s: [String!], $d: Int) { createApiToken(name: $n, scopes: $s, expiresInDays: $d) { token apiToken { id name scopes expiresAt } } }`;
const STATS = `query($id: ID!) { campaign(id: $id) { stats { total } } }`;

describe('API tokens', () => {
  test('a read-only token reads what its user may read and changes nothing', async () => {
    const created = (await t.gql(CREATE, { n: '区统计平台' }, w.tokens.districtAdmin)).data!.createApiToken;
    expect(created.token).toMatch(/^zbt_/);
    expect(created.apiToken.scopes).toEqual(['read']);
    expect((await t.gql(STATS, { id: w.campaignId }, created.token)).data!.campaign.stats.total).toBe(2);
    const write = await t.gql(`mutation { createApiToken(name: "套娃") { token } }`, {}, created.token);
    expect(errorOf(write).code).toBe('FORBIDDEN');
    expect((await uploadEvidence(t, created.token, w.assessments.danzhutou, 'A1')).status).toBe(403);
  });

  test('a write token may change what its user may change, and no more', async () => {
    const { token } = (await t.gql(CREATE, { n: '省平台同步', s: ['write'] }, w.tokens.staff)).data!.createApiToken;
    const saved = await t.gql(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: {}, expectedRevision: 0) { revision } }`, { id: w.assessments.danzhutou }, token);
    expect(saved.data!.saveAssessmentDraft.revision).toBe(1);
    const other = await t.gql(`mutation($id: ID!) { saveAssessmentDraft(id: $id, data: {}, expectedRevision: 0) { revision } }`, { id: w.assessments.danping }, token);
    expect(errorOf(other).code).toBe('FORBIDDEN');
  });

  test('a revoked or expired token is refused; tokens are stored as hashes', async () => {
    const created = (await t.gql(CREATE, { n: '临时', d: 1 }, w.tokens.districtAdmin)).data!.createApiToken;
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    expect((await db.query('select count(*)::int as n from api_token where token_hash = $1', [created.token])).rows[0].n).toBe(0);
    await db.query('update api_token set expires_at = now() - interval \'1 second\' where id = $1', [created.apiToken.id]);
    expect(errorOf(await t.gql(STATS, { id: w.campaignId }, created.token)).code).toBe('UNAUTHENTICATED');
    await db.end();
    const second = (await t.gql(CREATE, { n: '将被吊销' }, w.tokens.districtAdmin)).data!.createApiToken;
    expect((await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: second.apiToken.id }, w.tokens.districtAdmin)).data).toEqual({ revokeApiToken: true });
    expect(errorOf(await t.gql(STATS, { id: w.campaignId }, second.token)).code).toBe('UNAUTHENTICATED');
    const mine = await t.gql(`{ apiTokens { name revokedAt } }`, {}, w.tokens.districtAdmin);
    expect(mine.data!.apiTokens.map((a: { name: string }) => a.name)).toEqual(['将被吊销', '临时', '区统计平台']);
  });

  test('bad input names its path; someone else\'s token cannot be revoked', async () => {
    expect(errorOf(await t.gql(CREATE, { n: '', s: ['admin'], d: 0 }, w.tokens.staff))).toEqual({ code: 'BAD_USER_INPUT', paths: ['/name', '/scopes/0', '/expiresInDays'] });
    const theirs = (await t.gql(CREATE, { n: '别人的' }, w.tokens.districtAdmin)).data!.createApiToken.apiToken.id;
    expect(errorOf(await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: theirs }, w.tokens.staff)).code).toBe('NOT_FOUND');
  });
});

describe('tokens expire and administrators oversee them', () => {
  test('a token given no lifetime ends after 90 days', async () => {
    const created = (await t.gql(CREATE, { n: '不限期？' }, w.tokens.staff)).data!.createApiToken;
    const days = (new Date(created.apiToken.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(89.9);
    expect(days).toBeLessThanOrEqual(90);
  });

  test('an administrator lists and revokes the tokens of users in its subtree; staff see and revoke only their own', async () => {
    const staffToken = (await t.gql(CREATE, { n: '社区报表工具' }, w.tokens.staff)).data!.createApiToken;
    const LIST = `{ apiTokens(ofSubtree: true) { id name username } }`;
    const listed = (await t.gql(LIST, {}, w.tokens.districtAdmin)).data!.apiTokens as { id: string; username: string }[];
    expect(listed).toContainEqual({ id: staffToken.apiToken.id, name: '社区报表工具', username: 'dzt-staff' });
    // Staff cannot look over others' tokens, nor revoke them.
    expect(errorOf(await t.gql(LIST, {}, w.tokens.staff)).code).toBe('FORBIDDEN');
    const otherStaffToken = (await t.gql(CREATE, { n: '别人的' }, w.tokens.otherStaff)).data!.createApiToken;
    expect(errorOf(await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: otherStaffToken.apiToken.id }, w.tokens.staff)).code).toBe('NOT_FOUND');
    expect((await t.gql(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: staffToken.apiToken.id }, w.tokens.districtAdmin)).data).toEqual({ revokeApiToken: true });
    expect(errorOf(await t.gql(STATS, { id: w.campaignId }, staffToken.token)).code).toBe('UNAUTHENTICATED');
  });
});
