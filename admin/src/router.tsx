// The admin's routes: real paths (the server answers every one with index.html), each page loaded
// when first opened, so a phone on a slow line gets the login page and its work list first.
// A route that needs an area of administration names it; whether the person may open it is the
// server's answer (`me.can`), never worked out here.
import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject, useParams } from 'react-router';
import type { Area } from './api/session';

/** What a route tells the frame: the menu entry it belongs to, and the area it needs. */
export interface RouteHandle {
  menu: 'work' | 'campaigns' | 'systems' | 'units' | 'users' | 'integrations';
  needs?: Area;
}

/** A lazily loaded page given the route's parameter (keyed by it, so another id starts afresh). */
function page<P extends string>(load: () => Promise<ComponentType<Record<P, string>>>, param?: P): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const Page = await load();
      return {
        Component: function RoutePage() {
          const params = useParams();
          if (!param) return <Page {...({} as Record<P, string>)} />;
          const value = params[param] ?? '';
          return <Page key={value} {...({ [param]: value } as Record<P, string>)} />;
        },
      };
    },
  };
}

const route = (path: string, handle: RouteHandle, lazy: Pick<RouteObject, 'lazy'>): RouteObject => ({ path, handle, ...lazy });

export function adminRoutes(Shell: ComponentType, Waiting: ComponentType): RouteObject[] {
  return [{
    path: '/',
    Component: Shell,
    // Shown while the first page's code arrives (a lazy route on the first load).
    HydrateFallback: Waiting,
    children: [
      route('', { menu: 'work' }, page(() => import('./pages/WorkPage').then((m) => m.WorkPage))),
      route('work', { menu: 'work' }, page(() => import('./pages/WorkPage').then((m) => m.WorkPage))),
      route('assessments/:id/fill', { menu: 'work' }, page(() => import('./pages/FillPage').then((m) => m.FillPage), 'id')),
      route('assessments/:id/review', { menu: 'work' }, page(() => import('./pages/ReviewPage').then((m) => m.ReviewPage), 'id')),
      route('campaigns', { menu: 'campaigns', needs: 'manageCampaigns' }, page(() => import('./pages/CampaignsPage').then((m) => m.CampaignsPage))),
      route('campaigns/:id', { menu: 'campaigns', needs: 'manageCampaigns' }, page(() => import('./pages/CampaignPage').then((m) => m.CampaignPage), 'id')),
      route('campaigns/:id/dashboard', { menu: 'campaigns', needs: 'manageCampaigns' }, page(() => import('./pages/dashboard/DashboardPage').then((m) => m.DashboardPage), 'id')),
      route('systems', { menu: 'systems', needs: 'manageSystems' }, page(() => import('./pages/SystemsPage').then((m) => m.SystemsPage))),
      route('systems/:code', { menu: 'systems', needs: 'manageSystems' }, page(() => import('./pages/SystemsPage').then((m) => m.SystemPage), 'code')),
      route('builder/new', { menu: 'systems', needs: 'manageSystems' }, page(() => import('./pages/BuilderPage').then((m) => m.BuilderPage))),
      route('builder/:code', { menu: 'systems', needs: 'manageSystems' }, page(() => import('./pages/BuilderPage').then((m) => m.BuilderPage), 'code')),
      route('users', { menu: 'users', needs: 'manageUsers' }, page(() => import('./pages/admin/UsersPage').then((m) => m.UsersPage))),
      route('units', { menu: 'units', needs: 'manageUnits' }, page(() => import('./pages/admin/UnitsPage').then((m) => m.UnitsPage))),
      route('integrations', { menu: 'integrations', needs: 'manageIntegrations' }, page(() => import('./pages/admin/IntegrationsPage').then((m) => m.IntegrationsPage))),
      { path: '*', handle: { menu: 'work' }, lazy: async () => ({ Component: (await import('./components/PageState')).NotFound }) },
    ],
  }];
}

// Links from before the admin had real paths (/#/campaigns/3) still lead to the same page.
if (window.location.hash.startsWith('#/')) window.history.replaceState(null, '', window.location.hash.slice(1));

export function createAdminRouter(Shell: ComponentType, Waiting: ComponentType) {
  return createBrowserRouter(adminRoutes(Shell, Waiting));
}
