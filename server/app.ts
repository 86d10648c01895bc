// createApp(config): everything wired — database, migrations, built-in systems, the first
// administrator, GraphQL, evidence and health routes, the admin SPA — but not listening.
import compression from 'compression';
import { adminStatic } from './static-assets.js';
import { cors } from './cors.js';
import { thumbnailKey } from './modules/evidence/evidence.service.js';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { ComputePool, DEFAULT_COMPUTE } from './compute/compute-pool.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { DEMO_USERS } from './db/demo-data.js';
import { loadDemo, shouldLoadDemo } from './db/demo.js';
import { loadBuiltInSystems } from './db/load-systems.js';
import type { Context } from './graphql/context.js';
import { costLimitPlugin } from './graphql/cost.js';
import { requestTextFaults } from './core/text-safety.js';
import { compiledExecution } from './graphql/jit-executor.js';
import { formatError } from './graphql/errors.js';
import { createLoaders } from './graphql/loaders.js';
import { getSchema } from './graphql/schema.js';
import { type Authentication, authenticate, REJECTED_BEARER_MESSAGE } from './modules/auth/request-auth.js';
import { ensureAdmin } from './modules/auth/user.service.js';
import { evidenceStore } from './modules/evidence/evidence.storage.js';
import { evidenceRouter } from './modules/evidence/evidence.routes.js';
import { exportRouter } from './modules/export/export.routes.js';
import { WebhookDispatcher } from './modules/webhook/webhook-dispatcher.js';
import { adminDistDir } from './paths.js';

export interface App {
  express: express.Express;
  db: Database;
  config: Readonly<Config>;
  close(): Promise<void>;
}

/** Query limits applied before execution: Apollo sets none by default. */
export const QUERY_LIMITS = { maxDepth: 12, maxAliases: 20, maxTokens: 4000, maxCost: 20_000, maxDirectives: 20 };

