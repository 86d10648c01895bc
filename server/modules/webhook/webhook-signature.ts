// How a delivery is signed: HMAC-SHA256 with the hook's secret over "<timestamp>.<body>", the
// timestamp (Unix seconds) in its own header. Signing the timestamp with the body lets a
// receiver refuse replays (an old timestamp) as well as forgeries.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-zhibiao-signature';
export const TIMESTAMP_HEADER = 'x-zhibiao-timestamp';

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** What a receiver does (and docs/api.md shows): recompute, compare in constant time, check the age. */
export function verifySignature(secret: string, header: string, timestamp: string, body: string, now = Date.now(), toleranceSeconds = 300): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, ts, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
