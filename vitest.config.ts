import { createRequire } from 'node:module';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// SWC emits the decorator metadata that type-graphql and MikroORM read; esbuild does not.
export default defineConfig({
  plugins: [
    swc.vite({
      jsc: {
        target: 'es2023',
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
    }),
  ],
  // One graphql instance: Node loads type-graphql's graphql as CommonJS, so the tests must too.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    globalSetup: ['test/global-setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Every test must assert something; browser waits allow for a loaded 2-core CI machine.
    expect: { requireAssertions: true, poll: { timeout: 5_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
