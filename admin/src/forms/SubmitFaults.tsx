// What submitting still needs, grouped by indicator; each item is a link to its place. When the
// list appears, focus goes to the first place to fix, so a keyboard or screen-reader user starts there.
import { Alert, Button, List, Typography } from 'antd';
import { useEffect } from 'react';
import type { Fault, IndicatorNode, ParsedSystem } from '../../../server/engine/index.js';
import type { ApiError } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { fieldDomId, indicatorOfFault } from './sections';

export function SubmitFaults({ error, system, onGo, onClose }: { error: ApiError; system: ParsedSystem; onGo: (sectionKey: string) => void; onClose: () => void }) {
  const { t } = useI18n();
  const groups = new Map<string, { title: string; section: string; items: { message: string; target: string }[] }>();
  for (const fault of error.faults) {
    const node = indicatorOfFault(system, fault);
    const code = node?.code ?? '—';
    const group = groups.get(code) ?? { title: node ? `${node.code} ${node.title}` : '其他', section: node?.dataPath[0] ?? '', items: [] };
    const kind = fault.path.split('/')[1];
    const target = kind === 'data' ? fieldDomId(fault) : kind === 'evidence' ? `evidence-${code}` : `indicator-${code}`;
    group.items.push({ message: kind === 'data' && node ? withFieldTitle(node, fault) : fault.message, target });
    groups.set(code, group);
  }
  // In the form's own order (the server lists answers, then scores, then evidence).
  const order = (code: string) => { const i = system.all.findIndex((n) => n.code === code); return i < 0 ? Infinity : i; };
  const sorted = [...groups].sort(([a], [b]) => order(a) - order(b)).map(([, g]) => g);
  const go = (section: string, target: string) => {
    onGo(section);
    focusWhenShown(target);
  };
  const first = sorted[0];
  const firstTarget = first?.items[0]?.target;
  // Once per refusal (a new error object), not on every render.
  useEffect(() => {
    if (first && firstTarget) go(first.section, firstTarget);
  }, [error]);
  return (
    <Alert type="error" role="alert" showIcon closable onClose={onClose} title={t('submitErrors')} data-testid="submit-faults" description={
      <List size="small" dataSource={sorted} renderItem={(g) => (
        <List.Item style={{ display: 'block' }}>
          <Typography.Text strong>{g.title}</Typography.Text>
          <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
            {g.items.map((item) => (
              <li key={item.target + item.message}>
                {item.message} <Button type="link" size="small" onClick={() => go(g.section, item.target)}>{t('goToField')}</Button>
              </li>
            ))}
          </ul>
        </List.Item>
      )} />
    } />
  );
}

/** The fault's message led by its field's title: six lines of 此项为必填项 under one indicator must say which six. */
function withFieldTitle(node: IndicatorNode, fault: Fault): string {
  const name = fault.path.split('/').slice(2)[node.dataPath.length];
  const title = node.fields.find((f) => f.name === name)?.title;
  return title ? `${title}：${fault.message}` : fault.message;
}

const FOCUSABLE = 'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Focuses the control that fixes a fault once its section has rendered it: the field itself, the
 * first control inside it (a radio group), the upload button of an evidence box, or else the
 * indicator card. Waits for a closing confirmation dialog to leave first (it hands focus back as it
 * goes). Gives up after three seconds (a section that never shows the field).
 */
function focusWhenShown(target: string): void {
  const started = performance.now();
  const attempt = () => {
    const el = document.getElementById(target) ?? document.getElementById(target.replace(/^root_/, 'indicator-'));
    if (!el || document.querySelector('.ant-modal-confirm')) {
      if (performance.now() - started < 3000) requestAnimationFrame(attempt);
      return;
    }
    let control = el.querySelector<HTMLElement>('.ant-upload button, .ant-upload[role=button]') ?? (el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE));
    if (!control) {
      el.tabIndex = -1;
      control = el;
    }
    el.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
  };
  requestAnimationFrame(attempt);
}
