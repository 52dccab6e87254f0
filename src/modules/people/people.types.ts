/** The shapes shared by the people module's parts: generator, import, service, routes. */

export const DOC_TYPES = ['resident_id', 'passport', 'hk_macao_permit', 'taiwan_permit', 'foreign_permanent'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** 户籍在住 / 人户分离 / 来沪人员 / 境外人员 */
export const RESIDENCE = ['registered_living', 'registered_away', 'migrant', 'foreigner'] as const;
export type Residence = (typeof RESIDENCE)[number];

/** A person's tie to a house. */
export const HOUSE_RELATIONS = ['owner', 'tenant', 'family', 'resident'] as const;
export type HouseRelation = (typeof HOUSE_RELATIONS)[number];

export const HOUSE_USES = ['residence', 'rental', 'shop', 'vacant', 'other'] as const;
export type HouseUse = (typeof HOUSE_USES)[number];

export type Gender = 'male' | 'female';

export interface PersonRecord {
  name: string;
  docType: DocType;
  /** Full document number in clear: only ever in memory, encrypted before it is stored. */
  docNumber: string;
  gender: Gender | null;
  /** YYYY-MM-DD */
  birthDate: string | null;
  ethnicity: string | null;
  /** Full phone in clear: only ever in memory, encrypted before it is stored. */
  phone: string | null;
  residence: Residence;
  nationality: string | null;
}

/** Where a house is, as people write it: committee code, compound, building, room. */
export interface AddressRef {
  committeeCode: string;
  compound: string;
  building: string;
  room: string;
}

/** One row of a people import (and of the demo generator's output). */
export interface PersonRow {
  person: PersonRecord;
  address: AddressRef;
  relation: HouseRelation;
  /** YYYY-MM-DD the relation began, if known. */
  since: string | null;
  /** The household: the head's document number (the head's own row names itself) and this person's relation to the head. */
  headDocNumber: string | null;
  relationToHead: string | null;
}

export const DOC_TYPE_LABEL: Record<DocType, { zh: string; en: string }> = {
  resident_id: { zh: '居民身份证', en: 'Resident ID card' },
  passport: { zh: '护照', en: 'Passport' },
  hk_macao_permit: { zh: '港澳居民来往内地通行证', en: 'Hong Kong/Macao permit' },
  taiwan_permit: { zh: '台湾居民来往大陆通行证', en: 'Taiwan permit' },
  foreign_permanent: { zh: '外国人永久居留身份证', en: "Foreigner's permanent residence card" },
};

export const RESIDENCE_LABEL: Record<Residence, { zh: string; en: string }> = {
  registered_living: { zh: '户籍在住', en: 'Registered, living here' },
  registered_away: { zh: '人户分离（户在人不在）', en: 'Registered here, living elsewhere' },
  migrant: { zh: '来沪人员（居住证）', en: 'Living here, registered elsewhere' },
  foreigner: { zh: '境外人员', en: 'Foreign national' },
};

export const RELATION_LABEL: Record<HouseRelation, { zh: string; en: string }> = {
  owner: { zh: '产权人', en: 'Owner' },
  tenant: { zh: '承租人', en: 'Tenant' },
  family: { zh: '家庭成员', en: 'Family member' },
  resident: { zh: '居住人', en: 'Resident' },
};
