// rjsf's object template: an object carrying x-indicator is drawn as an indicator card with
// its code, maximum, scoring standard, live score, the unit's self-score and its evidence.
import { Alert, Card, Checkbox, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ObjectFieldTemplateProps } from '@rjsf/utils';
import type { EvidenceRule, StandardResult } from '../../../server/engine/index.js';
import { useI18n } from '../i18n/i18n';
import { EvidenceList } from './EvidenceList';
import { useFill } from './fill-context';
import { ResultPicker, ResultTag } from './StandardResult';
import { ScoreInput } from './ScoreInput';

interface IndicatorKeyword {
  code: string;
  kind?: 'score' | 'standard';
  optional?: boolean;
  maxScore?: number;
  criteria?: string;
  scoring?: { method: string };
  evidence?: Partial<EvidenceRule>;
}

export function IndicatorCard(props: ObjectFieldTemplateProps) {
  const { t } = useI18n();
  const fill = useFill();
  const x = (props.schema as Record<string, unknown>)['x-indicator'] as IndicatorKeyword | undefined;
  const content = props.properties.filter((p) => !p.hidden).map((p) => <div key={p.name}>{p.content}</div>);
  // A description (a schema written by hand may give one) is read before the answers.
  const description = props.description && <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{props.description}</Typography.Paragraph>;
  if (!x) {
    return <fieldset id={props.fieldPathId.$id}>{props.title && <legend>{props.title}</legend>}{description}{content}</fieldset>;
  }
  const isLeaf = !Object.values((props.schema.properties ?? {}) as Record<string, Record<string, unknown>>).some((p) => p && 'x-indicator' in p);
  const method = x.scoring?.method ?? (isLeaf ? 'manual' : 'sum');
  const score = fill.scores.get(x.code);
  const veto = fill.vetoes.get(x.code);
  const faults = fill.faults.get(x.code) ?? [];
  // A missing answer is a gentle note (the form is being filled); anything else is a problem to fix.
  const missingOnly = faults.every((f) => f.code === 'MISSING');
  const standard = x.kind === 'standard';
  const na = fill.notApplicable?.[x.code] !== undefined;
  const rule = x.evidence ? { required: x.evidence.required === true, minFiles: x.evidence.minFiles ?? 0, accept: x.evidence.accept ?? [] } : undefined;
  return (
    <Card
      id={`indicator-${x.code}`} size="small" style={{ marginBottom: 12 }}
      title={<Space wrap><span>{x.code} {props.title}</span>{standard ? <Tag>{t('kindStandard')}</Tag> : <Tag>{t('maxScore')} {x.maxScore}</Tag>}<Tag color="geekblue">{t((standard ? `standardMethod_${method}` : `method_${method}`) as never)}</Tag></Space>}
      extra={na
        ? <Tag data-testid={`na-tag-${x.code}`}>{t('notApplicableTag')}</Tag>
        : standard
        ? <span aria-live="polite">{t('result')} <ResultTag result={score?.selfResult} testId={`result-${x.code}`} /></span>
        : <span aria-live="polite" data-testid={`score-${x.code}`}>{t('liveScore')} <b>{score?.selfScore ?? '—'}</b> / {x.maxScore}</span>}
    >
      {x.criteria && <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}><b>{t('criteria')}：</b>{x.criteria}</Typography.Paragraph>}
      {description}
      {veto?.passed === false && <Alert type="error" showIcon style={{ marginBottom: 8 }} title={t('vetoTriggered', { message: veto.message })} />}
      {/* Announced as they come and go (a screen reader hears why a score is not there). */}
      <div aria-live="polite">{faults.length > 0 && (missingOnly
        ? <Typography.Paragraph type="warning" data-testid={`faults-${x.code}`} style={{ marginBottom: 8 }}>{faults.map((f) => t('notComputed', { message: f.message })).join('；')}</Typography.Paragraph>
        : <Alert
            type="warning" showIcon style={{ marginBottom: 8 }} data-testid={`faults-${x.code}`}
            title={faults.map((f) => t('notComputed', { message: f.message })).join('；')} description={t('notComputedHint')}
          />)}</div>
      {x.optional && <NotApplicable code={x.code} standard={standard} />}
      {!na && content}
      {!na && isLeaf && method === 'manual' && standard && (
        <Space style={{ marginTop: 8 }} wrap>
          <Typography.Text strong>{t('selfResult')}</Typography.Text>
          <ResultPicker
            testId={`self-${x.code}`} label={`${x.code} ${t('selfResult')}`} disabled={!fill.editable}
            value={fill.selfScores[x.code] as StandardResult | undefined} onChange={(r) => fill.setSelfScore(x.code, r)}
          />
        </Space>
      )}
      {!na && isLeaf && method === 'manual' && !standard && (
        <Space style={{ marginTop: 8 }}>
          <Typography.Text strong>{t('selfScore')}</Typography.Text>
          <ScoreInput
            testId={`self-${x.code}`} label={`${x.code} ${t('selfScore')}`} max={x.maxScore} disabled={!fill.editable}
            value={typeof fill.selfScores[x.code] === 'number' ? (fill.selfScores[x.code] as number) : null} onChange={(v) => fill.setSelfScore(x.code, v)}
          />
          <Typography.Text type="secondary">0 – {x.maxScore}</Typography.Text>
        </Space>
      )}
      {isLeaf && !na && <EvidenceList code={x.code} rule={rule} />}
    </Card>
  );
}

/**
 * 合理缺项: the filler says the item does not apply, and why. It counts once a reason is
 * written (the server refuses a mark without one); until then only the box is ticked here.
 */
function NotApplicable({ code, standard }: { code: string; standard: boolean }) {
  const { t } = useI18n();
  const fill = useFill();
  const saved = fill.notApplicable?.[code];
  const [ticked, setTicked] = useState(saved !== undefined);
  const [reason, setReason] = useState(saved ?? '');
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 8 }}>
      <Checkbox
        checked={ticked} disabled={!fill.editable} data-testid={`na-${code}`}
        onChange={(e) => {
          setTicked(e.target.checked);
          if (!e.target.checked) fill.setNotApplicable?.(code, null);
          else if (reason.trim()) fill.setNotApplicable?.(code, reason.trim());
        }}
      >{t(standard ? 'notApplicableStandard' : 'notApplicable')}</Checkbox>
      {ticked && (
        <Input
          aria-label={t('notApplicableReason')} placeholder={t('notApplicableReason')} value={reason} disabled={!fill.editable} data-testid={`na-reason-${code}`}
          status={reason.trim() ? undefined : 'warning'}
          onChange={(e) => {
            setReason(e.target.value);
            fill.setNotApplicable?.(code, e.target.value.trim() ? e.target.value.trim() : null);
          }}
        />
      )}
    </Space>
  );
}
