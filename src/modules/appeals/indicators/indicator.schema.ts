import type { Sums } from './indicator.counters.js';

/**
 * The indicators' coarse rollup: appeal_stat summed over a whole district by one dimension at a time (a
 * "cut"), so that a district's year is a few thousand rows instead of one row per order. It is derived from
 * appeal_stat and refreshed for the days appeal_stat_dirty names (see indicator.migrations.ts).
 */
export type CubeCut = 'c' | 'k' | 's' | 'd';

export interface IndicatorTables {
  appeal_stat_cube: {
    district_id: number;
    /** c: by channel, k: by category (subcategory code), s: by street, d: by handling department. */
    cut: CubeCut;
    day: string;
    /** -1 where the cut is not by street. */
    street_id: number;
    /** -1 where the cut is not by department. */
    department_id: number;
    /** '' where the cut is not by channel. */
    channel: string;
    /** '' where the cut is not by category. */
    category_code: string;
  } & Sums;
  appeal_stat_dirty: {
    district_id: number;
    day: string;
  };
}

declare module '../../../platform/db/schema.js' {
  interface Database extends IndicatorTables {}
}
