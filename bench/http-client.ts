// The benchmark's GraphQL client: node:http over kept-alive connections. Its CPU is spent on the
// same two cores as the server's and PostgreSQL's, so it should cost about what the baseline's
// `pg` client does: `fetch` (WHATWG streams) took 1.0–1.4 ms of CPU a request under the
// 32-client load, this ~0.3–0.5 ms, against `pg`'s ~0.26 for the UPDATE + INSERT.
import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs `body` as JSON and answers the parsed JSON reply (decompressed if the server compressed it). */
export function postJson(url: string, body: unknown, headers: Record<string, string>): Promise<unknown> {
  const text = JSON.stringify(body);
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: hostname, port, path: pathname, method: 'POST', agent,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        try {
          const raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          const plain = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
          resolve(JSON.parse(plain.toString('utf8')));
        } catch (err) {
          reject(new Error(`HTTP ${res.statusCode}: the reply was not JSON (${(err as Error).message})`));
        }
      });
    });
    req.on('error', reject);
    req.end(text);
  });
}
