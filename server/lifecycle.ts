// A server process's life behind a load balancer: it listens at once and answers /readyz with
// 503 while it migrates and loads (so a balancer sends it nothing yet, and a starting replica is
// told apart from a dead one); ready, it hands every request to the app; on SIGTERM /readyz says
// draining, requests that arrive from then on get 503 with Retry-After (a balancer or client
// tries another replica), the requests in flight are finished — a save in flight is committed
// and answered — and only then does it stop listening and close the app.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type Phase = 'starting' | 'ready' | 'draining';
type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface Lifecycle {
  server: Server;
  phase(): Phase;
  /** Requests being answered now. */
  inFlight(): number;
  /** From now on requests go to `handler`, and /readyz answers 200. */
  ready(handler: Handler): void;
  /** Turns new requests away, waits for those in flight (at most `timeoutMs`), then stops listening; true when none was cut off. */
  drain(timeoutMs: number): Promise<boolean>;
}

const PHASE_TEXT: Record<Phase, string> = { starting: '正在启动（迁移数据库、加载指标体系），请稍候', ready: '就绪', draining: '正在停止，不再接收新请求' };

export function createLifecycle(): Lifecycle {
  let phase: Phase = 'starting';
  let handler: Handler | undefined;
  let inFlight = 0;
  const idle = new Set<() => void>();
  const unavailable = (res: ServerResponse) => {
    res.statusCode = 503;
    res.setHeader('retry-after', '5');
    res.setHeader('content-type', 'application/json; charset=utf-8');
    if (phase === 'draining') res.setHeader('connection', 'close');
    res.end(JSON.stringify({ errors: [{ message: `${PHASE_TEXT[phase]}，请稍后重试`, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
  };
  const server = createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] === '/readyz') {
      res.statusCode = phase === 'ready' ? 200 : 503;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      return void res.end(JSON.stringify({ status: phase, message: PHASE_TEXT[phase] }));
    }
    // Liveness: a process that is starting or draining is alive (a probe must not restart it mid-migration).
    if (phase !== 'ready' && (req.url ?? '/').split('?')[0] === '/healthz') return void res.end(JSON.stringify({ status: phase }));
    if (phase !== 'ready' || !handler) return unavailable(res);
    inFlight++;
    res.once('close', () => {
      inFlight--;
      if (inFlight === 0) for (const wake of idle) wake();
    });
    handler(req, res);
  });
  return {
    server,
    phase: () => phase,
    inFlight: () => inFlight,
    ready(h) {
      handler = h;
      if (phase === 'starting') phase = 'ready';
    },
    async drain(timeoutMs) {
      phase = 'draining';
      const clean = inFlight === 0 || await new Promise<boolean>((resolve) => {
        const done = (finished: boolean) => {
          clearTimeout(timer);
          idle.delete(wake);
          resolve(finished);
        };
        const wake = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        idle.add(wake);
      });
      server.close();
      server.closeAllConnections();
      return clean;
    },
  };
}
