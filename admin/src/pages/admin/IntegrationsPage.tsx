// For the people who connect other systems: API tokens (shown once), webhooks with their
// delivery log (test, retry, pause, new secret), and the way to the API explorer and guide.
import { Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/errors';
import { request, useGraphQL } from '../../api/graphql';
import { useAction } from '../../components/useAction';
import { ActionError, PageError } from '../../components/PageState';
import { graphql } from '../../gql';
import type { IntegrationsOverviewQuery, WebhookDeliveryStatus, WebhookEvent } from '../../gql/graphql';
import { type Phrase, w } from '../../i18n/words';
import { validated } from '../../components/validated';

const EVENTS: [WebhookEvent, Phrase][] = [
  ['ASSESSMENT_SUBMITTED', '评估已提交'], ['ASSESSMENT_RETURNED', '评估被退回'], ['ASSESSMENT_RECOMMENDED', '街道已推荐'], ['ASSESSMENT_FINALIZED', '专家已评定'],
  ['CAMPAIGN_OPENED', '督导评估开始'], ['CAMPAIGN_CLOSED', '督导评估截止'], ['CAMPAIGN_PUBLISHED', '结果已公布'],
];
/** An event by its name: the enum (ASSESSMENT_SUBMITTED) or as a delivery records it (assessment.submitted); an unknown one as it is. */
const eventLabel = (e: string) => {
  const label = EVENTS.find(([k]) => k === e || k.toLowerCase().replace('_', '.') === e)?.[1];
  return label ? w(label) : e;
};
const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { PENDING: 'processing', SUCCEEDED: 'success', FAILED: 'error' };
const STATUS_LABEL: Record<WebhookDeliveryStatus, Phrase> = { PENDING: '等待发送', SUCCEEDED: '已送达', FAILED: '已放弃' };

const OVERVIEW = graphql(`
  query IntegrationsOverview {
    webhooks { id url events description enabled deliveries(first: 20) { id event status attempts lastStatusCode lastError createdAt nextAttemptAt } }
    apiTokens { id name access createdAt lastUsedAt expiresAt revokedAt }
  }
`);
const REDELIVER = graphql(`mutation IntegrationsRedeliver($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`);
const PING = graphql(`mutation IntegrationsPing($id: ID!) { pingWebhook(id: $id) { id } }`);
const SET_ENABLED = graphql(`mutation IntegrationsSetWebhookEnabled($id: ID!, $on: Boolean!) { updateWebhook(id: $id, input: { enabled: $on }) { id } }`);
const ROTATE_SECRET = graphql(`mutation IntegrationsRotateSecret($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`);
const DELETE_WEBHOOK = graphql(`mutation IntegrationsDeleteWebhook($id: ID!) { deleteWebhook(id: $id) }`);
const REVOKE_TOKEN = graphql(`mutation IntegrationsRevokeToken($id: ID!) { revokeApiToken(id: $id) }`);
const CREATE_WEBHOOK = graphql(`mutation IntegrationsCreateWebhook($i: CreateWebhookInput!) { createWebhook(input: $i) { secret } }`);
const CREATE_TOKEN = graphql(`
  mutation IntegrationsCreateToken($n: String!, $a: [ApiScope!], $d: Int) { createApiToken(name: $n, access: $a, expiresInDays: $d) { token } }
`);

type Hook = IntegrationsOverviewQuery['webhooks'][number];
type Delivery = Hook['deliveries'][number];
type Token = IntegrationsOverviewQuery['apiTokens'][number];

const time = (s: string | null) => (s ? new Date(s).toLocaleString() : '—');

export function IntegrationsPage() {
  const { data, error, refetch } = useGraphQL(OVERVIEW, {});
  const reload = () => refetch();
  const { act, errorBar } = useAction(reload);
  const [secret, setSecret] = useState<{ title: string; value: string }>();
  const [creating, setCreating] = useState<'hook' | 'token'>();
  if (error) return <PageError error={error} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>{w('接口与推送')}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {w('其他系统通过 GraphQL 接口（/graphql）读取数据，用 API 令牌验证身份；状态变化时，本系统向登记的网址推送签名的 JSON。')}{' '}
        <a href="/graphiql" target="_blank" rel="noreferrer" data-testid="open-graphiql">{w('打开接口浏览器')}</a>
      </Typography.Paragraph>
      {errorBar}

      <Card title={w('推送地址')} extra={<Button type="primary" onClick={() => setCreating('hook')} data-testid="new-webhook">{w('登记推送地址')}</Button>}>
        <Table<Hook> rowKey="id" size="small" loading={!data} dataSource={data?.webhooks} pagination={false} scroll={{ x: 'max-content' }}
          locale={{ emptyText: w('还没有推送地址') }}
          expandable={{ expandedRowRender: (h) => <Deliveries hook={h} onRedeliver={(id) => act(REDELIVER, { id })} /> }}
          columns={[
            { title: w('网址'), render: (_, h) => <Space orientation="vertical" size={0}><Typography.Text code>{h.url}</Typography.Text>{h.description && <Typography.Text type="secondary">{h.description}</Typography.Text>}</Space> },
            { title: w('事件'), render: (_, h) => <Space wrap size={4}>{h.events.map((e) => <Tag key={e}>{eventLabel(e)}</Tag>)}</Space> },
            { title: w('状态'), render: (_, h) => <Space wrap size={4}>
              {h.enabled ? <Tag color="success">{w('启用')}</Tag> : <Tag>{w('已停用')}</Tag>}
              {h.deliveries.some((d) => d.status === 'FAILED') && <Tag color="error">{w('有失败的推送')}</Tag>}
            </Space> },
            { title: w('操作'), render: (_, h) => <Space wrap size={4}>
              <Button size="small" onClick={() => act(PING, { id: h.id })} data-testid={`ping-${h.id}`}>{w('测试推送')}</Button>
              <Button size="small" onClick={() => act(SET_ENABLED, { id: h.id, on: !h.enabled })}>{h.enabled ? w('停用') : w('启用')}</Button>
              <Popconfirm title={w('更换后，接收方须改用新密钥校验签名。继续？')} onConfirm={() => act(ROTATE_SECRET, { id: h.id },
                (d) => setSecret({ title: w('新的签名密钥'), value: d.rotateWebhookSecret.secret }))}>
                <Button size="small">{w('更换密钥')}</Button>
              </Popconfirm>
              <Popconfirm title={w('删除此推送地址及其推送记录？')} onConfirm={() => act(DELETE_WEBHOOK, { id: h.id })}>
                <Button size="small" danger>{w('删除')}</Button>
              </Popconfirm>
            </Space> },
          ]} />
      </Card>

      <Card title={w('API 令牌')} extra={<Button onClick={() => setCreating('token')} data-testid="new-token">{w('创建令牌')}</Button>}>
        <Table<Token> rowKey="id" size="small" loading={!data} dataSource={data?.apiTokens} pagination={false} scroll={{ x: 'max-content' }}
          locale={{ emptyText: w('还没有令牌') }}
          columns={[
            { title: w('名称'), dataIndex: 'name' },
            { title: w('权限'), render: (_, k) => k.access.includes('WRITE') ? w('读写') : w('只读') },
            { title: w('最近使用'), render: (_, k) => time(k.lastUsedAt) },
            { title: w('到期'), render: (_, k) => k.revokedAt ? <Tag>{w('已吊销')}</Tag> : time(k.expiresAt) },
            { title: w('操作'), render: (_, k) => !k.revokedAt && (
              <Popconfirm title={w('吊销后使用此令牌的工具将无法访问。继续？')} onConfirm={() => act(REVOKE_TOKEN, { id: k.id })}>
                <Button size="small" danger>{w('吊销')}</Button>
              </Popconfirm>
            ) },
          ]} />
      </Card>

      <NewWebhook open={creating === 'hook'} onClose={(s) => { setCreating(undefined); if (s) { setSecret({ title: w('签名密钥'), value: s }); void reload(); } }} />
      <NewToken open={creating === 'token'} onClose={(s) => { setCreating(undefined); if (s) { setSecret({ title: w('API 令牌'), value: s }); void reload(); } }} />
      <Modal open={!!secret} title={secret?.title} onOk={() => setSecret(undefined)} onCancel={() => setSecret(undefined)} cancelButtonProps={{ style: { display: 'none' } }}>
        <Typography.Paragraph>{w('只显示这一次，请复制保存到接收方或工具中。')}</Typography.Paragraph>
        <Typography.Paragraph copyable code data-testid="shown-secret">{secret?.value}</Typography.Paragraph>
      </Modal>
    </Space>
  );
}

