// Indicator systems: the list with versions and status; one system's tree (code, title,
// maximum, scoring) and JSON; publishing a draft; a JSON file uploaded as a new system or draft.
import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError } from '../api/errors';
import { useLevelName } from '../api/levels';
import { refresh, request, useGraphQL } from '../api/graphql';
import { ActionError, Loading, PageError } from '../components/PageState';
import { graphql } from '../gql';
import type { SystemListQuery, SystemOneQuery } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { w } from '../i18n/words';

export const SYSTEM_LIST = graphql(`query SystemList { indicatorSystems { code name issuer targetLevel builtIn versions { number status } latestPublished { number } } }`);
export const SYSTEM_ONE = graphql(`query SystemOne($code: String!) { indicatorSystem(code: $code) { code name issuer targetLevel builtIn
  versions { id number status createdAt publishedAt schema uiSchema indicators { code title level maxScore method criteria formula vetoMessage evidenceRequired departments } } } }`);
const SAVE_DRAFT = graphql(`mutation SystemUploadDraft($c: String!, $s: JSON!) { saveIndicatorSystemDraft(code: $c, schema: $s) { number } }`);
const CREATE = graphql(`mutation SystemUploadCreate($c: String!, $s: JSON!) { createIndicatorSystem(code: $c, schema: $s) { code } }`);
export const PUBLISH_SYSTEM = graphql(`mutation PublishSystem($c: String!) { publishIndicatorSystem(code: $c) { number } }`);

type SystemRow = SystemListQuery['indicatorSystems'][number];
type Indicator = NonNullable<SystemOneQuery['indicatorSystem']>['versions'][number]['indicators'][number];

const STATUS_COLOR: Record<string, string> = { DRAFT: 'warning', PUBLISHED: 'success', RETIRED: 'default' };

/** v2 已发布: a version's number and its status in the reader's words. */
function useVersionLabel(): (v: { number: number; status: string }) => string {
  const { t } = useI18n();
  return (v) => `v${v.number} ${t(v.status === 'DRAFT' ? 'draftVersion' : v.status === 'PUBLISHED' ? 'published' : 'retired')}`;
}

export function SystemsPage() {
  const { t } = useI18n();
  const levelName = useLevelName();
  const versionLabel = useVersionLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, error, isPending } = useGraphQL(SYSTEM_LIST, {});
  const [uploadError, setUploadError] = useState<unknown>();
  if (isPending) return <Loading />;
  if (error) return <PageError error={error} />;

  const upload = async (file: File) => {
    setUploadError(undefined);
    try {
      const schema = JSON.parse(await file.text());
      const code = schema?.['x-system']?.code;
      if (!code) throw new ApiError('BAD_USER_INPUT', '文件中缺少 x-system.code（体系编码），请补充后再上传');
      const exists = data.indicatorSystems.some((s) => s.code === code);
      if (exists) await request(SAVE_DRAFT, { c: code, s: schema });
      else await request(CREATE, { c: code, s: schema });
      message.success(t('savedDraft', { code }));
      await refresh(SYSTEM_LIST, SYSTEM_ONE);
    } catch (err) {
      setUploadError(err instanceof SyntaxError ? new ApiError('BAD_USER_INPUT', `不是有效的 JSON 文件：${err.message}`) : err);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('systems')}</Typography.Title>
        <Space wrap>
          <Button type="primary" onClick={() => navigate('/builder/new')} data-testid="new-system">{w('新建指标体系')}</Button>
          <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(f) => { void upload(f); return false; }}>
            <Button icon={<UploadOutlined />}>{t('uploadJson')}</Button>
          </Upload>
        </Space>
      </Space>
      <ActionError error={uploadError} onClose={() => setUploadError(undefined)} />
      <Table<SystemRow> rowKey="code" dataSource={data.indicatorSystems} pagination={false} columns={[
        { title: t('title'), render: (_, s) => <Space wrap size={[8, 4]}><Link to={`/systems/${s.code}`}>{s.name}</Link>{s.builtIn && <Tag>{t('builtIn')}</Tag>}</Space> },
        // On a phone: the name, level and versions (the code and issuer are on the system's own page).
        { title: t('code'), dataIndex: 'code', responsive: ['md'] },
        { title: t('issuer'), dataIndex: 'issuer', responsive: ['md'] },
        { title: t('targetLevel'), render: (_, s) => levelName(s.targetLevel) },
        { title: t('versions'), render: (_, s) => <Space wrap>{s.versions.map((v) => <Tag key={v.number} color={STATUS_COLOR[v.status]}>{versionLabel(v)}</Tag>)}</Space> },
      ]} />
    </Space>
  );
}

