// What happened to an assessment, in order: each submission, and each review decision with
// who made it, its opinion and the reasons given per indicator — shown to the unit as well as
// to the reviewers, so a 不合格 or a return never arrives without its explanation.
import { Card, Timeline, Typography } from 'antd';
import type { ParsedSystem } from '../../../server/engine/index.js';
import { useI18n } from '../i18n/i18n';

export interface TimelineReview {
  stage: string;
  decision: string;
  opinion?: string | null;
  /** { indicator code: reason } */
  reasons?: unknown;
  createdAt: string;
  reviewerName?: string | null;
}
export interface TimelineRevision { action: string; at: string }

const COLOR: Record<string, string> = { submit: 'blue', RECOMMEND: 'green', FINALIZE: 'green', RETURN: 'red' };

export function ReviewTimeline({ reviews, revisions, system }: { reviews: TimelineReview[]; revisions: TimelineRevision[]; system: ParsedSystem }) {
  const { t } = useI18n();
  const titleOf = (code: string) => system.all.find((n) => n.code === code)?.title ?? '';
  const events = [
    ...revisions.filter((r) => r.action === 'submit').map((r) => ({ at: r.at, color: COLOR.submit, body: <b>{t('timelineSubmitted')}</b> })),
    ...reviews.map((r) => ({
      at: r.createdAt,
      color: COLOR[r.decision] ?? 'gray',
      body: (
        <>
          <b>{t(`decision_${r.decision}` as never)}</b>{r.reviewerName ? ` · ${r.reviewerName}` : ''}
          {r.opinion && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{t('opinion')}：{r.opinion}</Typography.Paragraph>}
          {Object.entries((r.reasons ?? {}) as Record<string, string>).map(([code, reason]) => (
            <Typography.Paragraph key={code} type="secondary" style={{ margin: '2px 0 0' }}>{code} {titleOf(code)}：{reason}</Typography.Paragraph>
          ))}
        </>
      ),
    })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  if (events.length === 0) return null;
  return (
    <Card size="small" title={t('timeline')} data-testid="timeline">
      <Timeline items={events.map((e) => ({ color: e.color, content: <><Typography.Text type="secondary">{new Date(e.at).toLocaleString()}</Typography.Text><div>{e.body}</div></> }))} />
    </Card>
  );
}
