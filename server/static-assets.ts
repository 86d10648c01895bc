// The admin's own files. A script or stylesheet goes out as the .br or .gz written when the
// admin was built (admin/build/precompress.ts) to a browser that accepts it: the shared
// Ant Design chunk is 355 KB gzipped on the fly, 240 KB as brotli at its highest level, which
// is too slow to do per request. Hashed names never change, so they are cached for a year.
import { existsSync } from 'node:fs';
import { extname, join } from 'node:path';
import express, { type RequestHandler } from 'express';

const ASSET = /^\/assets\/[\w.-]+\.(js|css|svg)$/;
const EXTENSION: Record<string, string> = { br: '.br', gzip: '.gz' };

export function adminStatic(dir: string): RequestHandler {
  const plain = express.static(dir, { index: false, maxAge: '1h' });
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !ASSET.test(req.path)) return plain(req, res, next);
    res.vary('Accept-Encoding');
    // Brotli whenever it is accepted at all (the smaller), gzip otherwise.
    const encoding = req.acceptsEncodings('br') === 'br' ? 'br' : req.acceptsEncodings('gzip');
    const file = typeof encoding === 'string' && EXTENSION[encoding] ? join(dir, req.path + EXTENSION[encoding]) : undefined;
    if (!file || !existsSync(file)) return plain(req, res, next);
    res.type(extname(req.path));
    res.setHeader('Content-Encoding', encoding as string);
    res.sendFile(file, { maxAge: '365d', immutable: true }, (err) => err && next(err));
  };
}
