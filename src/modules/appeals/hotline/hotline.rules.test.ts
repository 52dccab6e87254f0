import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../platform/profiles.js';
import { parseCategories } from '../category.catalog.js';
import { checkHotline, descriptionOf, parseTime } from './hotline.rules.js';

const categories = parseCategories(loadProfile('jingan').catalogs.find((c) => c.name === 'problem-categories'));
const now = new Date('2026-01-05T08:00:00Z');
const good = {
  orderNo: 'HL202601050001',
  receivedAt: '2026-01-05 09:30',
  category: 'P0101',
  content: '锦绣苑东门外垃圾堆放三天\n无人清运',
  address: '锦绣苑东门',
  callerName: '王先生',
  callerPhone: '139 1234 5678',
  urgency: '紧急',
  dueAt: '2026-01-12T18:00:00+08:00',
};

describe('the 12345 hotline format', () => {
  it('reads local times as Beijing time and refuses impossible dates', () => {
    expect(parseTime('2026-01-05 09:30')!.toISOString()).toBe('2026-01-05T01:30:00.000Z');
    expect(parseTime('2026/1/5')!.toISOString()).toBe('2026-01-04T16:00:00.000Z');
    expect(parseTime('2026-01-05T09:30:00Z')!.toISOString()).toBe('2026-01-05T09:30:00.000Z');
    expect(parseTime('2026-02-30 10:00')).toBeNull();
    expect(parseTime('next tuesday')).toBeNull();
  });

  it('turns a good order into ours: category by code or name, title from the content, phone normalised', () => {
    const r = checkHotline(good, categories, now);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.order).toMatchObject({
      orderNo: 'HL202601050001',
      categoryCode: 'P0101',
      title: '锦绣苑东门外垃圾堆放三天',
      callerPhone: '13912345678',
      urgent: true,
      anonymous: false,
    });
    expect(r.order.receivedAt.toISOString()).toBe('2026-01-05T01:30:00.000Z');
    expect(descriptionOf(r.order)).toContain('2026-01-12 18:00');
    const byName = checkHotline({ ...good, category: '暴露垃圾、垃圾堆放' }, categories, now);
    expect(byName.ok && byName.order.categoryCode).toBe('P0101');
  });

  it('names every field at fault, in Chinese and English', () => {
    const r = checkHotline(
      { orderNo: 'HL 1', receivedAt: '2026-01-06 09:00', category: 'P9999', callerPhone: '12345', urgency: '很急', dueAt: '2026-01-01' },
      categories,
      now,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byField = Object.fromEntries(r.errors.map((e) => [e.field, e.code]));
    expect(byField).toMatchObject({
      orderNo: 'ORDER_NO_INVALID',
      receivedAt: 'DATE_FUTURE',
      category: 'CATEGORY_UNKNOWN',
      content: 'REQUIRED',
      address: 'LOCATION_REQUIRED',
      callerPhone: 'PHONE_INVALID',
      urgency: 'URGENCY_INVALID',
      dueAt: 'DUE_BEFORE_RECEIVED',
    });
    const content = r.errors.find((e) => e.field === 'content')!;
    expect(content.message.zh).toContain('诉求内容');
    expect(content.message.en).toContain('Content');
    // A refused phone is not echoed whole.
    expect(r.errors.find((e) => e.field === 'callerPhone')!.message.zh).not.toContain('12345');
  });

  it('drops the caller of an anonymous order', () => {
    const r = checkHotline({ ...good, anonymous: '是', contactShared: '是' }, categories, now);
    expect(r.ok && r.order).toMatchObject({ anonymous: true, callerName: null, callerPhone: null, contactShared: false });
  });
});
