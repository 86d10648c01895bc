// Configuration is read once from the environment into a frozen, typed object.
// Tests pass overrides instead of mutating process.env.
import { resolve } from 'node:path';
import { DEFAULT_COMPUTE } from './compute/compute-pool.js';
import type { S3Settings } from './modules/evidence/evidence.s3.js';

export interface Config {
  port: number;
  /** Where the embedded PostgreSQL keeps its data and where evidence files are stored. */
  dataDir: string;
  /** Any PostgreSQL >= 14; when absent the embedded server is started. Migrations run as this URL's role. */
  databaseUrl?: string;
  /** With DATABASE_URL: the role requests run as (rows only, no ownership); DATABASE_URL's role when absent. */
  databaseAppUrl?: string;
  /** Port of the embedded PostgreSQL. */
  embeddedPgPort: number;
  adminPassword?: string;
  /** Session idle timeout and absolute lifetime, in seconds. */
  sessionIdleSeconds: number;
  sessionMaxSeconds: number;
  maxLoginFailures: number;
  lockoutSeconds: number;
  /** Failed logins from one address within `lockoutSeconds` before it must wait (an office behind one NAT shares it). */
  maxLoginFailuresPerAddress: number;
  /** Upper bound of one evidence file, in bytes. */
  evidenceMaxBytes: number;
  /** Evidence files one indicator of one assessment may hold. */
  evidenceMaxFilesPerIndicator: number;
  /** Evidence bytes one assessment may hold in all. */
  evidenceMaxBytesPerAssessment: number;
  /** Upper bound of a JSON request body, in bytes. */
  bodyMaxBytes: number;
  /** Load the Longgang demo data (always into an empty embedded database). */
  demo: boolean;
  /** Password of every demo account; generated (and printed once) when absent. */
  demoPassword?: string;
  /** Express's `trust proxy`: the proxies whose X-Forwarded-For is believed (e.g. `loopback`, `10.0.0.0/8`); none by default. */
  trustProxy?: string;
  /** Worker threads for untrusted computation (checking systems, previews). */
  computeThreads: number;
  /** Longest one such computation may take before its worker is stopped, in ms. */
  computeDeadlineMs: number;
  /**
   * Origins whose browser pages may call the API (CORS), e.g. `https://bi.example.gov.cn`; `*`
   * for any. Empty by default. Such calls carry an API token, never the session cookie.
   */
  corsOrigins: string[];
  /** Webhooks: may a hook point at this machine (127.0.0.1, ::1)? Off by default. */
  webhookAllowLoopback: boolean;
  /** Webhooks: how often due deliveries are looked for, the receiver's time to answer, the first retry's delay (doubling), and the attempts before giving up. */
  webhookPollMs: number;
  webhookTimeoutMs: number;
  webhookRetryBaseMs: number;
  webhookMaxAttempts: number;
  /** Set the Secure flag on the session cookie (behind HTTPS). */
  secureCookies: boolean;
  /** Evidence in S3-compatible storage (EVIDENCE_S3_*); absent: files under DATA_DIR/evidence. */
  evidenceS3?: S3Settings;
  /** On SIGTERM, how long requests in flight may take to finish before the process stops anyway, in ms. */
  drainTimeoutMs: number;
  /** Called with every SQL statement; used by tests that count queries. */
  onQuery?: (sql: string) => void;
  /** Silence the start-up banner and request logging (tests). */
  quiet: boolean;
}

function int(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new Error(`Expected a number, got "${value}"`);
  return n;
}

/** CORS_ORIGINS: comma-separated origins (scheme, host, port; no path) or `*`; a malformed one stops the start. */
function origins(value: string | undefined): string[] {
  const list = (value ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of list) {
    if (origin === '*') continue;
    let url: URL | undefined;
    try { url = new URL(origin); } catch { /* reported below */ }
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== origin.replace(/\/$/, '')) {
      throw new Error(`CORS_ORIGINS: "${origin}" is not an origin (write it as https://host or http://host:port, without a path)`);
    }
  }
  return list.map((o) => o.replace(/\/$/, ''));
}