export async function createApp(config: Readonly<Config>, log: (line: string) => void = console.log): Promise<App> {
  const db = await openDatabase(config);
  const compute = new ComputePool({ ...DEFAULT_COMPUTE, threads: config.computeThreads, deadlineMs: config.computeDeadlineMs });
  try {
    await compute.warm();
    await loadBuiltInSystems(db.orm.em.fork(), compute, log);
    const isEmpty = await shouldLoadDemo(db.orm.em.fork(), db.embedded, config);
    await ensureAdmin(db.orm.em.fork(), config.adminPassword, log);
    const store = evidenceStore(config);
    // All or nothing: a demo that fails halfway (a refused password, a crash) leaves no half-loaded
    // world that nothing repairs; the next start loads it whole.
    if (isEmpty) printDemoAccounts(await db.orm.em.fork().transactional((tx) => loadDemo(tx, config, store, log)), config, log);
    const attachmentKeys = await db.orm.em.getConnection().execute<{ storage_key: string }[]>('select storage_key from attachment');
    const swept = await store.sweep(new Set(attachmentKeys.flatMap((r) => [r.storage_key, thumbnailKey(r.storage_key)])));
    if (swept) log(`已清理 ${swept} 个没有对应记录的佐证文件（中断的上传或删除留下的）`);
    await db.startupDone();
    // Token limits are the parser's own (a parse failure is a 400 GRAPHQL_PARSE_FAILED); the cost
    // is counted with the request's variables (graphql/cost.ts); armor keeps depth, aliases, directives.
    const armor = new ApolloArmor({
      maxDepth: { n: QUERY_LIMITS.maxDepth }, maxAliases: { n: QUERY_LIMITS.maxAliases }, maxDirectives: { n: QUERY_LIMITS.maxDirectives },
      maxTokens: { enabled: false }, costLimit: { enabled: false },
    });
    const protection = armor.protect();
    const schema = await getSchema();
    const apollo = new ApolloServer<Context>({
      // main.ts drains on SIGTERM/SIGINT and then stops Apollo with the rest; Apollo's own handlers
      // (on outside tests) raced it and left app.close() waiting on a stop that never finished.
      stopOnTerminationSignals: false,
      gateway: compiledExecution(schema), formatError, introspection: true, includeStacktraceInErrorResponses: false, parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
      // No landing page: Apollo's loads from a CDN, which this deployment cannot assume; schema.graphql documents the API.
      // Cache-control hints are for CDNs in front of public APIs; this API answers per person. Its
      // plugin wrapped every field's resolver to read hints (measured: ~8 % of a 100-row page).
      plugins: [...protection.plugins, costLimitPlugin(schema, QUERY_LIMITS.maxCost), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()] as never[],
      validationRules: [...protection.validationRules],
    });
    await apollo.start();

    const app = express();
    app.disable('x-powered-by');
    // No ETag on what res.send answers (GraphQL, small JSON): nobody revalidates a POST's answer,
    // and hashing each body cost every request (the whole page of 100 assessments' scores, too).
    // Static files keep theirs (express.static sets its own).
    app.set('etag', false);
    // X-Forwarded-For is believed only from the proxies named in TRUST_PROXY; otherwise the
    // address is the connection's own (a forged header must not choose whose limit is counted).
    const trust = config.trustProxy;
    app.set('trust proxy', trust === undefined ? false : /^\d+$/.test(trust) ? Number(trust) : trust === 'true' ? true : trust);
    app.use(securityHeaders());
    // The API's JSON compressed (brotli at a fast level, or gzip) — a phone on a slow line got
    // everything uncompressed; the admin's scripts are compressed at build time (static-assets.ts);
    // files that do not shrink (images, PDF) are sent as they are.
    app.use(compression());
    app.get('/healthz', async (_req, res) => {
      try {
        await db.orm.em.getConnection().execute('select 1');
        res.json({ status: 'ok' });
      } catch {
        res.status(503).json({ status: 'database unavailable' });
      }
    });
    app.use(['/graphql', '/api'], cors(config.corsOrigins));
    app.use(cookieParser());
    app.use(evidenceRouter(db.orm, config, store));
    app.use(exportRouter(db.orm, config));
    app.use(
      '/graphql',
      express.json({ limit: config.bodyMaxBytes }),
      async (req: Request, res: Response, next: NextFunction) => {
        const textFaults = requestTextFaults(req.body);
        if (textFaults.length) {
          return void res.status(400).json({ errors: [{ message: '提交的文字中含有无法保存的字符，请删除后重试', extensions: { code: 'BAD_USER_INPUT', faults: textFaults } }] });
        }
        const em = db.orm.em.fork();
        const auth = await authenticate(em, config, req);
        if (auth.rejectedBearer) return void res.status(401).json({ errors: [{ message: REJECTED_BEARER_MESSAGE, extensions: { code: 'UNAUTHENTICATED' } }] });
        res.locals.em = em;
        res.locals.auth = auth;
        next();
      },
      expressMiddleware(apollo, {
        context: async ({ req, res }) => {
          const em = res.locals.em as EntityManager;
          const { actor, sessionId } = res.locals.auth as Authentication;
          // The audit trail's own entity manager is made only for a row written apart (a refusal, a
          // failed mutation). A function, not a getter: Apollo copies the context with Object.assign,
          // which would call a getter, forking for every request.
          let auditEm: EntityManager | undefined;
          return {
            em, auditEm: () => (auditEm ??= db.orm.em.fork()), actor, sessionId, config, store, compute, loaders: createLoaders(em), req, res, ip: req.ip ?? '', audit: {}, afterCommit: [],
          };
        },
      }),
    );
    if (existsSync(join(adminDistDir, 'index.html'))) {
      app.use(adminStatic(adminDistDir));
      // The API explorer for integrators (a page of its own, bundled with the admin).
      app.get('/graphiql', (_req, res) => res.sendFile(join(adminDistDir, 'graphiql.html')));
      app.get(/^\/(?!graphql|api\/|healthz).*/, (_req, res) => res.sendFile(join(adminDistDir, 'index.html')));
    }
    app.use(bodyErrors);
    const webhooks = new WebhookDispatcher(db.orm, {
      pollMs: config.webhookPollMs, timeoutMs: config.webhookTimeoutMs, retryBaseMs: config.webhookRetryBaseMs,
      maxAttempts: config.webhookMaxAttempts, allowLoopback: config.webhookAllowLoopback,
    }, log);
    webhooks.start();
    return {
      express: app, db, config,
      async close() {
        await webhooks.close();
        await apollo.stop();
        await compute.close();
        store.close?.();
        await db.close();
      },
    };
  } catch (err) {
    await compute.close();
    await db.close();
    throw err;
  }
}

