// The fill page: the assessment's pinned system drawn as one tab per level-1 indicator, live
// computed values and scores from the same engine the server runs, autosave, evidence per
// indicator, and a submit that lists what is missing, each a link to its place.
import { Alert, App, Badge, Button, Card, Descriptions, Modal, Space, Tabs, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { type CompiledSystem, compileSystem, deepMerge, type Evaluation, evaluate, type SourceRow, type StandardResult, stripComputed, unitContext, validateAnswers } from '../../../server/engine/index.js';
import { useNavigate } from 'react-router';
import { ApiError } from '../api/errors';
import { refresh, request, useGraphQL } from '../api/graphql';
import { uploadEvidence } from '../api/upload';
import { graphql } from '../gql';
import { ASSESSMENT_QUERY, assessedUnit, loaded, type LoadedAssessment, type LoadedAttachment } from '../forms/assessment-query';
import { ActionError, Loading, PageError } from '../components/PageState';
import { StatusTag } from '../components/StatusTag';
import { byCode, FillContext } from '../forms/fill-context';
import { ResultTag } from '../forms/StandardResult';
import { SourcesCard } from '../forms/SourcesCard';
import { ReviewTimeline } from '../forms/ReviewTimeline';
import { GeneratedForm } from '../forms/rjsf';
import { errorSchemaFor, sectionsOf } from '../forms/sections';
import { SubmitFaults } from '../forms/SubmitFaults';
import { type DraftDoc, useDraft } from '../forms/useDraft';
import { useI18n } from '../i18n/i18n';
import { w } from '../i18n/words';

const DELETE_ATTACHMENT = graphql(`mutation DeleteAttachment($id: ID!) { deleteAttachment(id: $id) }`);
const SUBMIT = graphql(`mutation SubmitAssessment($id: ID!, $rev: Int!) { submitAssessment(id: $id, expectedRevision: $rev) { id status } }`);

export function FillPage({ id }: { id: string }) {
  // Always read afresh: a cached copy could be older than a save made on another device.
  const { data, error, isPending } = useGraphQL(ASSESSMENT_QUERY, { id }, { staleTime: 0, gcTime: 0 });
  const assessment = useMemo(() => (data?.assessment ? loaded(data.assessment) : undefined), [data]);
  const compiled = useMemo(() => {
    const r = assessment ? compileSystem(assessment.systemVersion.schema) : undefined;
    return r?.ok ? r.compiled : undefined;
  }, [assessment?.systemVersion.id]);
  if (isPending) return <Loading />;
  if (error) return <PageError error={error} />;
  if (!assessment || !compiled) return <PageError error={new ApiError('NOT_FOUND', '')} />;
  return <Filler key={assessment.revision} assessment={assessment} compiled={compiled} />;
}

function Filler({ assessment, compiled }: { assessment: LoadedAssessment; compiled: CompiledSystem }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  // The server says whether this person may fill it now (their unit, a draft, an open campaign).
  const editable = assessment.viewerCan.fill;
  const draft = useDraft(assessment.id, {
    data: assessment.data, selfScores: assessment.selfScores, notApplicable: assessment.notApplicable, revision: assessment.revision,
  }, editable);
  const [attachments, setAttachments] = useState<LoadedAttachment[]>(assessment.attachments);
  const [evaluation, setEvaluation] = useState<Evaluation>();
  const [submitFaults, setSubmitFaults] = useState<ApiError>();
  const [actionError, setActionError] = useState<unknown>();
  const sections = useMemo(() => sectionsOf(assessment.systemVersion.schema, assessment.systemVersion.uiSchema, compiled.system), [compiled]);
  const [active, setActive] = useState(sections[0]?.key);
  const unit = useMemo(() => assessedUnit(assessment), [assessment]);

  // The same engine as the server: computed fields and scores follow every change.
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const ev = await evaluate(compiled, {
        data: stripComputed(compiled, draft.doc.data), unit, selfScores: draft.doc.selfScores, sources: assessment.sourceValues,
        notApplicable: draft.doc.notApplicable,
      });
      if (live) setEvaluation(ev);
    }, 120);
    return () => { live = false; clearTimeout(timer); };
  }, [draft.doc, compiled, unit]);

  // Computed fields show only what the engine computed now: a value that can no longer be computed shows empty (its fault beside it), never the last one.
  const merged = useMemo(() => (compiled ? deepMerge(stripComputed(compiled, draft.doc.data), evaluation?.computed ?? {}) : draft.doc.data), [compiled, draft.doc.data, evaluation]);
  const section = sections.find((s) => s.key === active) ?? sections[0];
  const draftFaults = useMemo(() => validateAnswers(compiled, merged, 'draft', '/data'), [compiled, merged]);
  // Faults at their fields: what this page finds, what the server refused to save, what a submit reported.
  const fieldFaults = useMemo(() => {
    const all = [...draftFaults, ...draft.held, ...(submitFaults?.faults ?? [])];
    return all.filter((f, i) => all.findIndex((g) => g.path === f.path && g.message === f.message) === i); // the page and the server often say the same
  }, [draftFaults, draft.held, submitFaults]);
  const errors = useMemo(() => errorSchemaFor(fieldFaults, section.key), [fieldFaults, section.key]);

  const fillContext = {
    ...byCode(evaluation),
    selfScores: draft.doc.selfScores,
    setSelfScore: (code: string, value: number | StandardResult | null) => {
      const next = { ...draft.doc.selfScores };
      if (value === null) delete next[code];
      else next[code] = value;
      draft.change({ selfScores: next });
    },
    notApplicable: draft.doc.notApplicable ?? {},
    setNotApplicable: (code: string, reason: string | null) => {
      const next = { ...draft.doc.notApplicable };
      if (reason === null) delete next[code];
      else next[code] = reason;
      draft.change({ notApplicable: next });
    },
    attachments, editable, canUpload: assessment.viewerCan.uploadEvidence,
    upload: async (code: string, file: File, onProgress: (p: number) => void) => {
      const r = await uploadEvidence(assessment.id, code, file, onProgress);
      setAttachments((list) => [...list, { ...r, indicatorCode: code, createdAt: new Date().toISOString() }]);
      message.success(t('uploaded', { name: r.filename }));
    },
    removeAttachment: async (attachmentId: string) => {
      try {
        await request(DELETE_ATTACHMENT, { id: attachmentId });
        setAttachments((list) => list.filter((a) => a.id !== attachmentId));
      } catch (err) {
        setActionError(err); // still listed: it was not removed
      }
    },
  };

  const conflictChoice = async (keep: boolean) => {
    let fresh: LoadedAssessment;
    try {
      const r = await request(ASSESSMENT_QUERY, { id: assessment.id });
      if (!r.assessment) throw new ApiError('NOT_FOUND', t('notFound'));
      fresh = loaded(r.assessment);
    } catch (err) {
      setActionError(err);
      return;
    }
    if (keep) await draft.keepMine(fresh.revision);
    else draft.takeTheirs({ data: fresh.data, selfScores: fresh.selfScores, notApplicable: fresh.notApplicable, revision: fresh.revision });
  };

  const submit = () => modal.confirm({
    title: t('submit'), content: t('submitConfirm'), okText: t('confirm'), cancelText: t('cancel'),
    // A refusal moves focus to the first fault (SubmitFaults); the closing dialog must not take it back to this button.
    focusable: { focusTriggerAfterClose: false },
    onOk: async () => {
      if (!draft.isSaved() && !(await draft.save())) return;
      try {
        await request(SUBMIT, { id: assessment.id, rev: draft.currentRevision() });
        message.success(t('submitted'));
        await refresh(ASSESSMENT_QUERY);
      } catch (err) {
        if (err instanceof ApiError && err.code === 'BAD_USER_INPUT') setSubmitFaults(err);
        else setActionError(err);
      }
    },
  });

  const saveBadge = {
    saved: ['success', t('saved')], dirty: ['warning', t('unsaved')], saving: ['processing', t('saving')], failed: ['error', t('saveFailed')],
    conflict: ['error', t('conflictTitle')], partial: ['warning', t('savedExceptHeld', { n: draft.held.length })],
  }[draft.state];
  return (
    <FillContext.Provider value={fillContext}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
            <Space orientation="vertical" size={0}>
              <Typography.Title level={4} style={{ margin: 0 }}>{assessment.orgUnit.name} · {assessment.systemVersion.system.name}</Typography.Title>
              <Typography.Text type="secondary">{assessment.campaign.name} · v{assessment.systemVersion.number}</Typography.Text>
            </Space>
            <Space size="middle" wrap>
              <StatusTag status={assessment.status} returned={!!assessment.returnReason} />
              {editable && <span data-testid="save-state" role="status" style={{ whiteSpace: 'nowrap' }}><Badge status={saveBadge[0] as never} text={saveBadge[1]} /></span>}
              {compiled.system.meta.kind !== 'standard' && (
                <span>{t('total')} <b data-testid="total-score" style={{ fontSize: 20 }}>{evaluation?.selfTotal ?? assessment.selfScore}</b> / {compiled.system.meta.totalScore}</span>
              )}
              {compiled.system.meta.kind !== 'score' && (
                <span>{t('passedResult')} <ResultTag testId="passed-result" result={evaluation?.selfPassed === true ? 'met' : evaluation?.selfPassed === false ? 'unmet' : null} /></span>
              )}
              {editable && <Button type="primary" onClick={submit} data-testid="submit">{t('submit')}</Button>}
              {!editable && <Button onClick={() => navigate(`/assessments/${assessment.id}/review`)}>{t('review')}</Button>}
            </Space>
          </Space>
          {assessment.returnReason && assessment.status === 'DRAFT' && <Alert style={{ marginTop: 12 }} type="warning" showIcon title={t('returnedNotice')} description={assessment.returnReason} />}
          {draft.restored && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('restoredNotice')} />}
          {draft.state === 'failed' && <Alert style={{ marginTop: 12 }} type="error" showIcon title={(draft.error as Error)?.message} action={<Button size="small" onClick={() => draft.save()}>{t('retrySave')}</Button>} />}
          <Descriptions size="small" style={{ marginTop: 12 }} column={{ xs: 2, sm: 2, md: 4 }} items={[
            { label: t('deadline'), children: assessment.campaign.deadlines?.submit ?? '—' },
            { label: t('population'), children: String(unit.population ?? '—') },
            ...(compiled.system.meta.kind === 'standard' ? [] : [{ label: t('passScore'), children: assessment.campaign.passScore }]),
            { label: t('evidence'), children: `${attachments.length}` },
          ]} />
        </Card>
        <SourcesCard sources={assessment.sources} />
        <ReviewTimeline reviews={assessment.reviews} revisions={assessment.revisions} system={compiled.system} />
        <ActionError error={actionError} onClose={() => setActionError(undefined)} />
        {submitFaults && <SubmitFaults error={submitFaults} system={compiled.system} onGo={(key) => setActive(key)} onClose={() => setSubmitFaults(undefined)} />}
        <Tabs activeKey={section.key} onChange={setActive} items={sections.map((s) => {
          const score = evaluation?.indicatorScores.find((x) => x.code === s.code);
          // An unknown score shows as —, never as 0; a 达标 section shows its result.
          const badge = score?.kind === 'standard' ? <ResultTag result={score.selfResult} /> : <Tag>{score?.selfScore ?? '—'}/{score?.maxScore ?? '—'}</Tag>;
          // A tab says how many of its answers need fixing, so a fault on another tab is not out of sight.
          const toFix = fieldFaults.filter((f) => f.path.split('/')[2] === s.key).length;
          return { key: s.key, label: <span>{s.code} {s.title} {badge}{toFix > 0 && <Badge count={toFix} size="small" title={t('toFix', { n: toFix })} data-testid={`tab-faults-${s.key}`} />}</span> };
        })} />
        <div data-testid="fill-form">
          <GeneratedForm
            key={section.key} idPrefix={`root_${section.key}`} schema={section.schema} uiSchema={section.uiSchema}
            formData={(merged[section.key] as Record<string, unknown>) ?? {}} extraErrors={errors} disabled={!editable}
            onChange={(value) => draft.change({ data: { ...draft.doc.data, [section.key]: value } })}
          />
        </div>
      </Space>
      <Modal open={draft.state === 'conflict'} title={t('conflictTitle')} closable={false} footer={[
        <Button key="theirs" onClick={() => conflictChoice(false)} data-testid="conflict-theirs">{t('reloadTheirs')}</Button>,
        <Button key="mine" type="primary" onClick={() => conflictChoice(true)} data-testid="conflict-mine">{t('keepMine')}</Button>,
      ]}>
        <Typography.Paragraph>{t('conflictText')}</Typography.Paragraph>
      </Modal>
    </FillContext.Provider>
  );
}

