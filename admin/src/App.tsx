// The admin: who is logged in decides what is shown; an expired session returns to the login
// page and, after logging in, to the same page (drafts are kept locally until saved). Which
// pages a person may open is the server's answer (`me.can`, checked again by every resolver).
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Outlet, RouterProvider, useMatches } from 'react-router';
import { ApiError, onUnauthenticated } from './api/errors';
import { queryClient, request } from './api/graphql';
import { type CurrentUser, ME_QUERY, SessionContext } from './api/session';
import { AppLayout } from './components/AppLayout';
import { MustChangePassword } from './components/ChangePassword';
import { Loading, PageError } from './components/PageState';
import { graphql } from './gql';
import { I18nProvider, useI18n } from './i18n/i18n';
import { LoginPage } from './pages/LoginPage';
import { createAdminRouter, type RouteHandle } from './router';
import { theme } from './theme';

const LOGOUT = graphql(`mutation Logout { logout }`);

function Shell() {
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const matches = useMatches();
  const handle = matches.at(-1)?.handle as RouteHandle | undefined;

  // Only a session someone was using can expire: a refused login on the login page is not one.
  const signedIn = useRef(false);
  signedIn.current = !!user;

  useEffect(() => {
    request(ME_QUERY).then((d) => setUser(d.me), () => setUser(null));
    return onUnauthenticated(() => {
      if (signedIn.current) setExpired(true);
      setUser(null);
      queryClient.clear();
    });
  }, []);

  const logout = useCallback(async () => {
    await request(LOGOUT).catch(() => undefined);
    queryClient.clear();
    setExpired(false);
    setUser(null);
  }, []);

  if (user === undefined) return <Loading />;
  if (user === null) return <LoginPage expired={expired} onLogin={(u) => { setExpired(false); setUser(u); }} />;
  const allowed = !handle?.needs || !!user.can?.[handle.needs];
  return (
    <SessionContext.Provider value={user}>
      <AppLayout menu={handle?.menu ?? 'work'} onLogout={logout}>
        {user.mustChangePassword
          ? <MustChangePassword onDone={() => setUser({ ...user, mustChangePassword: false })} />
          : allowed ? <Suspense fallback={<Loading />}><Outlet /></Suspense> : <PageError error={new ApiError('FORBIDDEN', 'forbidden')} />}
      </AppLayout>
    </SessionContext.Provider>
  );
}

function Localised() {
  const { locale } = useI18n();
  const router = useMemo(() => createAdminRouter(Shell, Loading), []);
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN} theme={theme}>
      <AntApp><RouterProvider router={router} /></AntApp>
    </ConfigProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider><Localised /></I18nProvider>
    </QueryClientProvider>
  );
}
