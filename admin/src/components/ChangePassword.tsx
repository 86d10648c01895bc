// Changing one's own password: from the header menu, or before anything else when an
// administrator gave a generated one (mustChangePassword).
import { Alert, Button, Card, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { request } from '../api/graphql';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { validated } from './validated';

const CHANGE_PASSWORD = graphql(`mutation ChangePassword($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { id } }`);

function PasswordForm({ onDone, submitLabel }: { onDone: () => void; submitLabel: string }) {
  const { t } = useI18n();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    try {
      await request(CHANGE_PASSWORD, { c: v.current, n: v.next });
      form.resetFields();
      onDone();
    } catch (err) {
      const faults = err instanceof ApiError ? err.faults : [];
      form.setFields(faults.length
        ? faults.map((f) => ({ name: f.path === '/currentPassword' ? 'current' : 'next', errors: [f.message] }))
        : [{ name: 'next', errors: [(err as Error).message] }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form form={form} layout="vertical" onFinish={submit}>
      <Form.Item name="current" label={t('currentPassword')} rules={[{ required: true, message: t('required') }]}><Input.Password autoComplete="current-password" data-testid="current-password" /></Form.Item>
      <Form.Item name="next" label={t('newPassword')} extra={t('passwordRule')} rules={[{ required: true, message: t('required') }]}><Input.Password autoComplete="new-password" data-testid="new-password" /></Form.Item>
      <Form.Item name="again" label={t('newPasswordAgain')} dependencies={['next']} rules={[{ required: true, message: t('required') }, ({ getFieldValue }) => ({
        validator: (_, value) => (value === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error(t('passwordsDiffer')))),
      })]}><Input.Password autoComplete="new-password" data-testid="new-password-again" /></Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="change-password-submit">{submitLabel}</Button>
    </Form>
  );
}

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal open={open} title={t('changePassword')} footer={null} onCancel={onClose} destroyOnHidden>
      <PasswordForm submitLabel={t('save')} onDone={onClose} />
    </Modal>
  );
}

/** Shown instead of every page until a generated password is replaced. */
export function MustChangePassword({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  return (
    <Card title={t('changePassword')} style={{ maxWidth: 480, margin: '24px auto' }} data-testid="must-change-password">
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('mustChangePasswordNotice')} />
      <PasswordForm submitLabel={t('changePasswordAndContinue')} onDone={onDone} />
    </Card>
  );
}
