// Writing export records to a response as CSV, Excel or JSON Lines, a batch at a time and
// waiting for the client (backpressure), so memory stays bounded whatever the campaign's size.
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type Cell, csvField, type ExportColumn, type ExportRecord, jsonRecord } from './export-columns.js';
import type { ExportFormat, ExportPlan } from './export.service.js';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

/** Resolves when `out` can take more, or throws when the client went away (the export stops). */
function drained(out: Writable): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('client closed the export'));
  return new Promise((resolve, reject) => {
    const done = (err?: Error) => {
      out.off('drain', onDrain);
      out.off('close', onClose);
      if (err) reject(err);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new Error('client closed the export'));
    out.on('drain', onDrain);
    out.on('close', onClose);
  });
}

/** Writes a chunk, then waits while the client (or the compressor in front of it) is full. */
async function put(out: Writable, chunk: string): Promise<void> {
  if (out.destroyed) throw new Error('client closed the export');
  if (!out.write(chunk)) await drained(out);
}

/** Writes everything; returns the number of records written. */
export async function writeExport(format: ExportFormat, plan: ExportPlan, columns: ExportColumn[], labels: boolean, out: Writable): Promise<number> {
  let count = 0;
  const cells = (r: ExportRecord): Cell[] => columns.map((c) => c.value(r, labels));
  if (format === 'xlsx') {
    // Streamed: rows are committed as they come; inline strings keep no table of every text in memory.
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
    const sheet = workbook.addWorksheet('评估结果', { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(columns.map((c) => (labels ? c.label : c.key)));
    header.font = { bold: true };
    header.commit();
    for await (const r of plan.records) {
      sheet.addRow(cells(r)).commit();
      // exceljs writes to `out` itself; between batches, wait while the client is behind.
      if (++count % 100 === 0 && out.writableNeedDrain) await drained(out);
    }
    sheet.commit();
    await workbook.commit();
    return count;
  }
  let chunk = format === 'csv' ? `\uFEFF${columns.map((c) => csvField(labels ? c.label : c.key)).join(',')}\r\n` : '';
  for await (const r of plan.records) {
    chunk += format === 'csv'
      ? `${cells(r).map(csvField).join(',')}\r\n`
      : `${JSON.stringify(jsonRecord(r, plan.indicators, plan.levels))}\n`;
    if (++count % 100 === 0) {
      await put(out, chunk);
      chunk = '';
    }
  }
  if (chunk) await put(out, chunk);
  out.end();
  return count;
}
