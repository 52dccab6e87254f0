import type { Kysely } from 'kysely';
import type { Static } from '@sinclair/typebox';
import { cachedCatalog, type CatalogRecord } from '../../platform/catalog.js';
import type { Database } from '../../platform/db/schema.js';
import type { orgCatalogs } from './org.catalogs.js';
import { DEFAULT_PLACEMENT, type PlacementSettings } from './placement.js';

export type MapLayer = Static<(typeof orgCatalogs)['map']['entry']>;

export interface MapSettings {
  layers: MapLayer[];
  placement: PlacementSettings;
}

function parse(c: CatalogRecord | undefined): MapSettings {
  const extra = (c?.extra ?? {}) as Partial<PlacementSettings>;
  return {
    layers: (c?.entries ?? []) as MapLayer[],
    placement: {
      compoundRadiusM: extra.compoundRadiusM ?? DEFAULT_PLACEMENT.compoundRadiusM,
      committeeRadiusM: extra.committeeRadiusM ?? DEFAULT_PLACEMENT.committeeRadiusM,
    },
  };
}

/** The district's map catalog, with the placement radii's defaults when the district set none. */
export const mapSettings = (db: Kysely<Database>, districtId: number) => cachedCatalog(db, districtId, 'map', parse);
