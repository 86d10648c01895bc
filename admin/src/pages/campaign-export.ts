// The campaign table as an Excel file, the format staff and bureaus work in (Excel/WPS).
import ExcelJS from 'exceljs';
import { download, XLSX_TYPE } from '../builder/ui/download';

/** One row's cells, in the order of the headers. */
export type ExportRow = (string | number | null)[];

export async function exportCampaign(name: string, rows: ExportRow[], headers: string[]): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('受评单位');
  sheet.addRow([name]).font = { bold: true, size: 14 };
  sheet.addRow(headers).font = { bold: true };
  for (const r of rows) sheet.addRow(r.map((cell) => cell ?? ''));
  sheet.columns.forEach((c, i) => { c.width = i === 0 ? 18 : 12; });
  download(`${name}.xlsx`, await workbook.xlsx.writeBuffer(), XLSX_TYPE);
}
