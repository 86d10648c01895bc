// The campaign table as an Excel file, the format staff and bureaus work in (Excel/WPS).
import ExcelJS from 'exceljs';

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
  const buffer = await workbook.xlsx.writeBuffer();
  const url = URL.createObjectURL(new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}.xlsx`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
