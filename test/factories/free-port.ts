// A TCP port nothing on this machine listens on right now: asked of the kernel rather than drawn
// at random, so two PostgreSQL servers started by one run (or by two runs side by side) never
// reach for the same one.
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
