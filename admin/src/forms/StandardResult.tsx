// 达标 results as people read and give them: a coloured tag, and a choice of the three.
import { Radio, Tag } from 'antd';
import type { StandardResult } from '../../../server/engine/index.js';
import { useI18n } from '../i18n/i18n';

const COLORS: Record<StandardResult, string> = { met: 'success', basic: 'warning', unmet: 'error' };
export const RESULTS: StandardResult[] = ['met', 'basic', 'unmet'];

export function ResultTag({ result, testId }: { result: StandardResult | null | undefined; testId?: string }) {
  const { t } = useI18n();
  if (!result) return <span data-testid={testId}>—</span>;
  return <Tag color={COLORS[result]} data-testid={testId}>{t(`result_${result}`)}</Tag>;
}

export function ResultPicker({ value, onChange, disabled, testId, label }: {
  value: StandardResult | null | undefined; onChange: (r: StandardResult) => void; disabled?: boolean; testId?: string; label: string;
}) {
  const { t } = useI18n();
  return (
    <Radio.Group
      aria-label={label} data-testid={testId} disabled={disabled} value={value ?? undefined} optionType="button" buttonStyle="solid"
      options={RESULTS.map((r) => ({ value: r, label: t(`result_${r}`) }))} onChange={(e) => onChange(e.target.value as StandardResult)}
    />
  );
}
