// Importing an .xlsx indicator table: what was understood is shown as a tree, with every
// problem named by its row, before anything replaces the system being edited.
import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Table, Upload } from 'antd';
import { useState } from 'react';
import { flatten } from '../tree.js';
import type { BuilderSystem } from '../types.js';
import type { ImportFault } from '../xlsx.js';
import { w } from '../../i18n/words';

export function ImportExcel({ onUse }: { onUse: (system: BuilderSystem) => void }) {
  const [result, setResult] = useState<{ system: BuilderSystem; faults: ImportFault[] }>();
  const read = async (file: File) => {
    const { importXlsx } = await import('../xlsx.js');
    setResult(await importXlsx(new Uint8Array(await file.arrayBuffer())));
  };
  const rows = result ? flatten(result.system.indicators).map((n) => ({ ...n, depth: n.code.split(/(?<=^[A-Za-z]+)|\./).length })) : [];
  return (
    <>
      <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => { void read(f); return false; }}>
        <Button icon={<UploadOutlined />} data-testid="import-xlsx">{w("从 Excel 导入")}</Button>
      </Upload>
      <Modal open={!!result} width={900} title={w("从 Excel 读到的指标")} okText={w("用它创建草稿")} cancelText={w("取消")}
        onCancel={() => setResult(undefined)} okButtonProps={{ disabled: !result?.system.indicators.length }}
        onOk={() => { onUse(result!.system); setResult(undefined); }}>
        {result?.faults.map((f, i) => <Alert key={i} type="warning" showIcon title={f.message} style={{ marginBottom: 4 }} />)}
        <Table size="small" rowKey="id" pagination={false} dataSource={rows} scroll={{ y: 400 }} expandable={{ childrenColumnName: '__none' }} columns={[
          { title: w("编码"), render: (_, n) => <span style={{ paddingLeft: (n.depth - 1) * 16 }}>{n.code}</span> },
          { title: w("名称"), dataIndex: 'title' }, { title: w("分值"), dataIndex: 'maxScore' },
          { title: w("评分标准"), dataIndex: 'criteria' }, { title: w("责任部门"), render: (_, n) => n.departments.join('、') },
        ]} />
      </Modal>
    </>
  );
}