function Deliveries({ hook, onRedeliver }: { hook: Hook; onRedeliver: (id: string) => void }) {
  return (
    <Table<Delivery> rowKey="id" size="small" dataSource={hook.deliveries} pagination={false} locale={{ emptyText: w('还没有推送') }} data-testid={`deliveries-${hook.id}`}
      columns={[
        { title: w('时间'), render: (_, d) => time(d.createdAt) },
        { title: w('事件'), render: (_, d) => (d.event === 'ping' ? w('测试推送') : eventLabel(d.event)) },
        { title: w('状态'), render: (_, d) => <Tag color={STATUS_COLOR[d.status]}>{w(STATUS_LABEL[d.status])}</Tag> },
        { title: w('尝试'), dataIndex: 'attempts' },
        { title: w('结果'), render: (_, d) => d.lastError ?? (d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : d.status === 'PENDING' ? w('下次尝试：{at}', { at: time(d.nextAttemptAt) }) : '—') },
        { title: '', render: (_, d) => d.status === 'FAILED' && <Button size="small" onClick={() => onRedeliver(d.id)}>{w('重新推送')}</Button> },
      ]} />
  );
}

/** A dialog's form that sends one mutation and hands back the secret it answers: input faults at their fields, anything else above them. */
function useDialogForm(send: (values: Record<string, any>) => Promise<string>, onClose: (secret?: string) => void) {
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    setError(undefined);
    try {
      const secret = await send(values);
      form.resetFields();
      onClose(secret);
    } catch (err) {
      setError(err);
      if (err instanceof ApiError) form.setFields(err.faults.filter((f) => f.path.startsWith('/input/')).map((f) => ({ name: f.path.split('/')[2], errors: [f.message] })));
    }
  };
  return { form, submit, errorBar: <ActionError error={error} onClose={() => setError(undefined)} /> };
}

