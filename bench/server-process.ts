// The server under measurement in a process of its own (as deployed): the benchmark's client,
// seeding and baseline queries do not share its memory, so its RSS is its own, read from
// /proc (VmRSS now, VmHWM the peak since it started).
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resident memory now and at its peak, in MB. */
  rssMb: () => { now: number; peak: number };
  stop: () => Promise<void>;
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return Math.round(Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024);
}

/** The Node flags `npm start` runs the server with (package.json), so the benchmark measures the same process. */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8')) as { scripts: { start: string } };
  return pkg.scripts.start.split(/\s+/).filter((part) => part.startsWith('--'));
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = 47000 + Math.floor(Math.random() * 2000);
  const main = fileURLToPath(new URL('../server/main.js', import.meta.url));
  const child = spawn(process.execPath, [...startFlags(), main], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode} before answering`);
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) break;
    if (i > 600) throw new Error('the server was not ready (/readyz) within a minute');
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid!;
  return {
    url, child,
    rssMb: () => ({ now: statusMb(pid, 'VmRSS'), peak: statusMb(pid, 'VmHWM') }),
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}
