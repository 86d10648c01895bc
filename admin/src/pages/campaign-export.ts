// The campaign table as an Excel file, the format staff and bureaus work in (Excel/WPS).
import ExcelJS from 'exceljs';
import { download, XLSX_TYPE } from '../builder/ui/download';

export interface ExportRow {
  unit: string;
  code: string;
  status: string;
  selfScore: number;
  streetScore: number | null;
  finalScore: number | null;
  passed: string;
  grade: string;
}

export async function exportCampaign(name: string, rows: ExportRow[], headers: string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('受评单位');
  sheet.addRow([name]).font = { bold: true, size: 14 };
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows) sheet.addRow([r.unit, r.code, r.status, r.selfScore, r.streetScore ?? '', r.finalScore ?? '', r.passed, r.grade]);
  sheet.columns.forEach((c, i) => { c.width = i === 0 ? 18 : 12; });
  download(`${name}.xlsx`, await workbook.xlsx.writeBuffer(), XLSX_TYPE);
}
