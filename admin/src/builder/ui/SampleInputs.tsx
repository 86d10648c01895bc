// The sample the preview computes with, besides the answers: the assessed unit's attributes
// as the system declares them (x-system.unitAttributes; population when it declares none),
// and, for each declared source, a real campaign whose assessments `$sources.<name>` reads —
// so a county system's derived indicators can be tried before any campaign runs on it.
import { Input, InputNumber, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SourceRow } from '../../../../server/engine/index.js';
import { operationName, request } from '../../api/graphql';
import { loadAll } from '../../api/pages';
import { graphql } from '../../gql';
import { w } from '../../i18n/words';

type Json = Record<string, any>;
export type SourceLinks = Record<string, { campaignId: string; rows: SourceRow[] }>;

const CAMPAIGNS = graphql(`
  query SampleInputsCampaigns($after: String) {
    campaignConnection(first: 100, after: $after) {
      nodes { id name year systemVersion { system { code } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
const SOURCE_VALUES = graphql(`
  query SampleInputsSourceValues($s: JSON!, $src: [CampaignSourceInput!]) { previewAssessment(schema: $s, data: {}, sources: $src) { sourceValues } }
`);

export function SampleInputs({ schema, population, onPopulation, attributes, onAttributes, sources, onSources }: {
  schema: Json; population: number; onPopulation: (n: number) => void;
  attributes: Json; onAttributes: (a: Json) => void; sources: SourceLinks; onSources: (s: SourceLinks) => void;
}) {
  const system = (schema['x-system'] ?? {}) as Json;
  const declared = Object.entries((system.unitAttributes?.properties ?? {}) as Record<string, Json>);
  const declaredSources = Object.entries((system.sources ?? {}) as Record<string, { system: string }>);
  const [linkError, setLinkError] = useState<string>();
  // Every campaign, a page at a time: the one providing a source may be an old one.
  const campaignsQuery = useQuery({
    queryKey: [operationName(CAMPAIGNS), {}],
    queryFn: () => loadAll(CAMPAIGNS, {}, (d) => d.campaignConnection),
    enabled: declaredSources.length > 0,
  });
  const campaigns = campaignsQuery.data ?? [];
  const error = linkError ?? campaignsQuery.error?.message;

  const link = async (name: string, campaignId: string | undefined) => {
    setLinkError(undefined);
    const next = { ...sources };
    delete next[name];
    if (campaignId) {
      try {
        const r = await request(SOURCE_VALUES, { s: schema, src: [{ name, campaignId }] });
        const values = r.previewAssessment.sourceValues as Record<string, SourceRow[]>;
        next[name] = { campaignId, rows: values[name] ?? [] };
      } catch (e) {
        setLinkError((e as Error).message);
      }
    }
    onSources(next);
  };

  return (
    <Space orientation="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap>
        {declared.length === 0 && (
          <InputNumber addonBefore={w('样例单位常住人口')} aria-label={w('样例单位常住人口')} value={population} min={0} onChange={(v) => onPopulation(v ?? 0)} data-testid="sample-population" />
        )}
        {declared.map(([name, prop]) => {
          const label = `${w('样例单位')} ${prop.title ?? name}`;
          const set = (v: unknown) => onAttributes({ ...attributes, [name]: v ?? undefined });
          const value = sampleUnit(schema, population, attributes)[name];
          if (name === 'population') {
            return <InputNumber key={name} addonBefore={label} aria-label={label} data-testid="sample-population" value={population} min={0} onChange={(v) => onPopulation(v ?? 0)} />;
          }
          if (Array.isArray(prop.enum)) {
            return (
              <Space key={name} size={4}>
                <Typography.Text>{label}</Typography.Text>
                <Select aria-label={label} data-testid={`sample-unit-${name}`} style={{ minWidth: 120 }} value={value} onChange={set}
                  options={prop.enum.map((v: unknown) => ({ value: v, label: String(v) }))} />
              </Space>
            );
          }
          if (prop.type === 'number' || prop.type === 'integer') {
            return <InputNumber key={name} addonBefore={label} aria-label={label} data-testid={`sample-unit-${name}`} value={attributes[name]} onChange={set} />;
          }
          return <Input key={name} addonBefore={label} aria-label={label} data-testid={`sample-unit-${name}`} style={{ width: 260 }} value={attributes[name] ?? ''} onChange={(e) => set(e.target.value)} />;
        })}
      </Space>
      {declaredSources.map(([name, source]) => {
        const options = campaigns.filter((c) => c.systemVersion.system.code === source.system);
        const label = w('数据来源“{name}”：读取哪次督导评估（{system}）', { name, system: source.system });
        return (
          <Space key={name} wrap size={4}>
            <Typography.Text>{label}</Typography.Text>
            <Select aria-label={label} data-testid={`sample-source-${name}`} style={{ minWidth: 260 }} allowClear value={sources[name]?.campaignId}
              placeholder={options.length ? w('请选择提供数据的督导评估') : w('还没有使用该体系的督导评估：派生指标在预览中显示为无法计算')}
              options={options.map((c) => ({ value: c.id, label: `${c.year} ${c.name}` }))} onChange={(v) => void link(name, v)} />
            {sources[name] && <Typography.Text type="secondary" data-testid={`sample-source-count-${name}`}>{w('读取 {n} 个单位', { n: sources[name].rows.length })}</Typography.Text>}
          </Space>
        );
      })}
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
    </Space>
  );
}

/**
 * The sample unit as formulas read it: its population when the system declares nothing, else
 * each declared attribute as set (a choice starts at its first option, population at the
 * builder's sample population).
 */
export function sampleUnit(schema: Json, population: number, attributes: Json): Json {
  const declared = (schema['x-system'] as Json | undefined)?.unitAttributes?.properties as Record<string, Json> | undefined;
  if (!declared) return { population };
  const unit: Json = {};
  for (const [name, prop] of Object.entries(declared)) {
    unit[name] = name === 'population' ? population : attributes[name] ?? (Array.isArray(prop.enum) ? prop.enum[0] : undefined);
  }
  return unit;
}
