import gcoord from 'gcoord';

/** The coordinate systems tiles come in: Linli stores WGS-84, Chinese providers draw GCJ-02 or BD-09. */
export type MapCrs = 'WGS84' | 'GCJ02' | 'BD09';

export interface LatLng {
  lat: number;
  lng: number;
}

const SYSTEM = { WGS84: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/** A stored (WGS-84) point where the tiles draw it. */
export function toDisplay(p: LatLng, crs: MapCrs): LatLng {
  if (crs === 'WGS84') return p;
  const [lng, lat] = gcoord.transform([p.lng, p.lat], gcoord.WGS84, SYSTEM[crs]) as [number, number];
  return { lat, lng };
}

/** A point picked on tiles of `crs`, as it is stored (WGS-84, six decimals: about 0.1 m). */
export function fromDisplay(p: LatLng, crs: MapCrs): LatLng {
  const [lng, lat] = crs === 'WGS84' ? [p.lng, p.lat] : (gcoord.transform([p.lng, p.lat], SYSTEM[crs], gcoord.WGS84) as [number, number]);
  return { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 };
}
