import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/schema.js';
import { cachedCatalog, type CatalogRecord } from '../../platform/catalog.js';
import type { Label } from '../../platform/i18n.js';

export interface Category {
  code: string;
  group: string;
  name: Label;
  groupName: Label;
  acceptMinutes: number;
  urgentAcceptMinutes: number;
  resolveDays: number;
  urgent: boolean;
  /** Exposed to outside clients as an Open311 service (never when private). */
  public: boolean;
  /**
   * Its requests never appear on a public page or feed, whoever submitted them (disputes, family matters): set
   * on the subcategory, on its group, or by the district's list `publicView.privateCategories`.
   */
  private: boolean;
  /** Suggested handler: a department or street-team code of the departments catalog. */
  handler: string | null;
}

/** How fine a place a public page may name: the compound (小区) or only the street (街镇); never a building or house. */
export type PublicPlaceLevel = 'compound' | 'street';

export interface CategoryCatalog {
  draft: boolean;
  /** The district's rule for what public pages show of a request (see public.view.ts). */
  publicView: { placeLevel: PublicPlaceLevel };
  source: string | null;
  warnAtShare: number;
  /** Subcategory a need found on a visit is registered under, by the people module's need category. */
  visitNeeds: Record<string, string>;
  groups: Array<{ code: string; name: Label; subcategories: Category[] }>;
  byCode: Map<string, Category>;
}

interface RawSub {
  code: string;
  name: Label;
  acceptHours?: number;
  resolveDays?: number;
  kind?: string;
  public?: boolean;
  private?: boolean;
  handler?: string;
  urgent?: boolean;
}
interface RawGroup {
  code: string;
  name: Label;
  private?: boolean;
  subcategories?: RawSub[];
}
interface RawPublicView {
  placeLevel?: string;
  privateCategories?: string[];
}
interface RawDefaults {
  acceptHours?: number;
  urgentAcceptMinutes?: number;
  resolveDaysByKind?: Record<string, number>;
  warnAtShare?: number;
  visitNeeds?: Record<string, string>;
}

/** The problem catalogue (问题分类) of a district: 9 categories and 74 subcategories in Jing'an's draft. */
export function loadCategories(db: Kysely<Database>, districtId: number): Promise<CategoryCatalog> {
  return cachedCatalog(db, districtId, 'problem-categories', parseCategories);
}

export function parseCategories(c: CatalogRecord | undefined): CategoryCatalog {
  const d = (c?.extra.defaults ?? {}) as RawDefaults;
  const acceptHours = d.acceptHours ?? 2;
  const urgentMinutes = d.urgentAcceptMinutes ?? 30;
  // Spec 30's default draft (Guangdong's): consultations 2 working days, requests and suggestions 10, complaints 15.
  const byKind = d.resolveDaysByKind ?? { consultation: 2, request: 10, suggestion: 10, complaint: 15, report: 15 };
  const pv = (c?.extra.publicView ?? {}) as RawPublicView;
  const listed = new Set(Array.isArray(pv.privateCategories) ? pv.privateCategories.map(String) : []);
  const groups = ((c?.entries ?? []) as RawGroup[]).map((g) => ({
    code: g.code,
    name: g.name,
    subcategories: (g.subcategories ?? []).map<Category>((s) => {
      const hidden = s.private === true || g.private === true || listed.has(s.code) || listed.has(g.code);
      return {
        code: s.code,
        group: g.code,
        name: s.name,
        groupName: g.name,
        acceptMinutes: Math.round((s.acceptHours ?? acceptHours) * 60),
        urgentAcceptMinutes: urgentMinutes,
        resolveDays: s.resolveDays ?? (s.kind ? byKind[s.kind] : undefined) ?? byKind.request ?? 10,
        urgent: !!s.urgent,
        // A private category is no Open311 service either: clients could not read back what they sent.
        public: s.public !== false && !hidden,
        private: hidden,
        handler: s.handler ?? null,
      };
    }),
  }));
  return {
    draft: c?.draft ?? true,
    // Anything but 'street' reads as the default, 'compound': a typo never makes the place finer.
    publicView: { placeLevel: pv.placeLevel === 'street' ? 'street' : 'compound' },
    source: c?.source ?? null,
    warnAtShare: d.warnAtShare ?? 0.8,
    visitNeeds: d.visitNeeds ?? {},
    groups,
    byCode: new Map(groups.flatMap((g) => g.subcategories.map((s) => [s.code, s] as const))),
  };
}
