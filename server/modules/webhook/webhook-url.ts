// Where a webhook may point. Intranet addresses are allowed (a bureau's own systems live on
// them); never the unspecified, link-local (cloud metadata at 169.254.169.254), multicast or
// broadcast addresses, never this server itself, and loopback only when WEBHOOK_ALLOW_LOOPBACK
// says so (a receiver on the same machine). Checked when a hook is saved and again before each
// delivery, as a name may resolve elsewhere later.
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

const NEVER = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['169.254.0.0', 16], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) NEVER.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [['::', 128], ['fe80::', 10], ['ff00::', 8]] as const) NEVER.addSubnet(net, prefix, 'ipv6');
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

const LOOKUP_MS = 5000;

/** The addresses of a name, or a rejection after LOOKUP_MS (a silent DNS server must not hold a request). */
function resolve(host: string): Promise<string[]> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error('timeout')), LOOKUP_MS); });
  return Promise.race([lookup(host, { all: true }).then((list) => list.map((a) => a.address)), timeout]).finally(() => clearTimeout(timer));
}

export interface UrlPolicy {
  allowLoopback: boolean;
  /** This server as callers reach it (the Host header) and the port it listens on. */
  self?: { host?: string; port?: number };
}

/** Why `raw` may not receive webhooks, in words for the administrator; undefined when it may. */
export async function webhookUrlProblem(raw: string, policy: UrlPolicy): Promise<string | undefined> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return '请填写完整的网址，如 https://example.gov.cn/zhibiao/events';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `只能推送到 http 或 https 网址，不能是 ${url.protocol.replace(':', '')}`;
  if (url.username || url.password) return '网址中不能包含用户名或密码；接收方请用签名校验来源';
  if (policy.self?.host && url.host === policy.self.host) return '不能推送到本系统自身';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch (err) {
    return (err as Error).message === 'timeout' ? `解析域名 ${host} 超时，请检查网址或服务器的 DNS 设置` : `无法解析域名 ${host}，请检查网址`;
  }
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  for (const raw of addresses) {
    const address = raw.replace(/^::ffff:(?=\d+\.)/, ''); // IPv4 written as IPv6
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (NEVER.check(address, family)) return `不能推送到地址 ${address}（保留、链路本地或组播地址）`;
    if (LOOPBACK.check(address, family)) {
      if (!policy.allowLoopback) return `不能推送到本机地址 ${address}；接收程序在同一台机器上时，请设置 WEBHOOK_ALLOW_LOOPBACK=1`;
      if (policy.self?.port === port) return '不能推送到本系统自身';
    }
  }
  return undefined;
}
