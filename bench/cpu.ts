// CPU time spent by each process of a measurement (the server, PostgreSQL, the benchmark's own
// clients), read from /proc: under load on a machine of a few cores, a closed loop of clients
// cannot answer faster than the cores can do the work of all three, however the server queues
// it. Reported per operation beside the latencies, for the subject and its baseline alike.
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';

/** /proc's clock ticks are USER_HZ, 100 a second on Linux whatever the kernel's own tick. */
const TICK_MS = 10;

interface Stat { ppid: number; ownMs: number; reapedChildrenMs: number }

function stat(pid: number): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: state ppid … utime(14) stime(15) cutime(16) cstime(17).
    const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(f[1]), ownMs: (Number(f[11]) + Number(f[12])) * TICK_MS, reapedChildrenMs: (Number(f[13]) + Number(f[14])) * TICK_MS };
  } catch {
    return undefined; // it ended between listing and reading
  }
}

/** CPU milliseconds used so far by `root` and every process under it (ended children included once reaped). */
export function treeCpuMs(root: number): number {
  const all = new Map<number, Stat>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s) all.set(Number(entry), s);
  }
  const rootStat = all.get(root);
  if (!rootStat) return NaN;
  let total = rootStat.ownMs + rootStat.reapedChildrenMs;
  const under = new Set([root]);
  // Parents are listed before their children almost always; loop until nothing is added to be sure.
  for (let added = true; added; ) {
    added = false;
    for (const [pid, s] of all) {
      if (!under.has(pid) && under.has(s.ppid)) {
        under.add(pid);
        total += s.ownMs;
        added = true;
      }
    }
  }
  return total;
}

/** The benchmark process's own CPU milliseconds (its client side: requests, answers, JSON). */
export const ownCpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

export interface CpuPerOp {
  serverMs: number;
  postgresMs: number;
  clientMs: number;
  /** The least mean latency `clients` always-busy clients can see when the machine's cores do all of it. */
  boundMs: number;
}

/** Measures `work` (doing `ops` operations with `clients` clients at once) and answers the CPU each operation took. */
export async function cpuPerOp(pids: { server?: number; postgres: number }, clients: number, ops: number, work: () => Promise<void>): Promise<CpuPerOp> {
  const before = { server: pids.server ? treeCpuMs(pids.server) : 0, postgres: treeCpuMs(pids.postgres), client: ownCpuMs() };
  await work();
  const per = (after: number, start: number) => Math.round(((after - start) / ops) * 1000) / 1000;
  const serverMs = pids.server ? per(treeCpuMs(pids.server), before.server) : 0;
  const postgresMs = per(treeCpuMs(pids.postgres), before.postgres);
  const clientMs = per(ownCpuMs(), before.client);
  const boundMs = Math.round(((clients * (serverMs + postgresMs + clientMs)) / availableParallelism()) * 10) / 10;
  return { serverMs, postgresMs, clientMs, boundMs };
}
