// A score typed by a person (a self-score, a reviewer's score): never clamped. antd's
// InputNumber with min/max turned 7 into 5 on leaving the field, with no word said; here the
// figure stays as typed and the range is said beside it, so the person corrects it — the server
// refuses it anyway.
import { InputNumber, Space, Typography } from 'antd';
import { useI18n } from '../i18n/i18n';

export interface ScoreInputProps {
  testId: string;
  label: string;
  /** The indicator's maximum (a manual leaf always has one; without it only a negative score is refused). */
  max?: number;
  value: number | null;
  disabled?: boolean;
  /** A fault already reported for this score (by the server): marks the input too. */
  invalid?: boolean;
  onChange: (value: number | null) => void;
}

export function ScoreInput({ testId, label, max, value, disabled, invalid, onChange }: ScoreInputProps) {
  const { t } = useI18n();
  const outside = value !== null && (value < 0 || (max !== undefined && value > max));
  return (
    <Space orientation="vertical" size={2}>
      <InputNumber
        data-testid={testId} aria-label={label} step={0.5} disabled={disabled} value={value} inputMode="decimal"
        status={outside || invalid ? 'error' : undefined} onChange={(v) => onChange(typeof v === 'number' ? v : null)}
      />
      {outside && <Typography.Text type="danger" role="alert" style={{ fontSize: 12 }}>{max === undefined ? t('scoreNegative') : t('scoreOutOfRange', { max })}</Typography.Text>}
    </Space>
  );
}
