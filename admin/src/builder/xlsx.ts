// Indicator tables as they arrive — 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 | 责任部门, parent
// levels in merged cells — read into the builder model, and written back in the same layout;
// plus the division-of-labour table (分工表). Runs in the browser and in Node.
import ExcelJS from 'exceljs';
import { flatten, proposeCode } from './tree.js';
import { type BuilderIndicator, type BuilderSystem, emptyIndicator, emptySystem } from './types.js';

export interface ImportFault {
  row?: number;
  message: string;
}

const HEADERS: [keyof Columns, RegExp][] = [
  ['level1', /一级指标|^评估项目$|^项目$/], ['level2', /二级指标|^评估内容$/], ['level3', /三级指标|评估要点|观测点/],
  ['score', /分值|分数|满分/], ['criteria', /评分标准|评分细则|考核标准|评估标准|评分办法|认定标准|达标要求|达标标准/], ['departments', /责任(部门|单位)|牵头单位/],
];
/** A row that sums the table up, not an indicator. */
const TOTAL_ROW = /^(合计|总计|总分|小计)$/;
interface Columns { level1?: number; level2?: number; level3?: number; score?: number; criteria?: number; departments?: number }

function text(cell: ExcelJS.Cell): string {
  const v = (cell.isMerged ? cell.master : cell).value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in (v as object)) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('').trim();
  if (typeof v === 'object' && 'result' in (v as object)) return String((v as ExcelJS.CellFormulaValue).result ?? '').trim();
  return String(v).trim();
}

/**
 * "A1 发展规划（5分）" → code A1, title 发展规划, declared 5. Numbering is not part of a name:
 * "1.1 师资" gives code 1.1; "一、组织管理" and "（一）领导机构" lose their numerals.
 */
export function parseName(raw: string): { code?: string; title: string; declared?: number } {
  let title = raw.replace(/\s+/g, ' ').trim().replace(/^[（(][一二三四五六七八九十]+[）)]\s*|^[一二三四五六七八九十]+[、.．]\s*/, '');
  let declared: number | undefined;
  const score = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[）)]\s*$/.exec(title);
  if (score) {
    declared = Number(score[1]);
    title = title.slice(0, score.index).trim();
  }
  const code = /^([A-Za-z][A-Za-z0-9]*(?:\.\d+)*|\d+(?:\.\d+)*)[\s、.．]+(.+)$/.exec(title);
  return code ? { code: code[1], title: code[2].trim(), declared } : { title, declared };
}

