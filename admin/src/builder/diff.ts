// A readable difference between two versions of a system: indicators added, removed, and
// changed in title, maximum, scoring or scoring standard.
import { fromSchema } from './from-schema.js';
import { flatten } from './tree.js';
import type { BuilderIndicator } from './types.js';

export interface VersionDiff {
  added: { code: string; title: string }[];
  removed: { code: string; title: string }[];
  changed: { code: string; title: string; changes: string[] }[];
}

function scoring(n: BuilderIndicator): string {
  if (n.children.length) return '下级合计';
  if (n.method === 'formula') return `公式 ${n.formula}`;
  if (n.method === 'checklist') return `检查项 ${Object.entries(n.items).map(([k, v]) => `${k}:${v}`).join(', ')}`;
  return '人工评分';
}

export function diffVersions(before: Record<string, unknown>, after: Record<string, unknown>): VersionDiff {
  const a = new Map(flatten(fromSchema(before).indicators).map((n) => [n.code, n]));
  const b = new Map(flatten(fromSchema(after).indicators).map((n) => [n.code, n]));
  const diff: VersionDiff = { added: [], removed: [], changed: [] };
  for (const [code, n] of b) if (!a.has(code)) diff.added.push({ code, title: n.title });
  for (const [code, n] of a) if (!b.has(code)) diff.removed.push({ code, title: n.title });
  for (const [code, old] of a) {
    const now = b.get(code);
    if (!now) continue;
    const changes: string[] = [];
    if (old.title !== now.title) changes.push(`名称：${old.title} → ${now.title}`);
    if (old.maxScore !== now.maxScore) changes.push(`分值：${old.maxScore} → ${now.maxScore}`);
    if (scoring(old) !== scoring(now)) changes.push(`计分：${scoring(old)} → ${scoring(now)}`);
    if (old.criteria !== now.criteria) changes.push('评分标准已修改');
    if (JSON.stringify(old.veto ?? null) !== JSON.stringify(now.veto ?? null)) changes.push('一票否决已修改');
    if (changes.length) diff.changed.push({ code, title: now.title, changes });
  }
  return diff;
}
