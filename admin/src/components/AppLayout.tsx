// The frame of every page: the areas this person may open, who is logged in, language, logging out. On a
// phone the header folds into the app name and a menu button; the rest opens in a drawer, so
// nothing is pushed off the screen.
import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentUser } from '../api/session';
import { useI18n } from '../i18n/i18n';
import type { RouteHandle } from '../router';
import { ChangePasswordDialog } from './ChangePassword';

export function AppLayout({ menu, onLogout, children }: { menu: RouteHandle['menu']; onLogout: () => void; children: ReactNode }) {
  const user = useCurrentUser();
  const { t, locale, setLocale } = useI18n();
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [open, setOpen] = useState(false);
  const [changing, setChanging] = useState(false);
  const navigate = useNavigate();
  // Each entry shows when the server says this person may open that area.
  const can = user.can;
  const items = [
    { key: 'work', label: t('myWork') },
    ...(can?.manageCampaigns ? [{ key: 'campaigns', label: t('campaigns') }] : []),
    ...(can?.manageSystems ? [{ key: 'systems', label: t('systems') }] : []),
    ...(can?.manageUnits ? [{ key: 'units', label: t('units') }] : []),
    ...(can?.manageUsers ? [{ key: 'users', label: t('users') }] : []),
    ...(can?.manageIntegrations ? [{ key: 'integrations', label: t('integrations') }] : []),
  ];
  const selected = menu;
  const go = (key: string) => {
    setOpen(false);
    navigate(`/${key}`);
  };
  const who = (
    <>
      <span data-testid="current-user">{user.displayName}</span>
      <Tag color="blue">{t(`role_${user.role}` as never)}</Tag>
      {user.orgUnit && <Tag>{user.orgUnit.name}</Tag>}
    </>
  );
  const actions = (
    <>
      <Button size="small" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>{t('language')}</Button>
      <Button size="small" onClick={() => { setOpen(false); setChanging(true); }} data-testid="change-password">{t('changePassword')}</Button>
      <Button size="small" onClick={onLogout}>{t('logout')}</Button>
    </>
  );
  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="app-frame">
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: narrow ? 12 : 24, padding: narrow ? '0 12px' : '0 50px', background: '#fff', borderBottom: '1px solid #f0f0f0' }}>
        <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>{t('appName')}</Typography.Text>
        {narrow ? (
          <>
            <span style={{ flex: 1 }} />
            <Button icon={<MenuOutlined />} aria-label={t('menu')} data-testid="menu-button" onClick={() => setOpen(true)} />
            <Drawer open={open} onClose={() => setOpen(false)} placement="right" size={300} title={t('appName')}>
              <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
                <Space wrap>{who}</Space>
                <Menu mode="vertical" selectedKeys={[selected]} items={items} style={{ borderInlineEnd: 'none' }} onClick={(e) => go(e.key)} />
                <Space wrap>{actions}</Space>
              </Space>
            </Drawer>
          </>
        ) : (
          <>
            <Menu mode="horizontal" selectedKeys={[selected]} items={items} style={{ flex: 1, minWidth: 0, borderBottom: 'none' }} onClick={(e) => go(e.key)} />
            <Space>{who}{actions}</Space>
          </>
        )}
      </Layout.Header>
      <ChangePasswordDialog open={changing} onClose={() => setChanging(false)} />
      <Layout.Content style={{ padding: narrow ? 12 : 24, maxWidth: 1400, width: '100%', margin: '0 auto', minWidth: 0 }}>{children}</Layout.Content>
    </Layout>
  );
}
