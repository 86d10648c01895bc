// Starting a campaign: a published system version, the units to assess (at the system's
// level, inside one's own subtree), deadlines per phase and the pass score.
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { refresh, request, useGraphQL } from '../api/graphql';
import { loadAll } from '../api/pages';
import { ActionError } from '../components/PageState';
import { graphql } from '../gql';
import { w } from '../i18n/words';
import { CAMPAIGN_LIST } from './CampaignsPage';

const SYSTEMS = graphql(`query NewCampaignSystems { indicatorSystems { code name targetLevel latestPublished { id number schema } } }`);
const CAMPAIGNS = graphql(`query NewCampaignSources($after: String) {
  campaignConnection(first: 100, after: $after) { totalCount nodes { id name year systemVersion { system { code } } } pageInfo { hasNextPage endCursor } } }`);
const UNITS = graphql(`query NewCampaignUnits($level: String, $after: String) {
  orgUnits(level: $level, first: 100, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }`);
const CREATE = graphql(`mutation CreateCampaign($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }`);

/** What the dialog reads of a version's system settings. */
type SystemSettings = { 'x-system'?: { passScore?: number; sources?: Record<string, { system: string }> } };

export function NewCampaignButton() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>();
  const [form] = Form.useForm();
  const systemCode = Form.useWatch('system', form);
  const systemsQuery = useGraphQL(SYSTEMS, {}, { enabled: open });
  const systems = (systemsQuery.data?.indicatorSystems ?? []).filter((s) => s.latestPublished);
  // Campaigns that may feed a source the chosen system declares (x-system.sources).
  const campaignsQuery = useQuery({ queryKey: ['NewCampaignSources'], queryFn: () => loadAll(CAMPAIGNS, {}, (d) => d.campaignConnection), enabled: open });
  const chosen = systems.find((s) => s.code === systemCode);
  const settings = chosen?.latestPublished?.schema as SystemSettings | undefined;
  const unitsQuery = useQuery({ queryKey: ['NewCampaignUnits', chosen?.targetLevel], queryFn: () => loadAll(UNITS, { level: chosen?.targetLevel ?? null }, (d) => d.orgUnits), enabled: !!chosen });
  const units = unitsQuery.data ?? [];
  const campaigns = campaignsQuery.data ?? [];
  const loadError = systemsQuery.error ?? campaignsQuery.error ?? unitsQuery.error;
  const sources = Object.entries(settings?.['x-system']?.sources ?? {});
  useEffect(() => {
    if (chosen) form.setFieldValue('passScore', settings?.['x-system']?.passScore);
  }, [chosen?.code]);
  const submit = async (v: {
    name: string; system: string; targets: string[]; year: number; passScore?: number; sources?: Record<string, string>;
    submit?: { format: (f: string) => string }; review?: { format: (f: string) => string }; expert?: { format: (f: string) => string };
  }) => {
    setError(undefined);
    const deadlines = Object.fromEntries((['submit', 'review', 'expert'] as const).filter((k) => v[k]).map((k) => [k, v[k]!.format('YYYY-MM-DD')]));
    try {
      const r = await request(CREATE, {
        i: {
          name: v.name, year: v.year, systemVersionId: chosen!.latestPublished!.id, targetOrgUnitIds: v.targets, passScore: v.passScore, deadlines,
          sources: Object.entries(v.sources ?? {}).filter(([, id]) => id).map(([name, campaignId]) => ({ name, campaignId })),
        },
      });
      message.success(w("已创建，确认受评单位后点“开始填报”"));
      void refresh(CAMPAIGN_LIST);
      setOpen(false);
      navigate(`/campaigns/${r.createCampaign.id}`);
    } catch (err) {
      setError(err);
    }
  };
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} data-testid="new-campaign">{w("新建督导评估")}</Button>
      <Modal open={open} title={w("新建督导评估")} okText={w("创建")} cancelText={w("取消")} onCancel={() => setOpen(false)} onOk={() => form.submit()} width={640}>
        <ActionError error={error ?? loadError} onClose={() => setError(undefined)} />
        <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year: new Date().getFullYear() }}>
          <Form.Item name="name" label={w("名称")} rules={[{ required: true, message: w("请填写名称") }]}><Input data-testid="campaign-name" /></Form.Item>
          <Form.Item name="system" label={w("指标体系（已发布版本）")} rules={[{ required: true, message: w("请选择指标体系") }]}>
            <Select data-testid="campaign-system" options={systems.map((s) => ({ value: s.code, label: `${s.name} v${s.latestPublished!.number}` }))} />
          </Form.Item>
          <Form.Item name="targets" label={w("受评单位")} rules={[{ required: true, message: w("请至少选择一个受评单位") }]}>
            <Select mode="multiple" data-testid="campaign-targets" optionFilterProp="label" options={units.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          {sources.map(([name, source]) => (
            <Form.Item key={name} name={['sources', name]} label={w('数据来源“{name}”：读取哪次督导评估（{system}）', { name, system: source.system })}
              rules={[{ required: true, message: w("请选择提供数据的督导评估") }]}>
              <Select data-testid={`campaign-source-${name}`} options={campaigns.filter((c) => c.systemVersion.system.code === source.system).map((c) => ({ value: c.id, label: `${c.year} ${c.name}` }))} />
            </Form.Item>
          ))}
          <Form.Item name="year" label={w("年度")}><InputNumber min={2000} max={2100} /></Form.Item>
          <Form.Item name="passScore" label={w("合格分")}><InputNumber min={0} /></Form.Item>
          <Form.Item label={w("截止日期")} style={{ marginBottom: 0 }}>
            <Form.Item name="submit" style={{ display: 'inline-block', marginRight: 8 }}><DatePicker placeholder={w("自评提交")} /></Form.Item>
            <Form.Item name="review" style={{ display: 'inline-block', marginRight: 8 }}><DatePicker placeholder={w("街道推荐")} /></Form.Item>
            <Form.Item name="expert" style={{ display: 'inline-block' }}><DatePicker placeholder={w("专家评定")} /></Form.Item>
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
