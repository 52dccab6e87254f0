import type { RegisterPart } from './vote.tally.js';

export interface HouseOwners {
  houseId: number;
  /** Floor area as recorded, in square metres (a decimal string), or null when none is. */
  areaM2: string | null;
  ownerIds: number[];
}

export interface FrozenRegister {
  parts: RegisterPart[];
  /** Who may cast the ballot of an owner key: every owner of every part the key holds. */
  electors: Array<{ personId: number; voterKey: string }>;
}

/** "87.65" → 8765, exactly (no float on the way): registers state areas to the hundredth. */
export function areaCentiOf(areaM2: string): number | null {
  const m = /^(\d+)(?:\.(\d{1,2})0*)?$/.exec(areaM2.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/**
 * The owners' register of art. 278 from houses and their owners. Owner keys follow the counting rule (decision
 * 0024): co-owners of a house are one owner, and so is one person owning several houses; both together (A owns a
 * flat alone and another with B) make one group, as the houses' votes cannot be split between them. A house
 * with no owner on record is an owner of its own (the developer's unsold flat counts once, by house, as the
 * register cannot tell developers apart).
 */
export function ownersRegister(houses: readonly HouseOwners[]): FrozenRegister {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const h of houses) {
    add(`h${h.houseId}`);
    for (const p of h.ownerIds) {
      add(`p${p}`);
      union(`h${h.houseId}`, `p${p}`);
    }
  }
  // A group is named by its smallest owner id, so the key does not depend on the order houses came in.
  const groupName = new Map<string, string>();
  for (const h of houses) {
    const root = find(`h${h.houseId}`);
    for (const p of h.ownerIds) {
      const cur = groupName.get(root);
      const key = `owner:${p}`;
      if (!cur || Number(key.slice(6)) < Number(cur.slice(6))) groupName.set(root, key);
    }
  }
  const parts: RegisterPart[] = [];
  const electors = new Map<number, string>();
  for (const h of houses) {
    const area = h.areaM2 === null ? null : areaCentiOf(h.areaM2);
    if (area === null) throw new Error(`house ${h.houseId} has no floor area`);
    const ownerKey = groupName.get(find(`h${h.houseId}`)) ?? `house:${h.houseId}`;
    parts.push({ partId: h.houseId, areaCenti: area, ownerKey });
    for (const p of h.ownerIds) electors.set(p, ownerKey);
  }
  return { parts, electors: [...electors].map(([personId, voterKey]) => ({ personId, voterKey })) };
}
