import { describe, expect, it } from 'vitest';
import { loginDelayMs, loginSource } from './login.rules.js';

describe('the source of a login', () => {
  it('is the IPv4 address, also when written as IPv6, and the /64 of an IPv6 address', () => {
    expect(loginSource('203.0.113.7')).toBe('203.0.113.7');
    expect(loginSource('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(loginSource('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(loginSource('2001:db8:1:2::1')).toBe(loginSource('2001:db8:1:2:ffff::9'));
    expect(loginSource('2001:db8:1:3::1')).not.toBe(loginSource('2001:db8:1:2::1'));
    expect(loginSource(undefined)).toBe('unknown');
  });
});

describe('the wait before a login attempt', () => {
  const rule = { loginDelayAfter: 3, loginDelayMaxSeconds: 8 };
  it('is nothing at first, then doubles with each failure up to its cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 20].map((n) => loginDelayMs(n, rule))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000]);
  });
});
