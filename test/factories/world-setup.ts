// The set-up most integration files share: one app on its own database with the small world,
// started before the file's tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from './app.factory.js';
import { buildWorld, type World } from './world.factory.js';

export function useWorld(ready: (t: TestApp, w: World) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp();
    ready(app, await buildWorld(app));
  });
  afterAll(() => app?.close());
}
