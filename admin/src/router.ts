// A small hash router: the server serves one index.html, and links survive reloads.
import { useEffect, useState } from 'react';

export interface Route {
  name: 'work' | 'fill' | 'review' | 'campaigns' | 'campaign' | 'systems' | 'system' | 'builder' | 'users' | 'units' | 'integrations' | 'dashboard' | 'unknown';
  params: Record<string, string>;
}

const PATTERNS: [Route['name'], RegExp][] = [
  ['work', /^\/?$|^\/work$/],
  ['fill', /^\/assessments\/(?<id>\d+)\/fill$/],
  ['review', /^\/assessments\/(?<id>\d+)\/review$/],
  ['campaigns', /^\/campaigns$/],
  ['campaign', /^\/campaigns\/(?<id>\d+)$/],
  ['dashboard', /^\/campaigns\/(?<id>\d+)\/dashboard$/],
  ['systems', /^\/systems$/],
  ['system', /^\/systems\/(?<code>[^/]+)$/],
  ['builder', /^\/builder\/(?:new|(?<code>[^/]+))$/],
  ['users', /^\/users$/],
  ['units', /^\/units$/],
  ['integrations', /^\/integrations$/],
];

export function parseRoute(hash: string): Route {
  const path = decodeURIComponent(hash.replace(/^#/, '')) || '/';
  for (const [name, re] of PATTERNS) {
    const m = re.exec(path);
    if (m) return { name, params: { ...(m.groups ?? {}) } };
  }
  return { name: 'unknown', params: {} };
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