function NewWebhook({ open, onClose }: { open: boolean; onClose: (secret?: string) => void }) {
  const { form, submit, errorBar } = useDialogForm(async (v) => (await request(CREATE_WEBHOOK,
    { i: { url: v.url.trim(), events: v.events, description: v.description || null } })).createWebhook.secret, onClose);
  return (
    <Modal open={open} title={w('登记推送地址')} onOk={submit} onCancel={() => onClose()} okText={w('创建')} destroyOnHidden>
      {errorBar}
      <Form form={form} layout="vertical" initialValues={{ events: ['ASSESSMENT_SUBMITTED', 'ASSESSMENT_FINALIZED'] }}>
        <Form.Item name="url" label={w('接收推送的网址')} rules={[{ required: true, message: w('请填写网址') }]}>
          <Input placeholder="https://example.gov.cn/zhibiao/events" data-testid="webhook-url" />
        </Form.Item>
        <Form.Item name="events" label={w('事件')} rules={[{ required: true, message: w('请至少选择一种事件') }]}>
          <Checkbox.Group options={EVENTS.map(([value, label]) => ({ value, label: w(label) }))} />
        </Form.Item>
        <Form.Item name="description" label={w('说明')}><Input placeholder={w('如：省级平台')} /></Form.Item>
      </Form>
    </Modal>
  );
}

function NewToken({ open, onClose }: { open: boolean; onClose: (token?: string) => void }) {
  const { form, submit, errorBar } = useDialogForm(async (v) => (await request(CREATE_TOKEN,
    { n: v.name, a: v.scope === 'write' ? ['READ', 'WRITE'] : ['READ'], d: v.days ? Number(v.days) : null })).createApiToken.token, onClose);
  return (
    <Modal open={open} title={w('创建令牌')} onOk={submit} onCancel={() => onClose()} okText={w('创建')} destroyOnHidden>
      {errorBar}
      <Form form={form} layout="vertical" initialValues={{ scope: 'read', days: '90' }}>
        <Form.Item name="name" label={w('名称')} rules={[{ required: true, message: w('请填写名称，如使用它的工具') }]}><Input data-testid="token-name" placeholder={w('如：市教育局数据平台')} /></Form.Item>
        <Form.Item name="scope" label={w('权限')}>
          <Select options={[{ value: 'read', label: w('只读') }, { value: 'write', label: w('读写') }]} />
        </Form.Item>
        <Form.Item name="days" label={w('有效天数')}><Input inputMode="numeric" /></Form.Item>
      </Form>
    </Modal>
  );
}
