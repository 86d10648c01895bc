// Sends due deliveries. Any replica may run it: a delivery is claimed with FOR UPDATE SKIP
// LOCKED and a lease (a replica that dies mid-send leaves it to another after the lease), sent
// with a timeout and no redirects, and its outcome kept: delivered, retried after 1×, 2×, 4×…
// the base delay (capped at an hour), or failed after the last attempt. Nothing a receiver
// does — refusing, hanging, answering garbage — reaches the server beyond one logged line.
import type { MikroORM } from '@mikro-orm/postgresql';
import { signature, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature.js';
import { webhookUrlProblem } from './webhook-url.js';

export interface DispatcherOptions {
  pollMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  maxAttempts: number;
  allowLoopback: boolean;
}

const BATCH = 10;
const LEASE_SECONDS = 300;
const MAX_DELAY_MS = 60 * 60 * 1000;

interface Claimed { id: string; event: string; payload: Record<string, unknown>; attempts: number; url: string; secret: string; enabled: boolean }

export class WebhookDispatcher {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private stopped = false;

  constructor(private readonly orm: MikroORM, private readonly options: DispatcherOptions, private readonly log: (line: string) => void = console.log) {}

  start(): void {
    const tick = () => {
      let full = false;
      this.running = this.runOnce().then((n) => { full = n === BATCH; }, (err) => this.log(`[webhook] 派发出错：${(err as Error).message}`)).finally(() => {
        // A full batch means more are due: go on at once rather than a poll later.
        if (!this.stopped) this.timer = setTimeout(tick, full ? 0 : this.options.pollMs);
      });
    };
    this.timer = setTimeout(tick, this.options.pollMs);
  }

  async close(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Sends what is due now; the number of deliveries tried. */
  async runOnce(): Promise<number> {
    const connection = this.orm.em.getConnection();
    const claimed = await connection.execute<Claimed[]>(
      `with due as (
         select id from webhook_delivery where status = 'pending' and next_attempt_at <= now()
          order by next_attempt_at limit ${BATCH} for update skip locked)
       update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + interval '${LEASE_SECONDS} seconds'
         from due, webhook w where d.id = due.id and w.id = d.webhook_id
       returning d.id, d.event, d.payload, d.attempts, w.url, w.secret, w.enabled`,
    );
    await Promise.all(claimed.map((d) => this.deliver(d)));
    return claimed.length;
  }

  private async deliver(d: Claimed): Promise<void> {
    const outcome = d.enabled ? await this.send(d) : { error: '推送地址已停用' , final: true };
    const connection = this.orm.em.getConnection();
    if (outcome.ok) {
      await connection.execute(`update webhook_delivery set status = 'succeeded', delivered_at = now(), last_status_code = ?, last_error = null where id = ?`, [outcome.status, d.id]);
      return;
    }
    const final = outcome.final || d.attempts >= this.options.maxAttempts;
    const delayMs = Math.min(this.options.retryBaseMs * 2 ** (d.attempts - 1), MAX_DELAY_MS);
    await connection.execute(
      `update webhook_delivery set status = ?, last_status_code = ?, last_error = ?, next_attempt_at = now() + (? || ' milliseconds')::interval where id = ?`,
      [final ? 'failed' : 'pending', outcome.status ?? null, [...(outcome.error ?? '')].slice(0, 500).join(''), String(delayMs), d.id],
    );
    if (final) this.log(`[webhook] 推送 ${d.id}（${d.event}）在第 ${d.attempts} 次尝试后放弃：${outcome.error}`);
  }

  private async send(d: Claimed): Promise<{ ok?: boolean; status?: number; error?: string; final?: boolean }> {
    // Checked again: a name may resolve elsewhere since the hook was saved.
    const problem = await webhookUrlProblem(d.url, { allowLoopback: this.options.allowLoopback });
    if (problem) return { error: problem };
    const body = JSON.stringify(d.payload);
    const timestamp = Math.floor(Date.now() / 1000);
    try {
      const res = await fetch(d.url, {
        method: 'POST', body, redirect: 'manual', signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: {
          'content-type': 'application/json', 'user-agent': 'zhibiao-webhooks/1', 'x-zhibiao-event': d.event, 'x-zhibiao-delivery': d.id,
          [TIMESTAMP_HEADER]: String(timestamp), [SIGNATURE_HEADER]: signature(d.secret, timestamp, body),
        },
      });
      await res.body?.cancel().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
      return { status: res.status, error: res.status >= 300 && res.status < 400 ? `接收方要求跳转（HTTP ${res.status}），推送不跟随跳转，请填写最终网址` : `接收方回答 HTTP ${res.status}` };
    } catch (err) {
      const e = err as Error & { cause?: { code?: string; message?: string } };
      if (e.name === 'TimeoutError') return { error: `接收方 ${this.options.timeoutMs / 1000} 秒内没有回答` };
      // fetch refuses ports of other protocols (SMTP 25, 9 discard…) before connecting.
      if (e.cause?.message === 'bad port') return { error: `端口 ${new URL(d.url).port} 不能用于 HTTP 推送，请换用其他端口`, final: true };
      return { error: `无法连接接收方：${e.cause?.code ?? e.cause?.message ?? e.message}` };
    }
  }
}