export function SystemPage({ code }: { code: string }) {
  const { t } = useI18n();
  const levelName = useLevelName();
  const versionLabel = useVersionLabel();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { data, error, isPending } = useGraphQL(SYSTEM_ONE, { code });
  const [selected, setSelected] = useState<number>();
  const [actionError, setActionError] = useState<unknown>();
  if (isPending) return <Loading />;
  if (error) return <PageError error={error} />;
  const system = data.indicatorSystem;
  if (!system) return <PageError error={new ApiError('NOT_FOUND', '')} />;
  const version = system.versions.find((v) => v.number === selected) ?? system.versions[0];
  const publish = async () => {
    try {
      await request(PUBLISH_SYSTEM, { c: code });
      message.success(t('publishOk'));
      await refresh(SYSTEM_LIST, SYSTEM_ONE);
    } catch (err) {
      setActionError(err);
    }
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space orientation="vertical" size={0}>
          <Typography.Title level={3} style={{ margin: 0 }}>{system.name}</Typography.Title>
          <Typography.Text type="secondary">{system.code} · {system.issuer} · {levelName(system.targetLevel)}</Typography.Text>
        </Space>
        <Space>
          <Select aria-label={t('versions')} value={version.number} onChange={setSelected} style={{ width: 160 }} options={system.versions.map((v) => ({ value: v.number, label: versionLabel(v) }))} />
          <Button onClick={() => navigate(`/builder/${encodeURIComponent(code)}`)} data-testid="open-builder">{w('在构建器中编辑')}</Button>
          {version.status === 'DRAFT' && <Button type="primary" onClick={publish}>{t('publish')}</Button>}
        </Space>
      </Space>
      <ActionError error={actionError} onClose={() => setActionError(undefined)} />
      <Card>
        <Tabs items={[
          { key: 'tree', label: t('tree'), children: <IndicatorTable indicators={version.indicators} /> },
          { key: 'json', label: t('json'), children: <pre style={{ maxHeight: 600, overflow: 'auto', background: '#fafafa', padding: 12 }}>{JSON.stringify(version.schema, null, 2)}</pre> },
        ]} />
      </Card>
    </Space>
  );
}

function IndicatorTable({ indicators }: { indicators: Indicator[] }) {
  const { t } = useI18n();
  return (
    <Table<Indicator> rowKey="code" size="small" pagination={false} dataSource={indicators} columns={[
      { title: t('code'), render: (_, n) => <span style={{ paddingLeft: (n.level - 1) * 20 }}>{n.code}</span> },
      { title: t('title'), render: (_, n) => (n.level === 1 ? <b>{n.title}</b> : n.title) },
      { title: t('maxScore'), dataIndex: 'maxScore', align: 'right' },
      { title: t('method'), render: (_, n) => <Space size={4}><Tag>{t(`method_${n.method}` as never)}</Tag>{n.vetoMessage && <Tag color="error" title={n.vetoMessage}>{t('veto')}</Tag>}{n.evidenceRequired && <Tag color="blue">{t('evidence')}</Tag>}</Space> },
      { title: t('criteria'), render: (_, n) => <Typography.Text style={{ fontSize: 12 }}>{n.criteria}{n.formula && <Typography.Text type="secondary" code style={{ display: 'block', fontSize: 12 }}>{n.formula}</Typography.Text>}</Typography.Text> },
      { title: t('departments'), render: (_, n) => n.departments.join('、') },
    ]} />
  );
}
