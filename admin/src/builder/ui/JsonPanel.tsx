// The schema and ui-schema as JSON, editable: applying them updates the visual editor; every
// vocabulary fault is listed with its path.
import { Alert, Button, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { Fault } from '../../../../server/engine/index.js';
import { w } from '../../i18n/words';

export function JsonPanel({ schema, uiSchema, faults, onApply }: {
  schema: Record<string, unknown>; uiSchema: Record<string, unknown>; faults: Fault[];
  onApply: (schema: Record<string, unknown>, uiSchema: Record<string, unknown>) => void;
}) {
  const [schemaText, setSchemaText] = useState(() => JSON.stringify(schema, null, 2));
  const [uiText, setUiText] = useState(() => JSON.stringify(uiSchema, null, 2));
  const [error, setError] = useState<string>();
  // The visual editor changed the system: show its JSON.
  useEffect(() => setSchemaText(JSON.stringify(schema, null, 2)), [schema]);
  useEffect(() => setUiText(JSON.stringify(uiSchema, null, 2)), [uiSchema]);
  const apply = () => {
    try {
      onApply(JSON.parse(schemaText), JSON.parse(uiText || '{}'));
      setError(undefined);
    } catch (err) {
      setError(w('不是有效的 JSON：{message}', { message: (err as Error).message }));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {faults.length > 0 && (
        <Alert type="error" showIcon title={w('指标体系有 {n} 处问题', { n: faults.length })} data-testid="json-faults"
          description={<ul style={{ margin: 0, paddingLeft: 18 }}>{faults.map((f) => <li key={f.path + f.message}><code>{f.path}</code> {f.message}</li>)}</ul>} />
      )}
      {error && <Alert type="error" showIcon title={error} />}
      <Typography.Text strong>schema.json</Typography.Text>
      <Input.TextArea aria-label="JSON Schema" value={schemaText} onChange={(e) => setSchemaText(e.target.value)} autoSize={{ minRows: 12, maxRows: 30 }} style={{ fontFamily: 'monospace', fontSize: 12 }} data-testid="json-schema" />
      <Typography.Text strong>ui-schema.json</Typography.Text>
      <Input.TextArea aria-label="UI Schema" value={uiText} onChange={(e) => setUiText(e.target.value)} autoSize={{ minRows: 4, maxRows: 12 }} style={{ fontFamily: 'monospace', fontSize: 12 }} />
      <Button type="primary" onClick={apply} data-testid="json-apply">{w("应用 JSON 到可视化编辑器")}</Button>
    </Space>
  );
}
