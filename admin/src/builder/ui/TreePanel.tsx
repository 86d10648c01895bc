// The indicator tree: each node with its code, title, maximum and the sum of its children
// (red while they do not add up); add, duplicate, delete, indent/outdent and reorder with the
// buttons, the keyboard (Alt+↑/↓ to move, Alt+→/← to indent and outdent, Delete) or by dragging.
// Tab is left to move focus: taking it for indenting would trap a keyboard user in the tree.
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, MenuFoldOutlined, MenuUnfoldOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, Tag, Tooltip, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { KeyboardEvent } from 'react';
import { addIndicator, childSum, duplicateCodes, duplicateIndicator, flatten, indent, moveBy, moveTo, outdent, removeIndicator } from '../tree.js';
import type { BuilderIndicator } from '../types.js';
import { w } from '../../i18n/words';

export interface TreePanelProps {
  tree: BuilderIndicator[];
  selected?: string;
  onSelect: (id: string | undefined) => void;
  onChange: (tree: BuilderIndicator[], select?: string) => void;
}

export function TreePanel({ tree, selected, onSelect, onChange }: TreePanelProps) {
  const dups = duplicateCodes(tree);
  const toData = (nodes: BuilderIndicator[]): DataNode[] => nodes.map((n) => {
    const sum = childSum(n);
    return {
      key: n.id,
      title: (
        <span data-testid={`node-${n.code}`}>
          <Tag color={dups.has(n.code) ? 'error' : 'default'}>{n.code}</Tag>{n.title} <Typography.Text type="secondary">{n.kind === 'standard' ? w('达标') : w('{n}分', { n: n.maxScore })}</Typography.Text>
          {/* Only a plain sum must add up: 扣分项 and 达标 items carry no points to add. */}
          {n.children.length > 0 && n.kind === 'score' && n.aggregate !== 'deduct' && (
            <Typography.Text type={sum.ok ? 'success' : 'danger'} style={{ marginLeft: 6, fontSize: 12 }}>{w('（下级合计 {sum}）', { sum: sum.sum })}</Typography.Text>
          )}
        </span>
      ),
      children: toData(n.children),
    };
  });
  const act = (fn: () => { tree: BuilderIndicator[]; select?: string }) => {
    const r = fn();
    onChange(r.tree, r.select);
  };
  const onKey = (e: KeyboardEvent) => {
    if (!selected) return;
    if (e.altKey && e.key === 'ArrowUp') act(() => ({ tree: moveBy(tree, selected, -1) }));
    else if (e.altKey && e.key === 'ArrowDown') act(() => ({ tree: moveBy(tree, selected, 1) }));
    else if (e.altKey && e.key === 'ArrowRight') act(() => ({ tree: indent(tree, selected) }));
    else if (e.altKey && e.key === 'ArrowLeft') act(() => ({ tree: outdent(tree, selected) }));
    else if (e.key === 'Delete') act(() => ({ tree: removeIndicator(tree, selected), select: undefined }));
    else return;
    e.preventDefault();
  };
  // 加分项/扣分项 stand outside the total; a 达标 table has no points to add up.
  const counted = tree.filter((n) => n.kind !== 'standard' && !n.keep?.bonus && !n.keep?.penalty);
  const total = counted.reduce((s, n) => s + n.maxScore, 0);
  return (
    <div onKeyDown={onKey} data-testid="indicator-tree">
      <Space wrap style={{ marginBottom: 8 }}>
        <Button size="small" icon={<PlusOutlined />} onClick={() => act(() => { const r = addIndicator(tree); return { tree: r.tree, select: r.id }; })} data-testid="add-root">{w("一级指标")}</Button>
        <Button size="small" icon={<PlusOutlined />} disabled={!selected} onClick={() => act(() => { const r = addIndicator(tree, selected); return { tree: r.tree, select: r.id }; })} data-testid="add-child">{w("下级指标")}</Button>
        <Tooltip title={w("复制")}><Button size="small" aria-label={w("复制")} icon={<CopyOutlined />} disabled={!selected} onClick={() => act(() => { const r = duplicateIndicator(tree, selected!); return { tree: r.tree, select: r.id }; })} /></Tooltip>
        <Tooltip title={w("上移 (Alt+↑)")}><Button size="small" aria-label={w("上移 (Alt+↑)")} icon={<ArrowUpOutlined />} disabled={!selected} onClick={() => act(() => ({ tree: moveBy(tree, selected!, -1) }))} /></Tooltip>
        <Tooltip title={w("下移 (Alt+↓)")}><Button size="small" aria-label={w("下移 (Alt+↓)")} icon={<ArrowDownOutlined />} disabled={!selected} onClick={() => act(() => ({ tree: moveBy(tree, selected!, 1) }))} /></Tooltip>
        <Tooltip title={w("降级 (Alt+→)")}><Button size="small" aria-label={w("降级 (Alt+→)")} icon={<MenuUnfoldOutlined />} disabled={!selected} onClick={() => act(() => ({ tree: indent(tree, selected!) }))} /></Tooltip>
        <Tooltip title={w("升级 (Alt+←)")}><Button size="small" aria-label={w("升级 (Alt+←)")} icon={<MenuFoldOutlined />} disabled={!selected} onClick={() => act(() => ({ tree: outdent(tree, selected!) }))} /></Tooltip>
        <Tooltip title={w("删除 (Delete)")}><Button size="small" danger aria-label={w("删除 (Delete)")} icon={<DeleteOutlined />} disabled={!selected} onClick={() => act(() => ({ tree: removeIndicator(tree, selected!), select: undefined }))} /></Tooltip>
      </Space>
      <Tree
        blockNode draggable defaultExpandAll expandedKeys={flatten(tree).map((n) => n.id)} treeData={toData(tree)}
        selectedKeys={selected ? [selected] : []} onSelect={(keys) => onSelect(keys[0] as string | undefined)}
        onDrop={(info) => {
          // antd gives the drop position relative to the target's index among its siblings.
          const relative = info.dropPosition - Number(info.node.pos.split('-').pop());
          const where = !info.dropToGap ? 'inside' : relative === -1 ? 'before' : 'after';
          onChange(moveTo(tree, String(info.dragNode.key), String(info.node.key), where));
        }}
      />
      {counted.length > 0 && <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>{w('一级指标合计 {total} 分', { total })}</Typography.Text>}
    </div>
  );
}
