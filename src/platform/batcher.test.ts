import { describe, expect, it } from 'vitest';
import { Batcher } from './batcher.js';

describe('batcher', () => {
  it('starts a lone item at once, groups what arrives meanwhile, and answers each with its own result or error', async () => {
    const groups: number[][] = [];
    const b = new Batcher<number, string>(async (items) => {
      groups.push(items);
      await new Promise((r) => setTimeout(r, 5));
      return items.map((i) => (i % 5 === 0 ? new Error(`refused ${i}`) : `ok ${i}`));
    }, 4);
    const first = b.submit(1);
    const rest = [2, 3, 4, 5, 6, 7].map((i) => b.submit(i));
    const results = await Promise.allSettled([first, ...rest]);
    expect(groups).toEqual([[1], [2, 3, 4, 5], [6, 7]]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
      'ok 1',
      'ok 2',
      'ok 3',
      'ok 4',
      'Error: refused 5',
      'ok 6',
      'ok 7',
    ]);
  });

  it('runs each item alone when its group fails as a whole, so only the bad one fails', async () => {
    const b = new Batcher<number, number>(async (items) => {
      if (items.includes(13)) throw new Error("the group's transaction failed");
      return items.map((i) => i * 2);
    });
    const results = await Promise.allSettled([b.submit(1), b.submit(13), b.submit(3)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[2] as PromiseFulfilledResult<number>).value).toBe(6);
  });
});
