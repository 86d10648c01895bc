// The admin SPA: built into dist/admin (served by the server at /), or run by `npm run dev`
// with the API proxied to the server on :4000.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './build/precompress.ts';

const outDir = fileURLToPath(new URL('../dist/admin', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress(outDir)],
  build: {
    outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000,
    // The admin, and GraphiQL for integrators at /graphiql (bundled: no CDN on these networks).
    rollupOptions: { input: { main: fileURLToPath(new URL('index.html', import.meta.url)), graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)) },
      // GraphiQL's modules start with "use client" (a React Server Components hint, meaningless here).
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': 'http://localhost:4000', '/api': 'http://localhost:4000', '/healthz': 'http://localhost:4000' },
  },
});
