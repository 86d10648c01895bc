// The fill form in Chromium (admin/bench/form-render.tsx, built here by Vite for production):
// the fill page's first section of a 300-field system against plain @rjsf/antd rendering the
// whole form, each mounted afresh and laid out, medians of alternating rounds; and keystrokes as
// the fill page handles them. The ratio is plain time ÷ ours (higher is better).
import { createReadStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface FormRenderBench {
  fields: number;
  plainMs: number;
  oursMs: number;
  ratio: number;
  /** Input event → next frame with the typed value drawn (the fill page evaluates after a pause). */
  keystrokeMs: number;
  keystrokeP95Ms: number;
  /** The same with every formula evaluated and the answers validated before the frame. */
  keystrokeEvaluatedMs: number;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const round = (n: number) => Math.round(n * 100) / 100;
const KEYSTROKES_WARM_UP = 10;
const KEYSTROKES = 60;

export async function measureFormRender(rounds = 15): Promise<FormRenderBench | undefined> {
  const chromiumPath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
  if (!chromiumPath) {
    console.warn('!!! no Chromium: the form-render measurement is left out');
    return undefined;
  }
  // Run from dist/bench/: the harness is in admin/bench/ of the project.
  const root = fileURLToPath(new URL('../../admin/bench/', import.meta.url));
  const out = mkdtempSync(join(tmpdir(), 'zhibiao-form-bench-'));
  const [{ build }, { default: react }, { chromium }] = await Promise.all([import('vite'), import('@vitejs/plugin-react'), import('playwright-core')]);
  await build({ root, base: './', plugins: [react()], logLevel: 'warn', build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 8000, rollupOptions: { input: join(root, 'form-render.html') } } });
  const server = createServer((req, res) => {
    const file = normalize(join(out, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(out) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    page.on('pageerror', (e) => console.error('[form-render page]', e.message));
    page.on('crash', () => console.error('[form-render page] crashed'));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/form-render.html`);
    await page.waitForFunction(() => document.title === 'ready');
    type Bench = { fields: number; plain: () => number; ours: () => number; keystrokes: (n: number, evaluating: boolean) => Promise<number[]> };
    const fields = await page.evaluate(() => (window as unknown as { formBench: Bench }).formBench.fields);
    const plain: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < rounds + 3; i++) {
      const [p, o] = await page.evaluate(() => {
        const b = (window as unknown as { formBench: Bench }).formBench;
        return [b.plain(), b.ours()];
      });
      if (i >= 3) { plain.push(p); ours.push(o); } // the first rounds warm up the JIT
    }
    // Each kind of keystroke after a warm-up series of its own (the JIT, and the garbage the
    // render rounds left), then enough of them that one collection does not move the median.
    const typing = (n: number, evaluating: boolean) => page.evaluate(([count, e]) => (window as unknown as { formBench: Bench }).formBench.keystrokes(count, e), [n, evaluating] as const);
    await typing(KEYSTROKES_WARM_UP, false);
    const keys = await typing(KEYSTROKES, false);
    await typing(KEYSTROKES_WARM_UP, true);
    const evaluated = await typing(KEYSTROKES, true);
    return {
      fields, plainMs: round(median(plain)), oursMs: round(median(ours)), ratio: round(median(plain) / median(ours)),
      keystrokeMs: round(median(keys)), keystrokeP95Ms: round(percentile(keys, 95)), keystrokeEvaluatedMs: round(median(evaluated)),
    };
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

// `node dist/bench/form-render.js`: this measurement alone.
if (process.argv[1]?.endsWith('form-render.js')) console.log(await measureFormRender());
