// The builder test system, built with the same tree operations the editor uses.
import { addIndicator, updateIndicator } from '../../admin/src/builder/tree.js';
import { type BuilderSystem, emptySystem } from '../../admin/src/builder/types.js';

/** A small three-level system with a formula leaf, a checklist leaf with a veto, and a manual leaf. */
export function smallSystem(): BuilderSystem {
  let s = emptySystem('xiaoxing', '小型测试体系');
  let r = addIndicator(s.indicators);
  const a = r.id;
  r = addIndicator(r.tree, a);
  const a1 = r.id;
  r = addIndicator(r.tree, a1);
  const a11 = r.id;
  r = addIndicator(r.tree, a1);
  const a12 = r.id;
  r = addIndicator(r.tree);
  const b = r.id;
  let tree = r.tree;
  tree = updateIndicator(tree, a, { title: '条件保障', maxScore: 60 });
  tree = updateIndicator(tree, a1, { title: '经费与制度', maxScore: 60 });
  tree = updateIndicator(tree, a11, {
    title: '经费保障', maxScore: 30, method: 'formula', formula: 'perCapita >= 1.5 ? 30 : perCapita >= 1 ? 18 : 0', criteria: '人均≥1.5元得30分',
    fields: [
      { name: 'funding', kind: 'number', title: '经费', required: true, unit: '元', min: 0 },
      { name: 'perCapita', kind: 'computed', title: '人均经费', required: false, formula: 'funding / $unit.population', unit: '元/人' },
    ],
    departments: ['区财政局'],
  });
  tree = updateIndicator(tree, a12, {
    title: '制度建设', maxScore: 30, method: 'checklist', items: { hasPlan: 20, hasReport: 10 },
    veto: { formula: 'hasPlan = true', message: '没有年度规划' },
    fields: [
      { name: 'hasPlan', kind: 'boolean', title: '有年度规划', required: true },
      { name: 'hasReport', kind: 'boolean', title: '有年度总结', required: true },
      { name: 'reportDate', kind: 'date', title: '总结日期', required: true, showWhen: { field: 'hasReport', equals: true } },
    ],
  });
  tree = updateIndicator(tree, b, {
    title: '特色', maxScore: 40, criteria: '特色鲜明',
    fields: [
      { name: 'summary', kind: 'longText', title: '特色简述', required: true },
      { name: 'kinds', kind: 'multiChoice', title: '覆盖人群', required: false, options: ['儿童', '老年人'] },
      { name: 'events', kind: 'table', title: '活动', required: false, columns: [{ name: 'name', kind: 'text', title: '名称', required: true }, { name: 'people', kind: 'integer', title: '人数', required: false }] },
      { name: 'rate', kind: 'percent', title: '满意度', required: false },
      { name: 'level', kind: 'choice', title: '等级', required: false, options: ['区级', '市级'] },
    ],
  });
  s = { ...s, indicators: tree, passScore: 60 };
  return s;
}

