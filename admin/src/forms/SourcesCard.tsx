// The units a derived indicator reads ($sources): per source, the campaign it comes from and
// each unit with its attributes (学段…), status, result and — opened — its figures, labelled
// by the source system's own field titles, so the filler and the experts see what the derived
// values rest on.
import { Alert, Card, Table } from 'antd';
import { useMemo } from 'react';
import { readSystem } from '../../../server/engine/index.js';
import { StatusTag } from '../components/StatusTag';
import { useI18n } from '../i18n/i18n';
import { w } from '../i18n/words';
import { ResultTag } from './StandardResult';

/** A source as the fill and review pages read it (ASSESSMENT_QUERY). */
interface Source {
  name: string;
  campaignName: string | null;
  notCounted?: { code: string; name: string; status: string }[];
  systemVersion?: { measure?: string | null; schema: unknown } | null;
  units: { code: string; name: string; attributes: unknown; status: string; total: number | null; passed: boolean | null; values: unknown }[];
}
type Unit = Source['units'][number];

interface Figure { key: string; label: string; path: string[]; unit?: string }

// As many columns as fit (one on a phone), each label above its figure.
const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: '6px 24px', margin: 0 } as const;
const LABEL = { fontSize: 12, color: 'rgba(0, 0, 0, 0.65)' } as const;

/** Every answered or computed field of the source system, in document order, with its indicator. */
function figuresOf(schema: Record<string, unknown> | undefined): Figure[] {
  if (!schema) return [];
  const system = readSystem(schema).system;
  if (!system) return [];
  return system.all.flatMap((n) => n.fields
    .filter((f) => f.type === 'number' || f.type === 'integer' || f.type === 'boolean')
    .map((f) => ({ key: `${n.code}.${f.name}`, label: `${n.code} ${f.title ?? f.name}`, path: [...n.dataPath, f.name], unit: f.unit })));
}

function valueAt(values: unknown, path: string[]): unknown {
  let at = values;
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

function shown(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'boolean') return value ? w('是') : w('否');
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);
  return String(value);
}

/** Units of the source not counted yet (not finalised): said where the derived values are read, never left out silently. */
function NotCounted({ source }: { source: Source }) {
  const { t } = useI18n();
  const pending = source.notCounted ?? [];
  if (pending.length === 0) return null;
  const list = pending.map((u) => `${u.name}（${t(`status_${u.status}` as never)}）`).join('、');
  return (
    <Alert type="warning" showIcon data-testid={`not-counted-${source.name}`} style={{ marginBottom: 8 }}
      title={w('另有 {n} 个单位尚未计入：{list}。派生指标只依据上表中的单位；它们评定后，再次保存即更新。', { n: pending.length, list })} />
  );
}

function SourceTable({ source }: { source: Source }) {
  const { t } = useI18n();
  const schema = source.systemVersion?.schema as Record<string, unknown> | undefined;
  const figures = useMemo(() => figuresOf(schema), [schema]);
  const attributes = Object.entries(((schema?.['x-system'] as Record<string, any> | undefined)?.unitAttributes?.properties ?? {}) as Record<string, { title?: string }>);
  const scored = source.systemVersion?.measure !== 'STANDARD';
  return (
    <Table<Unit>
      size="small" rowKey="code" pagination={false} dataSource={source.units}
      title={() => `${w('数据来源')}：${source.campaignName ?? source.name}（${source.units.length}）`}
      expandable={figures.length ? {
        expandedRowRender: (u) => (
          <dl style={GRID}>
            {figures.map((f) => <div key={f.key}><dt style={LABEL}>{f.label}</dt><dd style={{ margin: 0 }}>{shown(valueAt(u.values, f.path))}{f.unit && valueAt(u.values, f.path) !== undefined ? ` ${f.unit}` : ''}</dd></div>)}
          </dl>
        ),
      } : undefined}
      columns={[
        { title: w('名称'), dataIndex: 'name' },
        ...attributes.map(([name, a]) => ({ title: a.title ?? name, key: name, render: (_: unknown, u: Unit) => shown((u.attributes as Record<string, unknown> | undefined)?.[name]) })),
        { title: w('状态'), render: (_, u) => <StatusTag status={u.status as never} returned={false} /> },
        { title: t('passed'), render: (_, u) => <ResultTag result={u.passed === true ? 'met' : u.passed === false ? 'unmet' : null} /> },
        ...(scored ? [{ title: w('得分'), key: 'total', render: (_: unknown, u: Unit) => u.total ?? '—' }] : []),
      ]}
    />
  );
}

export function SourcesCard({ sources }: { sources: Source[] | null | undefined }) {
  if (!sources?.length) return null;
  return (
    <Card size="small" title={w('派生指标依据的单位')} data-testid="sources">
      {sources.map((s) => <div key={s.name}><NotCounted source={s} /><SourceTable source={s} /></div>)}
    </Card>
  );
}
