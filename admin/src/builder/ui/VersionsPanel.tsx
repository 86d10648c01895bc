// The versions of a system and a readable difference between any two of them.
import { Empty, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { diffVersions } from '../diff.js';
import { type Phrase, w } from '../../i18n/words';

export interface VersionRow {
  number: number;
  status: string;
  createdAt: string;
  publishedAt: string | null;
  schema: Record<string, unknown>;
}

const STATUS: Record<string, [string, Phrase]> = { DRAFT: ['warning', '草稿'], PUBLISHED: ['success', '已发布'], RETIRED: ['default', '已停用'] };
const statusLabel = (status: string) => (STATUS[status] ? w(STATUS[status][1]) : status);

export function VersionsPanel({ versions }: { versions: VersionRow[] }) {
  const [a, setA] = useState(versions[1]?.number);
  const [b, setB] = useState(versions[0]?.number);
  if (!versions.length) return <Empty description={w("尚未保存过")} />;
  const va = versions.find((v) => v.number === a);
  const vb = versions.find((v) => v.number === b);
  const diff = va && vb ? diffVersions(va.schema, vb.schema) : undefined;
  const options = versions.map((v) => ({ value: v.number, label: `v${v.number} ${statusLabel(v.status)}` }));
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <List size="small" dataSource={versions} renderItem={(v) => (
        <List.Item><Space><b>v{v.number}</b><Tag color={STATUS[v.status]?.[0]}>{statusLabel(v.status)}</Tag><Typography.Text type="secondary">{(v.publishedAt ?? v.createdAt).slice(0, 16).replace('T', ' ')}</Typography.Text></Space></List.Item>
      )} />
      <Space>{w("比较")} <Select aria-label={w("比较")} value={a} options={options} onChange={setA} style={{ width: 140 }} /> {w("与")} <Select aria-label={w("与")} value={b} options={options} onChange={setB} style={{ width: 140 }} /></Space>
      {diff && (
        <div data-testid="version-diff">
          {!diff.added.length && !diff.removed.length && !diff.changed.length && <Typography.Text type="secondary">{w("两个版本的指标相同")}</Typography.Text>}
          {diff.added.map((d) => <div key={`a${d.code}`}><Tag color="success">{w("新增")}</Tag>{d.code} {d.title}</div>)}
          {diff.removed.map((d) => <div key={`r${d.code}`}><Tag color="error">{w("删除")}</Tag>{d.code} {d.title}</div>)}
          {diff.changed.map((d) => <div key={`c${d.code}`}><Tag color="blue">{w("修改")}</Tag>{d.code} {d.title}：{d.changes.join('；')}</div>)}
        </div>
      )}
    </Space>
  );
}
