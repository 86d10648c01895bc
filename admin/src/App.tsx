// The admin: who is logged in decides what is shown; an expired session returns to the login
// page and, after logging in, to the same page (drafts are kept locally until saved).
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ApiError, gql, onUnauthenticated } from './api/client';
import { type CurrentUser, ME_QUERY, SessionContext } from './api/session';
import { AppLayout } from './components/AppLayout';
import { MustChangePassword } from './components/ChangePassword';
import { Loading, PageError } from './components/PageState';
import { I18nProvider, useI18n } from './i18n/i18n';
import { LoginPage } from './pages/LoginPage';
import { WorkPage } from './pages/WorkPage';

// Pages past "my work" load when first opened: a phone on a slow line gets the login page and
// its work list first, and the builder (and the engine behind the fill page) only when used.
const BuilderPage = lazy(() => import('./pages/BuilderPage').then((m) => ({ default: m.BuilderPage })));
const CampaignPage = lazy(() => import('./pages/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const CampaignsPage = lazy(() => import('./pages/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const FillPage = lazy(() => import('./pages/FillPage').then((m) => ({ default: m.FillPage })));
const ReviewPage = lazy(() => import('./pages/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const SystemPage = lazy(() => import('./pages/SystemsPage').then((m) => ({ default: m.SystemPage })));
const SystemsPage = lazy(() => import('./pages/SystemsPage').then((m) => ({ default: m.SystemsPage })));
const UsersPage = lazy(() => import('./pages/admin/UsersPage').then((m) => ({ default: m.UsersPage })));
const IntegrationsPage = lazy(() => import('./pages/admin/IntegrationsPage').then((m) => ({ default: m.IntegrationsPage })));
const DashboardPage = lazy(() => import('./pages/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const UnitsPage = lazy(() => import('./pages/admin/UnitsPage').then((m) => ({ default: m.UnitsPage })));
import { useRoute } from './router';

function Shell() {
  const { locale } = useI18n();
  const route = useRoute();
  const [user, setUser] = useState<CurrentUser | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  useEffect(() => {
    gql<{ me: CurrentUser | null }>(ME_QUERY).then((d) => setUser(d.me), () => setUser(null));
    return onUnauthenticated(() => {
      setExpired(true);
      setUser(null);
    });
  }, []);

  const logout = useCallback(async () => {
    await gql('mutation { logout }').catch(() => undefined);
    setExpired(false);
    setUser(null);
  }, []);

  let body;
  if (user === undefined) body = <Loading />;
  else if (user === null) body = <LoginPage expired={expired} onLogin={(u) => { setExpired(false); setUser(u); }} />;
  else {
    const admin = user.role === 'ADMIN';
    const page = (() => {
      switch (route.name) {
        case 'fill': return <FillPage key={route.params.id} id={route.params.id} />;
        case 'review': return <ReviewPage key={route.params.id} id={route.params.id} />;
        case 'campaigns': return admin ? <CampaignsPage /> : <PageError error={forbidden()} />;
        case 'campaign': return admin ? <CampaignPage key={route.params.id} id={route.params.id} /> : <PageError error={forbidden()} />;
        case 'systems': return admin ? <SystemsPage /> : <PageError error={forbidden()} />;
        case 'system': return admin ? <SystemPage key={route.params.code} code={route.params.code} /> : <PageError error={forbidden()} />;
        case 'builder': return admin ? <BuilderPage key={route.params.code ?? 'new'} code={route.params.code} /> : <PageError error={forbidden()} />;
        case 'users': return admin ? <UsersPage /> : <PageError error={forbidden()} />;
        case 'units': return admin ? <UnitsPage /> : <PageError error={forbidden()} />;
        case 'dashboard': return admin ? <DashboardPage key={route.params.id} id={route.params.id} /> : <PageError error={forbidden()} />;
        case 'integrations': return admin ? <IntegrationsPage /> : <PageError error={forbidden()} />;
        case 'work': return <WorkPage />;
        default: return <PageError error={notFound()} />;
      }
    })();
    body = (
      <SessionContext.Provider value={user}>
        <AppLayout route={route} onLogout={logout}>
          {user.mustChangePassword
            ? <MustChangePassword onDone={() => setUser({ ...user, mustChangePassword: false })} />
            : <Suspense fallback={<Loading />}>{page}</Suspense>}
        </AppLayout>
      </SessionContext.Provider>
    );
  }
  return (
    <ConfigProvider locale={locale === 'en' ? enUS : zhCN}>
      <AntApp>{body}</AntApp>
    </ConfigProvider>
  );
}

const forbidden = () => new ApiError('FORBIDDEN', 'forbidden');
const notFound = () => new ApiError('NOT_FOUND', 'not found');

export function App() {
  return <I18nProvider><Shell /></I18nProvider>;
}