/** EVIDENCE_S3_ENDPOINT and the rest, all or none (a half-configured store is refused at start, naming what is missing). */
function s3Settings(env: NodeJS.ProcessEnv): S3Settings | undefined {
  const required = { endpoint: env.EVIDENCE_S3_ENDPOINT, bucket: env.EVIDENCE_S3_BUCKET, accessKeyId: env.EVIDENCE_S3_ACCESS_KEY_ID, secretAccessKey: env.EVIDENCE_S3_SECRET_ACCESS_KEY };
  if (!Object.values(required).some(Boolean)) return undefined;
  const names = { endpoint: 'EVIDENCE_S3_ENDPOINT', bucket: 'EVIDENCE_S3_BUCKET', accessKeyId: 'EVIDENCE_S3_ACCESS_KEY_ID', secretAccessKey: 'EVIDENCE_S3_SECRET_ACCESS_KEY' };
  const missing = (Object.keys(required) as (keyof typeof required)[]).filter((k) => !required[k]).map((k) => names[k]);
  if (missing.length) throw new Error(`evidence storage: ${missing.join(', ')} must be set as well (or none of the EVIDENCE_S3_ settings, to keep files under DATA_DIR)`);
  try { new URL(required.endpoint!); } catch { throw new Error(`EVIDENCE_S3_ENDPOINT: "${required.endpoint}" is not a URL (e.g. https://oss-cn-shenzhen.aliyuncs.com)`); }
  const prefix = env.EVIDENCE_S3_PREFIX ?? '';
  return {
    endpoint: required.endpoint!, bucket: required.bucket!, accessKeyId: required.accessKeyId!, secretAccessKey: required.secretAccessKey!,
    region: env.EVIDENCE_S3_REGION || 'us-east-1', forcePathStyle: env.EVIDENCE_S3_FORCE_PATH_STYLE === '1',
    prefix: prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix,
  };
}

/** Reads the environment once; overrides win. */
export function loadConfig(overrides: Partial<Config> = {}, env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const config: Config = {
    port: int(env.PORT, 4000),
    dataDir: resolve(env.DATA_DIR ?? '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    databaseAppUrl: env.DATABASE_APP_URL || undefined,
    embeddedPgPort: int(env.EMBEDDED_PG_PORT, 54329),
    adminPassword: env.ADMIN_PASSWORD || undefined,
    sessionIdleSeconds: int(env.SESSION_IDLE_SECONDS, 30 * 60),
    sessionMaxSeconds: int(env.SESSION_MAX_SECONDS, 12 * 60 * 60),
    maxLoginFailures: int(env.MAX_LOGIN_FAILURES, 5),
    lockoutSeconds: int(env.LOCKOUT_SECONDS, 15 * 60),
    maxLoginFailuresPerAddress: int(env.MAX_LOGIN_FAILURES_PER_ADDRESS, 100),
    evidenceMaxBytes: int(env.EVIDENCE_MAX_BYTES, 20 * 1024 * 1024),
    evidenceMaxFilesPerIndicator: int(env.EVIDENCE_MAX_FILES_PER_INDICATOR, 20),
    evidenceMaxBytesPerAssessment: int(env.EVIDENCE_MAX_BYTES_PER_ASSESSMENT, 300 * 1024 * 1024),
    bodyMaxBytes: int(env.BODY_MAX_BYTES, 2 * 1024 * 1024),
    demo: env.DEMO === '1' || process.argv.includes('--demo'),
    demoPassword: env.DEMO_PASSWORD || undefined,
    computeThreads: int(env.COMPUTE_THREADS, DEFAULT_COMPUTE.threads),
    computeDeadlineMs: int(env.COMPUTE_DEADLINE_MS, DEFAULT_COMPUTE.deadlineMs),
    secureCookies: env.SECURE_COOKIES === '1',
    drainTimeoutMs: int(env.DRAIN_TIMEOUT_MS, 25_000),
    evidenceS3: s3Settings(env),
    trustProxy: env.TRUST_PROXY || undefined,
    corsOrigins: origins(env.CORS_ORIGINS),
    webhookAllowLoopback: env.WEBHOOK_ALLOW_LOOPBACK === '1',
    webhookPollMs: int(env.WEBHOOK_POLL_MS, 1000),
    webhookTimeoutMs: int(env.WEBHOOK_TIMEOUT_MS, 10_000),
    webhookRetryBaseMs: int(env.WEBHOOK_RETRY_BASE_MS, 30_000),
    webhookMaxAttempts: int(env.WEBHOOK_MAX_ATTEMPTS, 8),
    quiet: false,
    ...overrides,
  };
  return Object.freeze(config);
}