/** Reads an .xlsx indicator table; what it could not understand is listed with its row. */
export async function importXlsx(data: ArrayBuffer | Uint8Array): Promise<{ system: BuilderSystem; faults: ImportFault[] }> {
  const faults: ImportFault[] = [];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as never);
  } catch {
    return { system: emptySystem(), faults: [{ message: '无法读取该文件：请确认是 Excel（.xlsx）格式，而不是 .xls 或改了扩展名的其他文件' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { system: emptySystem(), faults: [{ message: '文件中没有工作表' }] };
  let headerRow = 0;
  const cols: Columns = {};
  for (let r = 1; r <= Math.min(sheet.rowCount, 10) && !headerRow; r++) {
    const row = sheet.getRow(r);
    const found: Columns = {};
    row.eachCell((cell, c) => {
      for (const [key, re] of HEADERS) if (found[key] === undefined && re.test(text(cell))) found[key] = c;
    });
    if (found.level1 !== undefined) {
      headerRow = r;
      Object.assign(cols, found);
    }
  }
  if (!headerRow) return { system: emptySystem(), faults: [{ message: '找不到表头：表格需要有“一级指标”（或“评估项目”）列，计分表还需“分值”列（可选“二级指标”“三级指标”“评分标准”“责任部门”）' }] };
  // A table without a score column is a 达标 table: every item is met or not, none has points.
  const standard = cols.score === undefined;

  const system = emptySystem();
  const title = headerRow > 1 ? text(sheet.getRow(1).getCell(1)) : '';
  if (title) system.title = title;
  const byName = new Map<string, BuilderIndicator>();
  const declared = new Map<BuilderIndicator, number>();
  const levelCols = [cols.level1, cols.level2, cols.level3].filter((c): c is number => c !== undefined);
  // The indicator named at each level by the rows above: an empty cell that is not merged
  // ("see above") continues it, as tables whose merged cells were undone are written.
  const above: (BuilderIndicator | undefined)[] = [];
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells = levelCols.map((c) => row.getCell(c));
    // A name merged across the level columns (二级 spanning 三级) is one indicator, not two.
    const values = cells.map((cell, i) => {
      const master = (cell.isMerged ? cell.master : cell).address;
      return i > 0 && master === (cells[i - 1].isMerged ? cells[i - 1].master : cells[i - 1]).address ? '' : text(cell);
    });
    const deepest = values.map(Boolean).lastIndexOf(true);
    if (deepest < 0 || TOTAL_ROW.test(values.find(Boolean)!.replace(/\s+/g, ''))) continue;
    let parent: BuilderIndicator | undefined;
    let missing = false;
    for (let i = 0; i <= deepest; i++) {
      let node = values[i] ? undefined : above[i];
      if (values[i]) {
        const name = parseName(values[i]);
        const key = `${parent?.id ?? ''}|${name.code ?? ''}|${name.title}`;
        node = byName.get(key);
        if (!node) {
          node = emptyIndicator(name.code ?? proposeCode(system.indicators, parent), name.title);
          if (standard) node.kind = 'standard';
          if (name.declared !== undefined) declared.set(node, name.declared);
          (parent ? parent.children : system.indicators).push(node);
          byName.set(key, node);
        }
      }
      if (!node) {
        missing = true;
        break;
      }
      above[i] = node;
      parent = node;
    }
    above.length = deepest + 1;
    if (missing || !parent) {
      faults.push({ row: r, message: `第 ${r} 行：缺少上级指标名称，请填写或合并单元格` });
      continue;
    }
    const node = parent;
    const rawScore = cols.score !== undefined ? text(row.getCell(cols.score)) : '';
    const score = Number(rawScore.replace(/分$/, ''));
    if (standard) { /* no points to read */ } else if (rawScore === '' || !Number.isFinite(score) || score < 0) faults.push({ row: r, message: `第 ${r} 行：分值“${rawScore}”不是有效的数字，请填写该指标的分值` });
    else {
      node.maxScore = score;
      // A parent's own row states its score, as a name suffix would.
      if (!declared.has(node)) declared.set(node, score);
    }
    if (cols.criteria !== undefined) node.criteria = text(row.getCell(cols.criteria));
    if (cols.departments !== undefined) node.departments = text(row.getCell(cols.departments)).split(/[、,，;；\s]+/).filter(Boolean);
  }
  // Parents: their declared score, or the sum of their children; a mismatch is reported.
  const settle = (n: BuilderIndicator) => {
    if (!n.children.length) return;
    n.children.forEach(settle);
    n.method = 'sum';
    if (standard) return;
    const sum = Math.round(n.children.reduce((s, c) => s + c.maxScore, 0) * 1e6) / 1e6;
    const given = declared.get(n);
    n.maxScore = given ?? sum;
    if (given !== undefined && given !== sum) faults.push({ message: `“${n.code} ${n.title}”标明 ${given} 分，下级指标合计 ${sum} 分，请核对` });
  };
  system.indicators.forEach(settle);
  system.totalScore = system.indicators.reduce((s, n) => s + n.maxScore, 0);
  if (system.indicators.length === 0) faults.push({ message: '表格中没有读到任何指标' });
  const seen = new Set<string>();
  for (const n of flatten(system.indicators)) {
    if (seen.has(n.code)) faults.push({ message: `指标编码“${n.code}”重复，请修改` });
    seen.add(n.code);
  }
  return { system, faults };
}

const withScore = (n: BuilderIndicator) => `${n.code} ${n.title}${n.children.length ? `（${n.maxScore}分）` : ''}`;

/** The system as a table in the same layout, parents in merged cells. */
export async function exportXlsx(system: BuilderSystem): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('指标体系');
  sheet.addRow([system.title]);
  sheet.mergeCells(1, 1, 1, 6);
  sheet.getRow(1).font = { bold: true, size: 14 };
  sheet.addRow(['一级指标', '二级指标', '三级指标', '分值', '评分标准', '责任部门']).font = { bold: true };
  const write = (n: BuilderIndicator, level: number, names: string[]) => {
    if (level > 3) throw new Error(`“${n.code}”在第 ${level} 级：表格最多三级指标，请调整层级后再导出`);
    const here = [...names, withScore(n)];
    if (n.children.length === 0) {
      sheet.addRow([here[0] ?? '', here[1] ?? '', here[2] ?? '', n.maxScore, n.criteria, n.departments.join('、')]);
      return;
    }
    const first = sheet.rowCount + 1;
    for (const c of n.children) write(c, level + 1, here);
    if (sheet.rowCount > first) sheet.mergeCells(first, level, sheet.rowCount, level);
  };
  for (const n of system.indicators) write(n, 1, []);
  sheet.columns.forEach((c, i) => { c.width = [22, 22, 22, 8, 50, 20][i]; });
  sheet.eachRow((row) => row.eachCell((cell) => { cell.alignment = { vertical: 'middle', wrapText: true }; }));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** 分工表: each leaf indicator against each responsible department. */
export async function exportDivisionOfLabour(system: BuilderSystem): Promise<Uint8Array> {
  const leaves = flatten(system.indicators).filter((n) => n.children.length === 0);
  const departments = [...new Set(leaves.flatMap((n) => n.departments))];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('分工表');
  sheet.addRow([`${system.title} 分工表`]).font = { bold: true, size: 14 };
  sheet.addRow(['编码', '指标', '分值', ...departments]).font = { bold: true };
  for (const n of leaves) sheet.addRow([n.code, n.title, n.maxScore, ...departments.map((d) => (n.departments.includes(d) ? '✓' : ''))]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
