// The frame of every page: navigation by role, who is logged in, language, logging out.
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useCurrentUser } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { navigate, type Route } from '../router';

export function AppLayout({ route, onLogout, children }: { route: Route; onLogout: () => void; children: ReactNode }) {
  const user = useCurrentUser();
  const { t, locale, setLocale } = useI18n();
  const items = [
    { key: 'work', label: t('myWork') },
    ...(user.role === 'ADMIN' ? [{ key: 'campaigns', label: t('campaigns') }, { key: 'systems', label: t('systems') }] : []),
  ];
  const selected = route.name === 'campaign' ? 'campaigns' : route.name === 'system' || route.name === 'builder' ? 'systems' : ['fill', 'review'].includes(route.name) ? 'work' : route.name;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24, background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>{t('appName')}</Typography.Text>
        <Menu mode="horizontal" selectedKeys={[selected]} items={items} style={{ flex: 1, borderBottom: 'none' }} onClick={(e) => navigate(`/${e.key}`)} />
        <Space>
          <span data-testid="current-user">{user.displayName}</span>
          <Tag color="blue">{t(`role_${user.role}` as never)}</Tag>
          {user.orgUnit && <Tag>{user.orgUnit.name}</Tag>}
          <Button size="small" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>{t('language')}</Button>
          <Button size="small" onClick={onLogout}>{t('logout')}</Button>
        </Space>
      </Layout.Header>
      <Layout.Content style={{ padding: 24, maxWidth: 1400, width: '100%', margin: '0 auto' }}>{children}</Layout.Content>
    </Layout>
  );
}
