import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { todayInShanghai } from '../../platform/time.js';
import { unitsWithAncestors } from '../org/index.js';
import type { ListedPerson } from './person.repository.js';
import { ageOn } from './person.rules.js';
import { DOC_TYPE_LABEL, RESIDENCE_LABEL, type DocType, type Residence } from './people.types.js';
import type { TagCatalog } from './tag.catalog.js';

export interface Address {
  houseId: number;
  house: string;
  compound: string | null;
  committee: string | null;
  text: string;
}

export const addressOf = (houseId: number, house: string, compound: string | null, committee: string | null): Address => ({
  houseId,
  house,
  compound,
  committee,
  text: [committee, compound, house].filter(Boolean).join(' '),
});

/** Addresses of houses: committee › compound › house, in one query for a whole page. */
export async function addresses(db: Kysely<Database>, houseIds: number[]): Promise<Map<number, Address>> {
  const houses = await unitsWithAncestors(db, [...new Set(houseIds)]);
  const out = new Map<number, Address>();
  for (const h of houses) out.set(h.id, addressOf(h.id, h.name, h.compound, h.committee));
  return out;
}

/** What any reader sees of a person: masked numbers, visible tags only. */
export function personView(p: ListedPerson, catalog: TagCatalog, hidden: Set<string>, address: Address | undefined) {
  const today = todayInShanghai();
  return {
    id: p.id,
    name: p.name,
    gender: p.gender,
    birthDate: p.birth_date,
    age: p.birth_date ? ageOn(p.birth_date, today) : null,
    ethnicity: p.ethnicity,
    nationality: p.nationality,
    docType: p.doc_type,
    docTypeLabel: DOC_TYPE_LABEL[p.doc_type as DocType],
    docMasked: p.doc_masked,
    phoneMasked: p.phone_masked,
    residence: p.residence,
    residenceLabel: RESIDENCE_LABEL[p.residence as Residence],
    houseId: p.house_id,
    address: address ?? null,
    tags: p.tags
      .filter((t) => !hidden.has(t))
      .map((code) => ({ code, name: catalog.byCode.get(code)?.name ?? { zh: code, en: code }, sensitive: catalog.byCode.get(code)?.sensitive ?? false })),
    departed: p.departed,
    departedOn: p.departed_on,
    updatedAt: p.updated_at.toISOString(),
  };
}
