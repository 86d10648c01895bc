// CORS for browser-based tools (a BI dashboard, a province's portal) on other origins, from the
// allow-list in CORS_ORIGINS. Cross-origin calls authenticate with an API token in the
// Authorization header: the session cookie is dropped from every cross-origin request, so a
// listed site cannot act as a logged-in user. Everything else is refused at the preflight with
// a message saying what to configure.
import type { NextFunction, Request, Response } from 'express';

const ALLOWED_HEADERS = 'Authorization, Content-Type, Apollo-Require-Preflight, X-Apollo-Operation-Name';
const EXPOSED_HEADERS = 'Retry-After, Content-Disposition';

/** The host:port an Origin header names (the scheme is left out: a TLS proxy in front changes it). */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Whether the request comes from a page of another site than this one. This site is the Host
 * the browser used — or, behind a proxy that rewrites Host (nginx's default), the
 * X-Forwarded-Host it adds; a page elsewhere cannot send that header without a preflight,
 * which only listed origins pass.
 */
export function fromOtherSite(req: Request): boolean {
  const origin = req.headers.origin;
  if (!origin) return false;
  const host = originHost(origin);
  const forwarded = req.get('x-forwarded-host')?.split(',')[0]?.trim();
  return host !== req.get('host') && host !== forwarded;
}

export function cors(allowed: readonly string[]) {
  const any = allowed.includes('*');
  const list = new Set(allowed);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    res.vary('Origin');
    // Same-origin requests (the admin) carry no Origin, or their own.
    if (!origin || !fromOtherSite(req)) return next();
    // Another site's page never acts with a session, even one of a sibling subdomain that the
    // SameSite cookie would let through: only a token says who calls.
    delete req.headers.cookie;
    const ok = any || list.has(origin);
    if (ok) {
      res.setHeader('Access-Control-Allow-Origin', any ? '*' : origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
    if (req.method !== 'OPTIONS' || !req.headers['access-control-request-method']) return next();
    if (!ok) {
      return void res.status(403).json({
        error: { code: 'FORBIDDEN', message: `来源 ${origin} 不在允许列表中：请管理员在 CORS_ORIGINS 中加入它`, faults: [{ path: '/origin', message: '来源未获允许' }] },
      });
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, DELETE');
    res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
