// Importing a spreadsheet of units or accounts: download the template, choose the filled-in
// file, read the preview (every row checked by the server exactly as a hand-made one, each
// problem at its row and column), and import only when nothing is wrong — all rows or none.
import { Alert, Button, Modal, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/errors';
import { ActionError } from '../../components/PageState';
import { download, XLSX_TYPE } from '../../builder/ui/download';
import { useI18n } from '../../i18n/i18n';

export interface ImportFault { row: number; path: string; message: string }
/** What an import answers (importOrgUnits and importUsers alike), whether checked only or written. */
export interface ImportResult { ok: boolean; created: number; faults: ImportFault[]; passwords: { username: string; password: string }[] }

export interface ImportKind<Row> {
  title: string;
  /** The template's header and an example row. */
  columns: string[];
  example: (string | number)[];
  /** A sheet row (cells by header) as the API's row, or the columns that cannot be read. */
  read: (cells: Record<string, string>) => { row: Row } | { faults: { path: string; message: string }[] };
  /** Sends the rows to the import mutation: only checked when `dryRun`, else all written or none. */
  send: (rows: Row[], dryRun: boolean) => Promise<ImportResult>;
  describe: (row: Row) => string;
  /** The sheet's column for an API path (/parentCode → 上级代码), so a problem names what people see. */
  columnOf: Record<string, string>;
}

async function readSheet(file: File): Promise<Record<string, string>[]> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await file.arrayBuffer());
  const sheet = book.worksheets[0];
  const header = ((sheet.getRow(1).values as unknown[]) ?? []).map((v) => String(v ?? '').trim());
  const rows: Record<string, string>[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const cells: Record<string, string> = {};
    (r.values as unknown[]).forEach((v, i) => { if (header[i]) cells[header[i]] = String((v as { text?: string })?.text ?? v ?? '').trim(); });
    if (Object.values(cells).some(Boolean)) rows.push(cells);
  });
  return rows;
}

export function ImportDialog<Row>({ kind, open, onClose }: { kind: ImportKind<Row>; open: boolean; onClose: (imported: boolean) => void }) {
  const { t } = useI18n();
  const [rows, setRows] = useState<Row[]>([]);
  const [faults, setFaults] = useState<ImportFault[]>([]);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ImportResult>();

  const choose = async (file: File) => {
    setError(undefined);
    setDone(undefined);
    setBusy(true);
    try {
      const cells = await readSheet(file);
      const read = cells.map((c) => kind.read(c));
      const local = read.flatMap((r, i) => ('faults' in r ? r.faults.map((f) => ({ row: i + 1, ...f })) : []));
      const list = read.flatMap((r) => ('row' in r ? [r.row] : []));
      setRows(read.map((r, i) => ('row' in r ? r.row : ({ ...cells[i] } as unknown as Row))));
      setFaults(local.length ? local : (await kind.send(list, true)).faults);
    } catch (err) {
      // The server's answer as it is; anything else means the file itself could not be read.
      setError(err instanceof ApiError ? err : new Error(t('importUnreadable', { message: (err as Error).message })));
      setRows([]);
    } finally {
      setBusy(false);
    }
  };
  const commit = async () => {
    setBusy(true);
    try {
      const r = await kind.send(rows, false);
      setFaults(r.faults);
      if (r.ok) setDone(r);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const template = async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(kind.title);
    sheet.addRow(kind.columns).font = { bold: true };
    sheet.addRow(kind.example);
    sheet.columns.forEach((c) => { c.width = 18; });
    download(`${kind.title}-模板.xlsx`, await book.xlsx.writeBuffer(), XLSX_TYPE);
  };
  const downloadPasswords = async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('初始密码');
    sheet.addRow([t('username'), t('password')]).font = { bold: true };
    for (const p of done?.passwords ?? []) sheet.addRow([p.username, p.password]);
    download('初始密码.xlsx', await book.xlsx.writeBuffer(), XLSX_TYPE);
  };
  const close = () => {
    const imported = !!done;
    setRows([]); setFaults([]); setDone(undefined); setError(undefined);
    onClose(imported);
  };
  const byRow = new Map<number, ImportFault[]>();
  for (const f of faults) byRow.set(f.row, [...(byRow.get(f.row) ?? []), f]);

  return (
    <Modal open={open} title={kind.title} width={900} onCancel={close} destroyOnHidden footer={[
      <Button key="close" onClick={close}>{t('close')}</Button>,
      !done && <Button key="go" type="primary" disabled={!rows.length || faults.length > 0} loading={busy} onClick={commit} data-testid="import-commit">{t('importCommit', { n: rows.length })}</Button>,
    ]}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Button onClick={() => template().catch(setError)} data-testid="import-template">{t('downloadTemplate')}</Button>
          <Upload accept=".xlsx" maxCount={1} showUploadList={false} beforeUpload={(file) => { void choose(file); return false; }}>
            <Button type="primary" loading={busy} data-testid="import-choose">{t('chooseFile')}</Button>
          </Upload>
        </Space>
        <ActionError error={error} />
        {rows.length > 0 && !done && (faults.length
          ? <Alert type="warning" showIcon data-testid="import-summary" title={t('importHasFaults', { n: rows.length, bad: byRow.size })} />
          : <Alert type="success" showIcon data-testid="import-summary" title={t('importReady', { n: rows.length })} />)}
        {done && <Alert type="success" showIcon data-testid="import-done" title={t('importDone', { n: done.created })} />}
        {done && done.passwords.length > 0 && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Typography.Text>{t('importPasswords')}</Typography.Text>
            <Button onClick={() => downloadPasswords().catch(setError)} data-testid="import-passwords">{t('downloadPasswords')}</Button>
          </Space>
        )}
        {rows.length > 0 && (
          <Table size="small" rowKey={(_, i) => String(i)} pagination={{ pageSize: 10, hideOnSinglePage: true }} dataSource={rows.map((r, i) => ({ r, n: i + 1 }))} columns={[
            { title: t('rowNumber'), width: 80, render: (_, x) => x.n + 1 }, // the sheet's own row number: its header is row 1
            { title: t('content'), render: (_, x) => kind.describe(x.r) },
            { title: t('problems'), render: (_, x) => (byRow.get(x.n) ?? []).map((f) => <Typography.Text key={f.path + f.message} type="danger" style={{ display: 'block' }}>{f.path ? `${kind.columnOf[f.path] ?? f.path.replace(/^\//, '')}：` : ''}{f.message}</Typography.Text>) },
          ]} />
        )}
      </Space>
    </Modal>
  );
}
