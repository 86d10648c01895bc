// Reads the configuration, listens at once (answering /readyz with 503 while it starts), starts
// the app, and on SIGTERM/SIGINT drains: not ready, no new connections, requests in flight
// finished, then the app closed and exit 0 (server/lifecycle.ts).
import './production-mode.js';
import 'reflect-metadata';
import { type App, createApp } from './app.js';
import { loadConfig } from './config.js';
import { releaseShutdownSignals } from './db/embedded.js';
import { createLifecycle } from './lifecycle.js';

const config = loadConfig();
const life = createLifecycle();
life.server.listen(config.port);
const starting = createApp(config);
let stopping = false;
releaseShutdownSignals();
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
let app: App;
try {
  app = await starting;
} catch (err) {
  console.error('启动失败：', err instanceof Error ? err.message : err);
  process.exit(1);
}
if (!stopping) life.ready(app.express);
console.log(`zhibiao 已启动：http://localhost:${config.port}/  （GraphQL: /graphql，健康检查: /healthz，就绪: /readyz）`);
console.log(app.db.embedded ? `数据库：内置 PostgreSQL，数据目录 ${config.dataDir}` : '数据库：DATABASE_URL');

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  // Stopped while starting: let the start finish (a migration runs in its transaction), then close.
  const started = await starting.catch(() => undefined);
  console.log(`收到 ${signal}，新请求答复 503，等待处理中的 ${life.inFlight()} 个请求完成…`);
  const clean = await life.drain(config.drainTimeoutMs);
  if (!clean) console.error(`${config.drainTimeoutMs} ms 内仍有 ${life.inFlight()} 个请求未完成，强制停止`);
  await started?.close();
  console.log('已停止');
  process.exit(clean ? 0 : 1);
}
