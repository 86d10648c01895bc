// What a page shows while loading or when the server refused: a message a person understands.
import { Alert, Button, Result, Spin } from 'antd';
import { ApiError } from '../api/errors';
import { useI18n } from '../i18n/i18n';
import { useNavigate } from 'react-router';

export function Loading() {
  const { t } = useI18n();
  return <div style={{ padding: 48, textAlign: 'center' }}><Spin description={t("loading")}><div style={{ height: 40 }} /></Spin></div>;
}

/** A full-page refusal: FORBIDDEN and NOT_FOUND explained, anything else with the server's message. */
export function PageError({ error }: { error: unknown }) {
  const { t } = useI18n();
  const code = error instanceof ApiError ? error.code : 'NETWORK';
  const back = <BackToWork />;
  if (code === 'FORBIDDEN') return <Result status="403" title="403" subTitle={t('forbidden')} extra={back} />;
  // A malformed id in the address is a record that cannot exist, not a form to correct.
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <Result status="404" title="404" subTitle={t('notFound')} extra={back} />;
  return <Result status="warning" subTitle={error instanceof Error ? error.message : t('networkError')} extra={back} />;
}

/** An inline message for an action that failed; the page and what was typed stay. */
export function ActionError({ error, onClose }: { error: unknown; onClose?: () => void }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const faults = error instanceof ApiError ? error.faults : [];
  // The server's message carries its first fault for clients that show nothing else; listed
  // below, the fault would be said twice: the title keeps the general sentence.
  const carried = faults.length ? message.indexOf(`：${faults[0].message}`) : -1;
  return (
    <Alert type="error" showIcon closable={!!onClose} onClose={onClose} style={{ marginBottom: 16 }} title={carried > 0 ? message.slice(0, carried) : message}
      description={faults.length ? <ul style={{ margin: 0, paddingLeft: 18 }}>{faults.map((f) => <li key={f.path + f.message}>{f.message}</li>)}</ul> : undefined} />
  );
}

/** An address that is no page of the admin. */
export function NotFound() {
  const { t } = useI18n();
  return <Result status="404" title="404" subTitle={t('noSuchPage')} extra={<BackToWork />} />;
}

function BackToWork() {
  const { t } = useI18n();
  const navigate = useNavigate();
  return <Button type="primary" onClick={() => navigate('/work')}>{t('backToWork')}</Button>;
}
