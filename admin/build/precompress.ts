// A Vite plugin: after the build, each script and stylesheet also written as .br and .gz at
// the highest levels (once, at build time: too slow to do per request), which the server
// sends to browsers that accept them (server/static-assets.ts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export function precompress(outDir: string): Plugin {
  return {
    name: 'zhibiao-precompress',
    apply: 'build',
    async closeBundle() {
      const assets = join(outDir, 'assets');
      for (const name of await readdir(assets)) {
        if (!/\.(js|css|svg)$/.test(name)) continue;
        const body = await readFile(join(assets, name));
        if (body.length < 1024) continue;
        await writeFile(join(assets, `${name}.br`), brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }));
        await writeFile(join(assets, `${name}.gz`), gzipSync(body, { level: 9 }));
      }
    },
  };
}
