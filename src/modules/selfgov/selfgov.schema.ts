import type { Generated } from 'kysely';

/** The tables of this module. Each row carries the territory path of its unit (declared in the manifest). */
export interface SelfgovTables {
  selfgov_topic: {
    id: Generated<number>;
    district_id: number;
    unit_id: number;
    unit_path: string;
    title: string;
    body: string | null;
    created_by: number | null;
    created_at: Generated<Date>;
    updated_at: Generated<Date>;
  };
}

declare module '../../platform/db/schema.js' {
  interface Database extends SelfgovTables {}
}