/** The demo accounts, printed once and kept beside the data (readable by its owner only). */
function printDemoAccounts(passwords: Record<string, string>, config: Readonly<Config>, log: (line: string) => void): void {
  const lines = DEMO_USERS.map((u) => `  ${u.displayName.padEnd(12, '　')} ${u.role.padEnd(8)} 用户名 ${u.username.padEnd(10)} 密码 ${passwords[u.username]}`);
  log(['演示账号（每个角色一个，密码只在此显示，也保存在数据目录的 demo-accounts.txt）：', ...lines].join('\n'));
  mkdirSync(config.dataDir, { recursive: true });
  writeFileSync(join(config.dataDir, 'demo-accounts.txt'), `${lines.join('\n')}\n`, { mode: 0o600 });
}

/**
 * Security headers on every answer. The admin loads only its own scripts (Vite emits no inline
 * script); the engine's validator (ajv) compiles each indicator system to code in the browser,
 * hence 'unsafe-eval'; Ant Design writes its styles at run time, hence inline styles; nothing
 * may frame it.
 */
function securityHeaders(): RequestHandler {
  const policy = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"], 'script-src': ["'self'", "'unsafe-eval'"], 'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'], 'font-src': ["'self'", 'data:'], 'connect-src': ["'self'"],
        'object-src': ["'none'"], 'base-uri': ["'self'"], 'form-action': ["'self'"], 'frame-ancestors': ["'none'"],
      },
    },
    // Evidence opened in a new tab is the site's own; nothing cross-origin is embedded.
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: false, // set by the HTTPS proxy in front, which knows whether there is one
  });
  // The headers depend on nothing in the request, so helmet's dozen middlewares run once, here,
  // and every answer gets what they set (they were 3 % of the server's time for a save under load).
  const headers: [string, string][] = [];
  const removed: string[] = [];
  let done = false;
  const recorder = { setHeader: (name: string, value: string) => headers.push([name, value]), removeHeader: (name: string) => removed.push(name) };
  policy({} as Request, recorder as unknown as Response, () => { done = true; });
  if (!done) throw new Error('helmet did not set its headers at once: they cannot be computed ahead');
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}

/** Malformed or oversized bodies answer a clear JSON error and never reach a resolver. */
function bodyErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const e = err as { type?: string; status?: number };
  if (res.headersSent) return next(err);
  if (e.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: '请求内容过大，请减少一次提交的数据量', extensions: { code: 'BAD_USER_INPUT', faults: [{ path: '/', message: '请求体超过上限' }] } }] });
  } else if (e.type === 'entity.parse.failed' || e.status === 400) {
    res.status(400).json({ errors: [{ message: '请求不是有效的 JSON，请检查格式', extensions: { code: 'BAD_USER_INPUT', faults: [{ path: '/', message: 'JSON 格式错误' }] } }] });
  } else {
    console.error('[http] unexpected error:', err);
    res.status(500).json({ errors: [{ message: '服务器内部错误，请稍后重试', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  }
}
