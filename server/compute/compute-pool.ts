// The worker pool for untrusted computation (compute-tasks.ts). A schema an administrator
// wrote or a preview anyone sends can take seconds to compile or evaluate, however the size
// limits are set; on the request thread that would stall every other user, health checks
// included. In the pool it runs beside them, under a hard deadline: a task still running at
// the deadline has its worker terminated (piscina ends the thread), and the caller gets a
// clear error. A full queue answers "busy, retry", not an ever-longer wait.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { badInput, DomainError, ErrorCode } from '../core/errors.js';
import type { ComputeTask, PreviewInput, PreviewOutcome, SystemCheck } from './compute-tasks.js';

export interface ComputeOptions {
  /** Worker threads (at least 1). */
  threads: number;
  /** Longest a task may take, waiting included, before its worker is stopped. */
  deadlineMs: number;
  /** Memory of one worker, in MB: a task past it ends that worker, not the server. */
  memoryMb: number;
}

export const DEFAULT_COMPUTE: ComputeOptions = {
  threads: Math.max(2, Math.min(4, availableParallelism() - 1)), deadlineMs: 10_000, memoryMb: 512,
};

const QUEUE_PER_THREAD = 4;
const WARM_DEADLINE_MS = 60_000;

/** One app's pool: created with the app, closed with it (createApp, App.close). */
export class ComputePool {
  readonly #options: ComputeOptions;
  #pool: Piscina<ComputeTask, SystemCheck | PreviewOutcome> | undefined;

  constructor(options: ComputeOptions = DEFAULT_COMPUTE) {
    this.#options = { ...options, threads: Math.max(1, options.threads) };
  }

  /** Checks a schema: its faults, or its meta and indicator tree. */
  check(schema: unknown): Promise<SystemCheck> {
    return this.#run({ kind: 'check', schema }) as Promise<SystemCheck>;
  }

  preview(input: PreviewInput): Promise<PreviewOutcome> {
    return this.#run({ kind: 'preview', ...input }) as Promise<PreviewOutcome>;
  }

  /**
   * Starts a worker and loads the engine into it, outside any deadline: a thread's start-up is
   * not the task's work. createApp waits for it; so may a caller after a deadline ended a worker.
   */
  async warm(): Promise<void> {
    await this.#run({ kind: 'check', schema: {} }, WARM_DEADLINE_MS);
  }

  async close(): Promise<void> {
    const closing = this.#pool;
    this.#pool = undefined;
    await closing?.destroy();
  }

  /** Threads start on first use: a process that never checks a system never starts one. */
  #threads(): Piscina<ComputeTask, SystemCheck | PreviewOutcome> {
    if (this.#pool) return this.#pool;
    // From the TypeScript sources (the tests) the worker is the .ts file, loaded with a resolve hook.
    const fromSource = import.meta.url.endsWith('.ts');
    const { threads, memoryMb } = this.#options;
    this.#pool = new Piscina({
      filename: new URL(`./compute-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href,
      minThreads: 1,
      maxThreads: threads,
      maxQueue: threads * QUEUE_PER_THREAD,
      idleTimeout: 60_000,
      execArgv: fromSource ? ['--import', new URL('./source-hooks.mjs', import.meta.url).href] : [],
      resourceLimits: { maxOldGenerationSizeMb: memoryMb },
    });
    return this.#pool;
  }

  async #run(task: ComputeTask, deadlineMs = this.#options.deadlineMs): Promise<SystemCheck | PreviewOutcome> {
    try {
      return await this.#threads().run(task, { signal: AbortSignal.timeout(deadlineMs) });
    } catch (err) {
      throw this.#explain(err as Error & { code?: string });
    }
  }

  #explain(err: Error & { code?: string }): Error {
    const seconds = Math.round(this.#options.deadlineMs / 100) / 10;
    if (err.name === 'AbortError') {
      return badInput(
        [{ path: '/schema', message: `计算超过 ${seconds} 秒仍未完成，已停止` }],
        `指标体系或答案的计算超过 ${seconds} 秒仍未完成（内容过大，或服务器正忙），已停止：请精简指标体系（减少字段、公式或数组项）后重试，或稍后再试`,
      );
    }
    if (err.message === 'Task queue is at limit') {
      return new DomainError(ErrorCode.RATE_LIMITED, '服务器正在计算的指标体系过多，请 10 秒后再试', [], { retryAfterSeconds: 10 });
    }
    if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return badInput(
        [{ path: '/schema', message: `计算所需内存超过 ${this.#options.memoryMb} MB，已停止` }],
        '指标体系或答案过大，计算所需内存超过上限：请精简后重试',
      );
    }
    return err;
  }
}
