import ipaddr from 'ipaddr.js';

/**
 * The source that failed logins are counted by: the client address, or for IPv6 its /64, since one host is
 * given a whole /64 and could otherwise step to a fresh address for each guess.
 */
export function loginSource(ip: string | undefined): string {
  if (!ip || !ipaddr.isValid(ip)) return ip || 'unknown';
  const addr = ipaddr.process(ip);
  if (addr.kind() === 'ipv4') return addr.toString();
  const bytes = addr.toByteArray().slice(0, 8).concat([0, 0, 0, 0, 0, 0, 0, 0]);
  return `${ipaddr.fromByteArray(bytes).toString()}/64`;
}

/**
 * How long an attempt waits, given the failures its (account, source) pair already has: nothing up to
 * `after`, then one second doubling with each further failure, up to `maxSeconds`.
 */
export function loginDelayMs(failures: number, rule: { loginDelayAfter: number; loginDelayMaxSeconds: number }): number {
  if (failures < rule.loginDelayAfter) return 0;
  return Math.min(rule.loginDelayMaxSeconds, 2 ** (failures - rule.loginDelayAfter)) * 1000;
}
