// Logging in. After an expired session the person lands back where they were.
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { request } from '../api/graphql';
import { type CurrentUser, ME_QUERY } from '../api/session';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';

const LOGIN = graphql(`mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { user { id } } }`);

export function LoginPage({ onLogin, expired }: { onLogin: (user: CurrentUser) => void; expired: boolean }) {
  const { t, locale, setLocale } = useI18n();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await request(LOGIN, { u: values.username, p: values.password });
      // Then who this is with what they may open, read with the new session (the login itself has none yet).
      const { me } = await request(ME_QUERY);
      if (!me) throw new ApiError('UNAUTHENTICATED', t('sessionExpired'));
      onLogin(me);
    } catch (err) {
      setError(err instanceof ApiError ? err.faults.map((f) => f.message).join('；') || err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 400 }}>
        <Typography.Title level={3} style={{ textAlign: 'center' }}>{t('loginTitle')}</Typography.Title>
        {expired && <Alert type="warning" showIcon title={t('sessionExpired')} style={{ marginBottom: 16 }} />}
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="login-error" />}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label={t('username')} rules={[{ required: true, message: '请输入用户名' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item name="password" label={t('password')} rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>{t('login')}</Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, fontSize: 12 }}>{t('loginHint')}</Typography.Paragraph>
        <Button type="link" size="small" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>{t('language')}</Button>
      </Card>
    </div>
  );
}
