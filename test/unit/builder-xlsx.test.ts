// Indicator tables in and out of Excel: merged parent cells understood, faults named by row,
// and a round trip that gives the same tree.
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { compileSystem } from '../../server/engine/index.js';
import { toSchema } from '../../admin/src/builder/to-schema.js';
import { flatten } from '../../admin/src/builder/tree.js';
import type { BuilderIndicator } from '../../admin/src/builder/types.js';
import { exportDivisionOfLabour, exportXlsx, importXlsx, parseName } from '../../admin/src/builder/xlsx.js';
import { indicatorTableFixture } from '../fixtures/indicator-table.js';
import { smallSystem } from '../factories/builder.factory.js';

const shape = (tree: BuilderIndicator[]): unknown => tree.map((n) => [n.code, n.title, n.maxScore, n.criteria, n.departments, shape(n.children)]);

describe('import', () => {
  test('a table with merged parent cells becomes a tree with codes, scores, standards and departments', async () => {
    const { system, faults } = await importXlsx(await indicatorTableFixture());
    expect(faults).toEqual([]);
    expect(system.title).toBe('某区学习型社区评估指标（测试）');
    expect(system.totalScore).toBe(100);
    expect(shape(system.indicators)).toEqual([
      ['A', '组织管理', 30, '', [], [
        ['A1', '领导机构', 10, '', [], [
          ['A1.1', '领导小组', 5, '成立领导小组得5分', ['区教育局'], []],
          ['A1.2', '工作例会', 5, '每季度召开例会得5分', ['区教育局', '区民政局'], []],
        ]],
        ['A2', '经费保障', 20, '人均经费≥1.5元得20分', ['区财政局'], []],
      ]],
      ['B', '条件保障', 70, '', [], [
        ['B1', '场地设施', 40, '社区学校面积达标得40分', ['街道办事处'], []],
        ['B2', '队伍建设', 30, '专职人员配齐得30分', ['区人社局'], []],
      ]],
    ]);
    const r = compileSystem(toSchema({ ...system, code: 'imported' }).schema);
    expect(r.ok ? [] : r.faults).toEqual([]);
  });

  test('a table without merged cells: parent rows with their own score, empty cells meaning "as above"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('x');
    ws.addRow(['一级指标', '二级指标', '分值（分）', '考核标准', '牵头单位']);
    ws.addRow(['一、经费保障', '', '20', '', '']);
    ws.addRow(['', '人均经费', '15分', '≥4元/人', '区财政局']);
    ws.addRow(['', '专项审计', 5, '年度审计', '区审计局']);
    ws.addRow(['二、阵地建设', '', 80, '', '']);
    ws.addRow(['', '社区学校用房', 80, '≥500平方米', '街道办事处']);
    const { system, faults } = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(faults).toEqual([]);
    expect(shape(system.indicators)).toEqual([
      ['A', '经费保障', 20, '', [], [['A1', '人均经费', 15, '≥4元/人', ['区财政局'], []], ['A2', '专项审计', 5, '年度审计', ['区审计局'], []]]],
      ['B', '阵地建设', 80, '', [], [['B1', '社区学校用房', 80, '≥500平方米', ['街道办事处'], []]]],
    ]);
  });

  test('a score that is not a number is named by its row', async () => {
    const { faults } = await importXlsx(await indicatorTableFixture({ badScore: true }));
    expect(faults).toContainEqual({ row: 5, message: expect.stringContaining('第 5 行') });
  });

  test('a parent whose children do not add up is reported', async () => {
    const { faults } = await importXlsx(await indicatorTableFixture({ wrongParentTotal: true }));
    expect(faults).toEqual([{ message: expect.stringContaining('标明 35 分，下级指标合计 30 分') }]);
  });

  test('a file that is not xlsx, or has no header, is refused with what to do', async () => {
    expect((await importXlsx(new TextEncoder().encode('not a spreadsheet'))).faults[0].message).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('x').addRow(['名称', '说明']);
    expect((await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()))).faults[0].message).toContain('找不到表头');
  });

  test('names: an optional code before, an optional score after; numbering is not part of a name', () => {
    expect(parseName('A1 发展规划（5分）')).toEqual({ code: 'A1', title: '发展规划', declared: 5 });
    expect(parseName('领导机构 (10 分)')).toEqual({ title: '领导机构', declared: 10 });
    expect(parseName('一、组织管理')).toEqual({ title: '组织管理' });
    expect(parseName('（二）领导机构')).toEqual({ title: '领导机构' });
    expect(parseName('1.2 师资配备')).toEqual({ code: '1.2', title: '师资配备' });
    expect(parseName('2022年工作计划')).toEqual({ title: '2022年工作计划' });
  });

  test('a 达标 table — no score column, its own header words, numbered names and a 合计 row — becomes standard items', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('达标');
    ws.addRow(['评估项目', '评估内容', '达标要求']);
    ws.addRow(['一、办学条件', '1. 生均用地面积', '小学≥18平方米']);
    ws.addRow(['', '2. 生均图书', '小学≥25册']);
    ws.addRow(['二、安全管理', '3. 安全制度', '制度健全、落实到位']);
    ws.addRow(['合计', '', '']);
    ws.mergeCells('A2:A3');
    const { system, faults } = await importXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(faults).toEqual([]);
    expect(system.indicators.map((n) => [n.code, n.title, n.kind, n.children.map((c) => [c.code, c.title, c.kind, c.criteria])])).toEqual([
      ['A', '办学条件', 'standard', [['1', '生均用地面积', 'standard', '小学≥18平方米'], ['2', '生均图书', 'standard', '小学≥25册']]],
      ['B', '安全管理', 'standard', [['3', '安全制度', 'standard', '制度健全、落实到位']]],
    ]);
    // It is a valid system as it stands: every item judged by a person until formulas are added.
    const r = compileSystem(toSchema({ ...system, code: 'imported-standard' }).schema);
    expect(r.ok ? [] : r.faults).toEqual([]);
  });
});

describe('export', () => {
  test('export then import gives the same tree', async () => {
    const original = smallSystem();
    const { system } = await importXlsx(await exportXlsx(original));
    expect(shape(system.indicators)).toEqual(shape(original.indicators));
  });

  test('parents are written in merged cells', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(smallSystem())) as never);
    const ws = wb.worksheets[0];
    expect(ws.getCell('A4').isMerged).toBe(true);
    expect(ws.getCell('A3').value).toBe('A 条件保障（60分）');
    expect(ws.getRow(2).values).toEqual([undefined, '一级指标', '二级指标', '三级指标', '分值', '评分标准', '责任部门']);
  });

  test('the division-of-labour table puts each leaf against its departments', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportDivisionOfLabour(smallSystem())) as never);
    const rows = wb.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows[1]).toEqual(['编码', '指标', '分值', '区财政局']);
    expect(rows[2]).toEqual(['A1.1', '经费保障', 30, '✓']);
    expect(flatten(smallSystem().indicators).filter((n) => !n.children.length).length).toBe(rows.length - 2);
  });
});
