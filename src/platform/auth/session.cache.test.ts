import { describe, expect, it } from 'vitest';
import { SessionCache } from './session.cache.js';

describe('the sessions a server keeps', () => {
  it('keeps nothing while changes are not being heard, and forgets everything when hearing is lost', () => {
    const c = new SessionCache<string>();
    c.put('a', 1, 'A', c.mark());
    expect(c.get('a')).toBeUndefined();
    c.setLive(true);
    c.put('a', 1, 'A', c.mark());
    expect(c.get('a')).toBe('A');
    c.setLive(false);
    expect(c.get('a')).toBeUndefined();
  });

  it('forgets the sessions of the users named, or of everyone, and never keeps a lookup that raced a change', () => {
    const c = new SessionCache<string>();
    c.setLive(true);
    c.put('a', 1, 'A', c.mark());
    c.put('b', 2, 'B', c.mark());
    c.put('c', 3, 'C', c.mark());
    c.invalidate('1,3');
    expect([c.get('a'), c.get('b'), c.get('c')]).toEqual([undefined, 'B', undefined]);
    const mark = c.mark();
    c.invalidate('9');
    c.put('a', 1, 'stale', mark);
    expect(c.get('a')).toBeUndefined();
    c.invalidate('*');
    expect(c.get('b')).toBeUndefined();
  });

  it('reads an entry again after its time, and holds a bounded number', () => {
    const c = new SessionCache<string>(1000, 2);
    c.setLive(true);
    c.put('a', 1, 'A', c.mark(), 0);
    expect(c.get('a', 999)).toBe('A');
    expect(c.get('a', 1001)).toBeUndefined();
    c.put('a', 1, 'A', c.mark(), 0);
    c.put('b', 2, 'B', c.mark(), 0);
    c.put('c', 3, 'C', c.mark(), 0);
    expect(c.size).toBe(2);
    expect(c.get('a', 1)).toBeUndefined();
  });
});
