// The review page for the street and the expert panel: the answers read-only, the evidence,
// the self-score of each indicator beside this stage's score, an opinion and the decision.
import { App, type Breakpoint, Button, Card, Grid, Image, Input, Modal, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { compileSystem, deepMerge, type Evaluation, evaluate, type IndicatorNode, type SourceRow, type StandardResult } from '../../../server/engine/index.js';
import { ResultPicker, ResultTag } from '../forms/StandardResult';
import { ScoreInput } from '../forms/ScoreInput';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/errors';
import { refresh, request, useGraphQL } from '../api/graphql';
import { graphql } from '../gql';
import { ActionError, Loading, PageError } from '../components/PageState';
import { StatusTag } from '../components/StatusTag';
import { byCode, FillContext } from '../forms/fill-context';
import { GeneratedForm } from '../forms/rjsf';
import { sectionsOf } from '../forms/sections';
import { useI18n } from '../i18n/i18n';
import { ASSESSMENT_QUERY, assessedUnit, loaded, type LoadedAssessment } from '../forms/assessment-query';
import { SourcesCard } from '../forms/SourcesCard';
import { ReviewTimeline } from '../forms/ReviewTimeline';

const REVIEW = graphql(`mutation ReviewAssessment($id: ID!, $stage: ReviewStage!, $decision: ReviewDecision!, $scores: JSON, $reasons: JSON, $opinion: String, $rev: Int) {
  reviewAssessment(id: $id, stage: $stage, decision: $decision, scores: $scores, reasons: $reasons, opinion: $opinion, expectedRevision: $rev) { id status } }`);

/** Columns shown from a tablet up; on a phone their figures sit under the indicator's title. */
const WIDE: Breakpoint[] = ['md'];

export function ReviewPage({ id }: { id: string }) {
  const { data, error, isPending } = useGraphQL(ASSESSMENT_QUERY, { id }, { staleTime: 0, gcTime: 0 });
  const assessment = useMemo(() => (data?.assessment ? loaded(data.assessment) : undefined), [data]);
  if (isPending) return <Loading />;
  if (error) return <PageError error={error} />;
  if (!assessment) return <PageError error={new ApiError('NOT_FOUND', '')} />;
  return <Reviewer assessment={assessment} />;
}

function Reviewer({ assessment }: { assessment: LoadedAssessment }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const compiled = useMemo(() => {
    const r = compileSystem(assessment.systemVersion.schema);
    return r.ok ? r.compiled : undefined;
  }, [assessment.systemVersion.id]);
  const [evaluation, setEvaluation] = useState<Evaluation>();
  // The stage this person may review now, as the server's policy says (none: read only).
  const stage = assessment.viewerCan.reviewStage ?? undefined;
  // Points for score items, results (met/basic/unmet) for 达标 items.
  const [scores, setScores] = useState<Record<string, number | StandardResult | null>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [opinion, setOpinion] = useState('');
  const [asking, setAsking] = useState(false);
  const [actionError, setActionError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // On a phone the table keeps two columns — the indicator (with its figures and evidence beneath)
  // and this stage's score — so the score boxes are on the screen, not 300 px to the right of it.
  const narrow = Grid.useBreakpoint().md === false;

  useEffect(() => {
    if (!compiled) return;
    void evaluate(compiled, { data: assessment.data, unit: assessedUnit(assessment), selfScores: assessment.selfScores, sources: assessment.sourceValues }).then((ev) => {
      setEvaluation(ev);
      // Prefill: the street starts from the self-scores, the expert from computed scores (manual items are left to score).
      const initial: Record<string, number | StandardResult | null> = {};
      for (const s of ev.indicatorScores) {
        const node = compiled.system.all.find((n) => n.code === s.code)!;
        if (node.children.length) continue;
        if (node.kind === 'standard') initial[s.code] = stage === 'STREET' ? s.selfResult : node.method === 'manual' ? null : s.computedResult;
        else initial[s.code] = stage === 'STREET' ? s.selfScore : node.method === 'manual' ? null : s.computedScore;
      }
      setScores(initial);
    });
  }, [compiled, assessment, stage]);
  const sections = useMemo(() => (compiled ? sectionsOf(assessment.systemVersion.schema, assessment.systemVersion.uiSchema, compiled.system) : []), [compiled, assessment]);

  if (!compiled) return <PageError error={new ApiError('NOT_FOUND', '')} />;
  const leaves = compiled.system.all.filter((n) => n.children.length === 0);
  const scoreOf = (code: string) => evaluation?.indicatorScores.find((s) => s.code === code);
  // The stages already given, as stored on the server (this page computes only the self-assessment).
  const storedOf = (code: string) => assessment.indicatorScores.find((s) => s.code === code);
  const reviewed = {
    street: assessment.indicatorScores.some((s) => s.streetScore != null || s.streetResult != null),
    expert: assessment.indicatorScores.some((s) => s.expertScore != null || s.expertResult != null),
  };
  const reasonsByCode = new Map<string, string[]>();
  for (const r of assessment.reviews) {
    for (const [code, reason] of Object.entries((r.reasons ?? {}) as Record<string, string>)) {
      reasonsByCode.set(code, [...(reasonsByCode.get(code) ?? []), `${t(r.stage === 'STREET' ? 'streetScoreShort' : 'expertScoreShort')}：${reason}`]);
    }
  }
  const merged = deepMerge(assessment.data, assessment.computed ?? {});
  const maxOf = (n: IndicatorNode) => (n.kind === 'standard' ? t('kindStandard') : n.maxScore);
  const selfOf = (n: IndicatorNode) => (n.kind === 'standard' ? <ResultTag result={scoreOf(n.code)?.selfResult} /> : scoreOf(n.code)?.selfScore ?? '—');
  const computedOf = (n: IndicatorNode) => (n.method === 'manual' ? '—' : n.kind === 'standard' ? <ResultTag result={scoreOf(n.code)?.computedResult} /> : scoreOf(n.code)?.computedScore ?? '—');

  const decide = async (decision: 'RECOMMEND' | 'RETURN' | 'FINALIZE') => {
    setBusy(true);
    setActionError(undefined);
    const given = Object.fromEntries(Object.entries(scores).filter(([, v]) => v !== null && v !== undefined));
    try {
      await request(REVIEW, { id: assessment.id, stage: stage!, decision, scores: decision === 'RETURN' ? null : given, reasons, opinion: opinion || null, rev: assessment.revision });
      message.success(t('reviewDone'));
      void refresh(ASSESSMENT_QUERY);
      navigate('/work');
    } catch (err) {
      setActionError(err);
    } finally {
      setBusy(false);
      setAsking(false);
    }
  };

  const readonlyFill = {
    ...byCode(evaluation),
    selfScores: assessment.selfScores, setSelfScore: () => {}, attachments: assessment.attachments, editable: false, canUpload: false,
    upload: async () => {}, removeAttachment: async () => {},
  };
  const faultAt = (code: string) => (actionError instanceof ApiError ? actionError.faults.filter((f) => f.path.endsWith(`/${code}`)) : []);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{assessment.orgUnit.name} · {assessment.campaign.name}</Typography.Title>
          <Space size="middle" wrap>
            <StatusTag status={assessment.status} />
            {compiled.system.meta.kind !== 'standard' && <span>{t('selfScore')} <b>{assessment.selfScore}</b></span>}
            {compiled.system.meta.kind !== 'standard' && assessment.streetScore !== null && <span>{t('streetScore')} <b>{assessment.streetScore}</b></span>}
            {compiled.system.meta.kind !== 'standard' && assessment.finalScore !== null && <span data-testid="final-score">{t('finalScore')} <b>{assessment.finalScore}</b> {assessment.grade && <Tag color={assessment.passed ? 'success' : 'error'}>{assessment.grade}</Tag>}</span>}
            {compiled.system.meta.kind === 'standard' && assessment.status === 'FINALIZED' && <span data-testid="final-result">{t('passed')} <ResultTag result={assessment.passed === true ? 'met' : assessment.passed === false ? 'unmet' : null} /></span>}
          </Space>
        </Space>
      </Card>
      <ActionError error={actionError} onClose={() => setActionError(undefined)} />
      <SourcesCard sources={assessment.sources} />
      <ReviewTimeline reviews={assessment.reviews} revisions={assessment.revisions} system={compiled.system} />
      <Card title={stage ? `${t('stageScore')}（${stage === 'STREET' ? t('recommend') : t('expertScore')}）` : t('review')}>
        <Table<IndicatorNode> rowKey="code" size="small" pagination={false} dataSource={leaves} expandable={{ childrenColumnName: "__none" }} columns={[
          { title: t('code'), dataIndex: 'code', width: 70, responsive: WIDE },
          {
            title: t('title'), render: (_, n) => (
              <Space orientation="vertical" size={0}>
                <span>{narrow && `${n.code} `}{n.title}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{n.criteria}</Typography.Text>
                {narrow && (
                  <Space orientation="vertical" size={2} style={{ marginTop: 4 }}>
                    <Space size={[12, 0]} wrap style={{ fontSize: 12 }}>
                      <span>{t('maxScore')} {maxOf(n)}</span><span>{t('selfScore')} {selfOf(n)}</span><span>{t('computedScore')} {computedOf(n)}</span>
                    </Space>
                    <EvidenceCell files={assessment.attachments.filter((a) => a.indicatorCode === n.code)} />
                  </Space>
                )}
              </Space>
            ),
          },
          { title: t('maxScore'), width: 60, align: 'right', responsive: WIDE, render: (_, n) => maxOf(n) },
          { title: t('selfScore'), width: 80, align: 'right', responsive: WIDE, render: (_, n) => selfOf(n) },
          { title: t('computedScore'), width: 80, align: 'right', responsive: WIDE, render: (_, n) => computedOf(n) },
          // The earlier stages side by side, and why anyone changed an automatic score or result.
          ...(['streetScoreShort', 'expertScoreShort'] as const).filter((k) => (k === 'streetScoreShort' ? reviewed.street : reviewed.expert)).map((k) => ({
            title: t(k), key: k, width: 80, align: 'right' as const, responsive: WIDE, render: (_: unknown, n: IndicatorNode) => {
              const s = storedOf(n.code);
              return n.kind === 'standard'
                ? <ResultTag result={(k === 'streetScoreShort' ? s?.streetResult : s?.expertResult)?.toLowerCase() as StandardResult | undefined} />
                : (k === 'streetScoreShort' ? s?.streetScore : s?.expertScore) ?? '—';
            },
          })),
          ...(reasonsByCode.size ? [{
            title: t('reviewReasons'), key: 'reasons', width: 200, responsive: WIDE, render: (_: unknown, n: IndicatorNode) => (
              <Space orientation="vertical" size={0}>{(reasonsByCode.get(n.code) ?? []).map((r) => <Typography.Text key={r} style={{ fontSize: 12 }}>{r}</Typography.Text>)}</Space>
            ),
          }] : []),
          { title: t('evidence'), width: 180, responsive: WIDE, render: (_, n) => <EvidenceCell files={assessment.attachments.filter((a) => a.indicatorCode === n.code)} /> },
          ...(stage ? [{
            title: t('stageScore'), width: narrow ? 150 : 260, render: (_: unknown, n: IndicatorNode) => {
              const computed = n.kind === 'standard' ? scoreOf(n.code)?.computedResult : scoreOf(n.code)?.computedScore;
              const overridden = stage === 'EXPERT' && n.method !== 'manual' && scores[n.code] !== computed;
              const value = scores[n.code];
              return (
                <Space orientation="vertical" size={2}>
                  {n.kind === 'standard'
                    ? <ResultPicker testId={`stage-${n.code}`} label={`${n.code} ${t('result')}`} value={typeof value === 'string' ? value : null}
                        onChange={(r) => setScores((s) => ({ ...s, [n.code]: r }))} />
                    : <ScoreInput testId={`stage-${n.code}`} label={`${n.code} ${t('stageScore')}`} max={n.maxScore} value={typeof value === 'number' ? value : null}
                        invalid={faultAt(n.code).length > 0} onChange={(v) => setScores((s) => ({ ...s, [n.code]: v }))} />}
                  {overridden && <Input size="small" aria-label={`${n.code} ${t('reasonNeeded')}`} placeholder={t('reasonNeeded')} value={reasons[n.code] ?? ''} onChange={(e) => setReasons((r) => ({ ...r, [n.code]: e.target.value }))} />}
                  {faultAt(n.code).map((f) => <Typography.Text key={f.path} type="danger" style={{ fontSize: 12 }}>{f.message}</Typography.Text>)}
                </Space>
              );
            },
          }] : []),
        ]} />
        {stage && (
          <Space orientation="vertical" style={{ width: '100%', marginTop: 16 }}>
            <Input.TextArea rows={3} aria-label={t('opinion')} placeholder={t('opinion')} value={opinion} onChange={(e) => setOpinion(e.target.value)} data-testid="opinion" />
            <Space>
              {stage === 'STREET' && <Button type="primary" loading={busy} onClick={() => decide('RECOMMEND')} data-testid="recommend">{t('recommend')}</Button>}
              {stage === 'EXPERT' && <Button type="primary" loading={busy} onClick={() => decide('FINALIZE')} data-testid="finalize">{t('finalize')}</Button>}
              <Button danger onClick={() => setAsking(true)} data-testid="return">{t('returnForCorrection')}</Button>
            </Space>
          </Space>
        )}
      </Card>
      <Card title={t('fill')}>
        <FillContext.Provider value={readonlyFill}>
          <Tabs items={sections.map((s) => ({
            key: s.key, label: `${s.code} ${s.title}`,
            children: <GeneratedForm idPrefix={`root_${s.key}`} schema={s.schema} uiSchema={s.uiSchema} formData={(merged[s.key] as Record<string, unknown>) ?? {}} disabled />,
          }))} />
        </FillContext.Provider>
      </Card>
      <Modal open={asking} title={t('returnForCorrection')} okText={t('confirm')} cancelText={t('cancel')} onCancel={() => setAsking(false)}
        okButtonProps={{ disabled: !opinion.trim(), danger: true, loading: busy }} onOk={() => decide('RETURN')}>
        <Typography.Paragraph>{t('returnAsk')}</Typography.Paragraph>
        <Input.TextArea rows={3} aria-label={t('returnReason')} value={opinion} onChange={(e) => setOpinion(e.target.value)} data-testid="return-reason" />
      </Modal>
    </Space>
  );
}

const PICTURE_ICON = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="#f0f0f0"/><path d="M8 30l8-10 6 7 4-5 6 8z" fill="#8c8c8c"/><circle cx="27" cy="13" r="3" fill="#8c8c8c"/></svg>')}`;

function EvidenceCell({ files }: { files: { id: string; filename: string; mimeType: string }[] }) {
  return (
    <Space wrap size={4}>
      {files.map((f) => (f.mimeType.startsWith('image/')
        // The thumbnail (a few KB), the full picture only when opened; an icon when it has none.
        ? <Image key={f.id} src={`/api/evidence/${f.id}/thumbnail`} fallback={PICTURE_ICON} preview={{ src: `/api/evidence/${f.id}` }}
            width={40} height={40} style={{ objectFit: 'cover', border: '1px solid #eee' }} alt={f.filename} data-testid={`thumb-${f.id}`} />
        : <a key={f.id} href={`/api/evidence/${f.id}`} target="_blank" rel="noreferrer">{f.filename}</a>))}
    </Space>
  );
}
