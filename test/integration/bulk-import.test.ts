// Bulk import of units and accounts: a preview checks every row exactly as creating it by hand
// would and writes nothing; a sheet with any fault writes nothing and names each row and
// column; a clean one writes every row, children under parents from earlier rows; imported
// accounts get generated passwords, returned once and to be changed at the first login.
import { expect, test } from 'vitest';
import type { TestApp } from '../factories/app.factory.js';
import type { World } from '../factories/world.factory.js';
import { useWorld } from '../factories/world-setup.js';

let t: TestApp;
let w: World;
useWorld((app, world) => { t = app; w = world; });

const UNITS = `mutation($rows: [OrgUnitImportRow!]!, $dry: Boolean!) { importOrgUnits(rows: $rows, dryRun: $dry) { ok created faults { row path message } } }`;
const USERS = `mutation($rows: [UserImportRow!]!, $dry: Boolean!) { importUsers(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } } }`;
const count = async (search: string) => (await t.gql(`query($s: String) { orgUnits(search: $s) { totalCount } }`, { s: search }, t.adminToken)).data!.orgUnits.totalCount;

const rows = [
  { code: '440307009', name: '宝龙街道', level: 'street', parentCode: '440307', attributes: { population: 230_000 } },
  { code: '440307009001', name: '宝龙社区', level: 'community', parentCode: '440307009', attributes: { population: 21_000 } },
  { code: '440307009002', name: '龙东社区', level: 'community', parentCode: '440307009', attributes: { population: 26_000 } },
];

test('a sheet with a faulty row writes nothing and names each row and column', async () => {
  const bad = [...rows, { code: '440307009003', name: '南约社区', level: 'village-x', parentCode: '440307009' }, { code: '440307009004', name: '同乐社区', level: 'community', parentCode: '999999' }];
  const r = (await t.gql(UNITS, { rows: bad, dry: false }, w.tokens.districtAdmin)).data!.importOrgUnits;
  expect(r.ok).toBe(false);
  expect(r.created).toBe(0);
  expect(r.faults.map((f: { row: number; path: string }) => [f.row, f.path])).toEqual([[4, '/level'], [5, '/parentCode']]);
  expect(r.faults[1].message).toContain('999999');
  expect(await count('宝龙')).toBe(0);
});

test('a preview checks every row and writes nothing; the import then writes them all', async () => {
  const preview = (await t.gql(UNITS, { rows, dry: true }, w.tokens.districtAdmin)).data!.importOrgUnits;
  expect(preview).toEqual({ ok: true, created: 0, faults: [] });
  expect(await count('宝龙')).toBe(0);
  const done = (await t.gql(UNITS, { rows, dry: false }, w.tokens.districtAdmin)).data!.importOrgUnits;
  expect(done).toEqual({ ok: true, created: 3, faults: [] });
  const units = (await t.gql(`{ orgUnits(search: "4403070090") { nodes { name parent { name } attributes } } }`, {}, t.adminToken)).data!.orgUnits.nodes;
  expect(units.map((u: { name: string; parent: { name: string } }) => [u.name, u.parent.name]).sort()).toEqual([['宝龙社区', '宝龙街道'], ['龙东社区', '宝龙街道']]);
  // Importing the same sheet again: every code is taken, nothing is written twice.
  const again = (await t.gql(UNITS, { rows, dry: false }, w.tokens.districtAdmin)).data!.importOrgUnits;
  expect(again.faults.map((f: { row: number; path: string }) => [f.row, f.path])).toEqual([[1, '/code'], [2, '/code'], [3, '/code']]);
});

test('only an administrator of the parent\'s subtree may import under it: each row says so', async () => {
  const r = (await t.gql(UNITS, { rows: [{ code: '440307099', name: '别处街道', level: 'street', parentCode: '440307' }], dry: true }, w.tokens.reviewer)).data!.importOrgUnits;
  expect(r.ok).toBe(false);
  expect(r.faults).toEqual([{ row: 1, path: '', message: expect.stringContaining('权限') }]);
});

test('imported accounts get generated passwords, returned once, to be changed at the first login', async () => {
  const people = [
    { username: 'pinghu-a', displayName: '平湖填报员', role: 'STAFF', unitCode: '440307006001' },
    { username: 'pinghu-b', displayName: '平湖审核员', role: 'REVIEWER', unitCode: '440307006' },
  ];
  const preview = (await t.gql(USERS, { rows: [...people, { username: 'nobody', displayName: '无单位', role: 'STAFF', unitCode: '000' }], dry: true }, w.tokens.districtAdmin)).data!.importUsers;
  expect(preview.faults.map((f: { row: number; path: string }) => [f.row, f.path])).toEqual([[3, '/unitCode']]);
  expect(preview.passwords).toEqual([]);
  const done = (await t.gql(USERS, { rows: people, dry: false }, w.tokens.districtAdmin)).data!.importUsers;
  expect(done.created).toBe(2);
  expect(done.passwords.map((p: { username: string }) => p.username)).toEqual(['pinghu-a', 'pinghu-b']);
  const token = await t.login('pinghu-a', done.passwords[0].password);
  expect((await t.gql(`{ me { mustChangePassword } }`, {}, token)).data!.me.mustChangePassword).toBe(true);
});
