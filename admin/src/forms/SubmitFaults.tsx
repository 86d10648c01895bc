// What submitting still needs, grouped by indicator; each item is a link to its place.
import { Alert, Button, List, Typography } from 'antd';
import type { ParsedSystem } from '../../../server/engine/index.js';
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
    group.items.push({ message: fault.message, target });
    groups.set(code, group);
  }
  const go = (section: string, target: string) => {
    onGo(section);
    // The section renders first; then the field can be found and focused.
    setTimeout(() => {
      const el = document.getElementById(target) ?? document.getElementById(target.replace(/^root_/, 'indicator-'));
      el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
      (el as HTMLInputElement | null)?.focus?.();
    }, 150);
  };
  return (
    <Alert type="error" showIcon closable onClose={onClose} title={t('submitErrors')} data-testid="submit-faults" description={
      <List size="small" dataSource={[...groups.values()]} renderItem={(g) => (
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
