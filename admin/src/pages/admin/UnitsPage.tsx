// The units of the administrator's subtree: search by name or code, and correct a unit's name
// and declared attributes (常住人口, 学段…) — what per-capita scores and 学段 standards read
// for the next campaign. Two people editing the same unit never overwrite each other.
import { App, Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../api/errors';
import { operationName, refresh, request } from '../../api/graphql';
import { levelNamed, useOrgLevels } from '../../api/levels';
import { loadAll } from '../../api/pages';
import { ActionError, PageError } from '../../components/PageState';
import { graphql } from '../../gql';
import type { UnitsListQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { ImportDialog, type ImportKind } from './ImportDialog';
import { w } from '../../i18n/words';
import { validated } from '../../components/validated';

const UNITS_LIST = graphql(`
  query UnitsList($s: String, $level: String, $after: String) {
    orgUnits(search: $s, level: $level, first: 100, after: $after) {
      nodes { id code name level revision attributes parent { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const UPDATE_UNIT = graphql(`
  mutation UnitsUpdateOrgUnit($id: ID!, $i: UpdateOrgUnitInput!, $r: Int!) { updateOrgUnit(id: $id, input: $i, expectedRevision: $r) { revision } }
`);
const IMPORT_UNITS = graphql(`
  mutation UnitsImport($rows: [OrgUnitImportRow!]!, $dry: Boolean!) {
    importOrgUnits(rows: $rows, dryRun: $dry) { ok created faults { row path message } passwords { username password } }
  }
`);

interface UnitRow { code: string; name: string; level: string; parentCode?: string; attributes: Record<string, unknown> }

/** The units sheet: 代码, 名称, 层级 (a level's name or code), 上级代码, and the usual attributes. */
function unitsImport(t: ReturnType<typeof useI18n>['t'], levels: { code: string; name: string }[]): ImportKind<UnitRow> {
  return {
    title: t('importUnits'),
    send: async (rows, dryRun) => (await request(IMPORT_UNITS, { rows, dry: dryRun })).importOrgUnits,
    columns: ['代码', '名称', '层级', '上级代码', '常住人口', '学段'], example: ['440307003004', '新建社区', '社区', '440307003', 12000, ''],
    columnOf: { '/code': '代码', '/name': '名称', '/level': '层级', '/parentCode': '上级代码', '/parentId': '上级代码', '/attributes': '常住人口、学段' },
    describe: (r) => `${r.code} ${r.name}（${levelNamed(levels, r.level) ?? r.level}）${r.parentCode ? ` ← ${r.parentCode}` : ''}`,
    read: (c) => {
      const faults: { path: string; message: string }[] = [];
      const level = levels.find((l) => l.code === c['层级'] || l.name === c['层级'])?.code ?? c['层级'];
      const attributes: Record<string, unknown> = {};
      if (c['常住人口']) {
        const n = Number(c['常住人口'].replace(/,/g, ''));
        if (!Number.isInteger(n) || n < 0) faults.push({ path: '/常住人口', message: t('importNotInteger', { value: c['常住人口'] }) });
        else attributes.population = n;
      }
      if (c['学段']) attributes.stage = c['学段'];
      return faults.length ? { faults } : { row: { code: c['代码'] ?? '', name: c['名称'] ?? '', level, parentCode: c['上级代码'] || undefined, attributes } };
    },
  };
}

type Unit = UnitsListQuery['orgUnits']['nodes'][number];
/** A unit's declared attributes (population, stage…): a JSON object. */
const attributesOf = (u: Unit) => (u.attributes ?? {}) as Record<string, unknown>;
/** The usual attributes by their names in the reader's language; any other by its key (a system may declare its own). */
const attributeLabel = (t: ReturnType<typeof useI18n>['t'], key: string) => (key === 'population' ? t('attrPopulation') : key === 'stage' ? t('attrStage') : key);

export function UnitsPage() {
  const { t } = useI18n();
  const { levels, error: levelsError } = useOrgLevels();
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState<string>();
  const [editing, setEditing] = useState<Unit>();
  const [importing, setImporting] = useState(false);
  const variables = { s: search || null, level: level ?? null };
  // Every page of them: a district has hundreds of units, none may be left out unseen.
  const list = useQuery({
    queryKey: [operationName(UNITS_LIST), variables],
    queryFn: () => loadAll(UNITS_LIST, variables, (d) => d.orgUnits),
    placeholderData: keepPreviousData,
  });
  const reload = () => refresh(UNITS_LIST);
  if (list.error) return <PageError error={list.error} />;
  const rows = list.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('units')}</Typography.Title>
        <Space wrap>
          <Select allowClear placeholder={t('level')} aria-label={t('level')} style={{ width: 120 }} value={level} onChange={setLevel} options={levels.map((l) => ({ value: l.code, label: l.name }))} />
          <Input.Search allowClear placeholder={t('searchUnits')} aria-label={t('searchUnits')} onSearch={setSearch} style={{ width: 240 }} data-testid="unit-search" />
          <Button onClick={() => setImporting(true)} data-testid="import-units">{t('importFromExcel')}</Button>
        </Space>
      </Space>
      <ActionError error={levelsError} />
      <Table<Unit> rowKey="id" size="small" loading={!rows} dataSource={rows} pagination={{ pageSize: 20, hideOnSinglePage: true }} columns={[
        { title: t('code'), dataIndex: 'code' },
        { title: w('名称'), dataIndex: 'name' },
        { title: t('level'), render: (_, u) => levelNamed(levels, u.level) ?? u.level },
        { title: t('parentUnit'), render: (_, u) => u.parent?.name ?? '—' },
        { title: t('attributes'), render: (_, u) => Object.entries(attributesOf(u)).map(([k, v]) => `${attributeLabel(t, k)}：${v}`).join('；') || '—' },
        { title: t('actions'), render: (_, u) => <Button size="small" onClick={() => setEditing(u)} data-testid={`edit-${u.code}`}>{t('edit')}</Button> },
      ]} />
      <ImportDialog kind={unitsImport(t, levels)} open={importing} onClose={(imported) => { setImporting(false); if (imported) void reload(); }} />
      {editing && <EditUnit unit={editing} onClose={(saved) => { setEditing(undefined); if (saved) void reload(); }} />}
    </Space>
  );
}

function EditUnit({ unit, onClose }: { unit: Unit; onClose: (saved: boolean) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    let attributes: Record<string, unknown>;
    try {
      attributes = JSON.parse(v.attributes || '{}');
      if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) throw new Error();
    } catch {
      form.setFields([{ name: 'attributes', errors: [t('attributesJson')] }]);
      return;
    }
    setError(undefined);
    try {
      await request(UPDATE_UNIT, { id: unit.id, i: { name: v.name, attributes }, r: unit.revision });
      message.success(t('done'));
      onClose(true);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) form.setFields(err.faults.filter((f) => /name|attributes/.test(f.path)).map((f) => ({ name: f.path.includes('name') ? 'name' : 'attributes', errors: [f.message] })));
    }
  };
  return (
    <Modal open title={`${t('edit')}：${unit.name}（${unit.code}）`} onOk={submit} onCancel={() => onClose(false)} okText={t('save')}>
      <ActionError error={error} onClose={() => setError(undefined)} />
      <Form form={form} layout="vertical" initialValues={{ name: unit.name, attributes: JSON.stringify(attributesOf(unit), null, 2) }}>
        <Form.Item name="name" label={w('名称')} rules={[{ required: true, message: t('required') }]}><Input data-testid="unit-name" /></Form.Item>
        <Form.Item name="attributes" label={t('attributes')} extra={t('attributesHelp')}><Input.TextArea rows={5} data-testid="unit-attributes" style={{ fontFamily: 'monospace' }} /></Form.Item>
      </Form>
    </Modal>
  );
}
