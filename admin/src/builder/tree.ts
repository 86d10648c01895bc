// Operations on the indicator tree, pure: each takes the list of level-1 indicators and
// returns a new one. Codes are proposed (A, A1, A1.1…), stay editable, and are kept unique.
import { type BuilderIndicator, emptyIndicator, newId } from './types.js';

type Tree = BuilderIndicator[];

function clone(tree: Tree): Tree {
  return structuredClone(tree);
}

export function flatten(tree: Tree): BuilderIndicator[] {
  return tree.flatMap((n) => [n, ...flatten(n.children)]);
}

export function find(tree: Tree, id: string): { node: BuilderIndicator; parent?: BuilderIndicator; siblings: Tree; index: number } | undefined {
  const visit = (list: Tree, parent?: BuilderIndicator): ReturnType<typeof find> => {
    for (let i = 0; i < list.length; i++) {
      if (list[i].id === id) return { node: list[i], parent, siblings: list, index: i };
      const hit = visit(list[i].children, list[i]);
      if (hit) return hit;
    }
    return undefined;
  };
  return visit(tree);
}

/** The next free code under `parent`: A, B… at the top, A1, A2… below, A1.1… further down. */
export function proposeCode(tree: Tree, parent?: BuilderIndicator): string {
  const used = new Set(flatten(tree).map((n) => n.code));
  for (let i = 1; i < 1000; i++) {
    const code = !parent ? String.fromCharCode(64 + i) + (i > 26 ? String(i) : '') : /^[A-Za-z]+$/.test(parent.code) ? `${parent.code}${i}` : `${parent.code}.${i}`;
    if (!used.has(code)) return code;
  }
  return newId();
}

export function addIndicator(tree: Tree, parentId?: string): { tree: Tree; id: string } {
  const next = clone(tree);
  const parent = parentId ? find(next, parentId)?.node : undefined;
  const node = emptyIndicator(proposeCode(next, parent));
  (parent ? parent.children : next).push(node);
  if (parent) parent.method = 'sum';
  return { tree: next, id: node.id };
}

export function updateIndicator(tree: Tree, id: string, patch: Partial<BuilderIndicator>): Tree {
  const next = clone(tree);
  const hit = find(next, id);
  if (hit) Object.assign(hit.node, patch);
  return next;
}

export function removeIndicator(tree: Tree, id: string): Tree {
  const next = clone(tree);
  const hit = find(next, id);
  if (hit) {
    hit.siblings.splice(hit.index, 1);
    if (hit.parent && hit.parent.children.length === 0) hit.parent.method = 'manual';
  }
  return next;
}

/** A copy placed after the original, with fresh ids and codes. */
export function duplicateIndicator(tree: Tree, id: string): { tree: Tree; id: string } {
  const next = clone(tree);
  const hit = find(next, id);
  if (!hit) return { tree: next, id };
  const copy = structuredClone(hit.node);
  copy.title = `${copy.title}（副本）`;
  hit.siblings.splice(hit.index + 1, 0, copy);
  // Recoded in place, parents first, so each proposal sees the codes already given.
  const recode = (n: BuilderIndicator, parent?: BuilderIndicator) => {
    n.id = newId();
    n.code = '';
    n.code = proposeCode(next, parent);
    for (const child of n.children) recode(child, n);
  };
  recode(copy, hit.parent);
  return { tree: next, id: copy.id };
}

/** Moves a node among its siblings by `delta` (keyboard: Alt+↑ / Alt+↓). */
export function moveBy(tree: Tree, id: string, delta: number): Tree {
  const next = clone(tree);
  const hit = find(next, id);
  if (!hit) return next;
  const to = hit.index + delta;
  if (to < 0 || to >= hit.siblings.length) return next;
  const [node] = hit.siblings.splice(hit.index, 1);
  hit.siblings.splice(to, 0, node);
  return next;
}

/** Makes a node the last child of its previous sibling (Tab). */
export function indent(tree: Tree, id: string): Tree {
  const next = clone(tree);
  const hit = find(next, id);
  if (!hit || hit.index === 0) return next;
  const [node] = hit.siblings.splice(hit.index, 1);
  const newParent = hit.siblings[hit.index - 1];
  newParent.children.push(node);
  newParent.method = 'sum';
  return next;
}

/** Makes a node the sibling right after its parent (Shift+Tab). */
export function outdent(tree: Tree, id: string): Tree {
  const next = clone(tree);
  const hit = find(next, id);
  if (!hit?.parent) return next;
  const [node] = hit.siblings.splice(hit.index, 1);
  if (hit.parent.children.length === 0) hit.parent.method = 'manual';
  const grand = find(next, hit.parent.id)!;
  grand.siblings.splice(grand.index + 1, 0, node);
  return next;
}

/** Drag and drop: `id` goes under `targetId` (inside) or before/after it among its siblings. */
export function moveTo(tree: Tree, id: string, targetId: string, where: 'inside' | 'before' | 'after'): Tree {
  if (id === targetId) return tree;
  const next = clone(tree);
  const hit = find(next, id);
  if (!hit || find(hit.node.children, targetId)) return tree; // never into its own subtree
  hit.siblings.splice(hit.index, 1);
  if (hit.parent && hit.parent.children.length === 0) hit.parent.method = 'manual';
  const target = find(next, targetId)!;
  if (where === 'inside') {
    target.node.children.push(hit.node);
    target.node.method = 'sum';
  } else target.siblings.splice(target.index + (where === 'after' ? 1 : 0), 0, hit.node);
  return next;
}

/** Sum of a node's children against its maximum; `ok` false while they do not add up. */
export function childSum(node: BuilderIndicator): { sum: number; ok: boolean } {
  const sum = Math.round(node.children.reduce((s, c) => s + c.maxScore, 0) * 1e6) / 1e6;
  return { sum, ok: node.children.length === 0 || Math.abs(sum - node.maxScore) < 1e-9 };
}

/** Codes used more than once. */
export function duplicateCodes(tree: Tree): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const n of flatten(tree)) (seen.has(n.code) ? dup : seen).add(n.code);
  return dup;
}
