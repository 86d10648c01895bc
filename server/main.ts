// Reads the configuration, starts the app, listens, and shuts down cleanly on SIGTERM/SIGINT.
import './production-mode.js';
import 'reflect-metadata';
import { createApp } from './app.js';
import { loadConfig } from './config.js';

const config = loadConfig();
const app = await createApp(config);
const server = app.express.listen(config.port, () => {
  console.log(`zhibiao 已启动：http://localhost:${config.port}/  （GraphQL: /graphql，健康检查: /healthz）`);
  console.log(app.db.embedded ? `数据库：内置 PostgreSQL，数据目录 ${config.dataDir}` : '数据库：DATABASE_URL');
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`收到 ${signal}，正在关闭…`);
  server.close();
  await app.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
