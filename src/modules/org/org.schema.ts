import type { Generated } from 'kysely';
import type { Json } from '../../platform/db/schema.js';

export type UnitType = 'district' | 'street' | 'committee' | 'compound' | 'building' | 'house';

export interface OrgTables {
  unit: {
    id: Generated<number>;
    district_id: number;
    parent_id: number | null;
    type: UnitType;
    kind: string | null;
    code: string | null;
    name: string;
    path: string;
    depth: number;
    attributes: Json<Record<string, unknown>>;
    created_at: Generated<Date>;
    retired_at: Date | null;
  };
  unit_history: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    at: Generated<Date>;
    kind: 'created' | 'renamed' | 'moved' | 'retired';
    before: Json<Record<string, unknown>>;
    after: Json<Record<string, unknown>>;
    reason: string | null;
    actor_id: number | null;
    actor_name: string | null;
  };
  grid: {
    id: Generated<number>;
    district_id: number;
    street_id: number;
    kind: 'grid' | 'party_area';
    code: string;
    name: string;
    retired_at: Date | null;
  };
  grid_unit: { grid_id: number; unit_id: number };
  department: {
    id: Generated<number>;
    district_id: number;
    parent_id: number | null;
    street_id: number | null;
    code: string;
    name: string;
    retired_at: Date | null;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends OrgTables {}
}
