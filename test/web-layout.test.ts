import { describe, expect, it } from 'vitest';
import type { NavItem } from '../web/src/app/api/types.js';
import { phoneTabs } from '../web/src/app/layout/phoneTabs.js';
import { cardParts } from '../web/src/shared/components/tableCards.parts.js';

const item = (key: string, order: number, phoneTab: number | null = null): NavItem => ({
  key,
  path: `/${key.replace('.', '/')}`,
  label: { zh: key, en: key },
  icon: 'X',
  group: null,
  order,
  phoneTab,
});

// Home as the web app puts it first in the menu (navItems.ts), read here without the app's React modules.
const withHome = (items: NavItem[]) => [item('home', -1_000_000), ...items];

describe("a phone's bottom bar", () => {
  // A grid worker's menu as the server sends it: in menu order, their daily work with its places.
  const grid = withHome([
    item('org.units', 10),
    item('org.grids', 11),
    item('people.persons', 20, 3),
    item('people.visits', 21, 1),
    item('estate.compounds', 24),
    item('appeals.orders', 31, 2),
    item('selfgov.topics', 60),
  ]);

  it("starts with the role's daily work in its places, then Home, and 更多 holds the rest", () => {
    const { tabs, more } = phoneTabs(grid);
    expect(tabs.map((t) => t.key)).toEqual(['people.visits', 'appeals.orders', 'people.persons', 'home']);
    expect(more.map((t) => t.key)).toEqual(['org.units', 'org.grids', 'estate.compounds', 'selfgov.topics']);
  });

  it('keeps the menu order for a role without daily work, and needs no 更多 when everything fits', () => {
    const few = withHome([item('appeals.mine', 30), item('appeals.report', 32)]);
    expect(phoneTabs(few)).toEqual({ tabs: few, more: [] });
    const five = withHome([item('a.a', 1), item('a.b', 2), item('a.c', 3), item('a.d', 4)]);
    expect(phoneTabs(five).more).toEqual([]);
    const six = withHome([item('a.a', 1), item('a.b', 2), item('a.c', 3), item('a.d', 4), item('a.e', 5)]);
    expect(phoneTabs(six).tabs.map((t) => t.key)).toEqual(['home', 'a.a', 'a.b', 'a.c']);
  });

  it('breaks a tie between two places by the menu order', () => {
    const tied = phoneTabs([item('a.late', 9, 1), item('a.early', 1, 1)]);
    expect(tied.tabs.map((t) => t.key)).toEqual(['a.early', 'a.late']);
  });
});

describe("a table's cards on a phone", () => {
  const columns = [
    { key: 'name', title: '姓名' },
    { dataIndex: 'gender', title: '性别' },
    { dataIndex: ['address', 'text'], title: '地址' },
    { key: 'actions', title: '操作' },
  ];

  it('takes the first column as the title, the actions column for the foot, and the others as lines', () => {
    const { title, fields, actions } = cardParts(columns);
    expect(title).toBe(columns[0]);
    expect(actions).toBe(columns[3]);
    expect(fields).toEqual([columns[1], columns[2]]);
  });

  it('follows a layout naming the title and the lines by key or data path', () => {
    const { title, fields, actions } = cardParts(columns, { title: 'address.text', fields: ['name', 'nothing', 'address.text'] });
    expect(title).toBe(columns[2]);
    expect(fields).toEqual([columns[0]]);
    expect(actions).toBe(columns[3]);
  });
});
