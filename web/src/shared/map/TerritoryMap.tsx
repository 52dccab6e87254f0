import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Typography } from 'antd';
import L from './leaflet';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './map.css';
import { heatLayer } from './heat';
import { fromDisplay, toDisplay, type LatLng, type MapCrs } from './coords';
import { useMapT } from './map.i18n';
import { useTerritoryMap, type MapUnit, type TerritoryMapData } from './useTerritoryMap';

export type MarkerColour = 'red' | 'yellow' | 'green' | 'grey' | 'blue';

export interface MapMarker {
  id: number;
  lat: number;
  lng: number;
  colour: MarkerColour;
  /** Plain text shown on hover (never HTML: titles come from residents). */
  title: string;
  big?: boolean;
}

/** A counted place of a heat layer (orders at a compound or in a cell of about 100 m). */
export interface HeatCell {
  lat: number;
  lng: number;
  count: number;
}

export interface TerritoryMapProps {
  markers?: readonly MapMarker[];
  /** Groups nearby markers into counted circles coloured by their most urgent marker. */
  cluster?: boolean;
  onMarkerClick?: (id: number) => void;
  /** A heat layer: each cell glows by its count against the largest. */
  heat?: readonly HeatCell[];
  /** A chosen point (WGS-84) shown as a pin; with onPick a click on the map moves it. */
  picked?: LatLng | null;
  onPick?: (p: LatLng) => void;
  /** Centre here (a compound chosen in a search, an order's point). */
  focus?: LatLng | null;
  /** A district code, for pages without a session (the public map). */
  district?: string;
  height?: number | string;
  testId?: string;
}

const RANK: Record<MarkerColour, number> = { red: 4, yellow: 3, green: 2, blue: 1, grey: 0 };

// The offline base layer: the outline strong, streets shaded, committees dashed, compounds as blocks.
const STYLE: Record<MapUnit['type'], L.PathOptions> = {
  district: { color: '#1d39c4', weight: 2.5, fill: false },
  street: { color: '#597ef7', weight: 1.5, fillColor: '#f0f5ff', fillOpacity: 0.45 },
  committee: { color: '#85a5ff', weight: 0.8, dashArray: '4 3', fill: false },
  compound: { color: '#d48806', weight: 0.6, fillColor: '#fff1b8', fillOpacity: 0.7 },
};

/** Plain text in an element: Leaflet puts a string tooltip in as HTML. */
const textNode = (s: string) => {
  const el = document.createElement('span');
  el.textContent = s;
  return el;
};

/** The base layer the district configured (its first non-overlay source), else none: the map draws its own. */
function baseOf(data: TerritoryMapData | undefined) {
  const base = data?.layers.find((l) => !l.overlay);
  return { base, crs: (base?.crs ?? 'WGS84') as MapCrs };
}

/**
 * The district's map: its configured tiles (in their own coordinate system) or, with none, an offline base layer
 * drawn from its units' boundaries; markers (clustered on request), a pickable point. No request leaves the
 * machine unless the district configured a tile source.
 */
export function TerritoryMap({
  markers,
  cluster,
  onMarkerClick,
  heat,
  picked,
  onPick,
  focus,
  district,
  height = 360,
  testId = 'territory-map',
}: TerritoryMapProps) {
  const t = useMapT();
  const q = useTerritoryMap(district);
  const el = useRef<HTMLElement>(null);
  const map = useRef<L.Map | null>(null);
  const markerLayer = useRef<L.LayerGroup | null>(null);
  const pin = useRef<L.Marker | null>(null);
  const heatLayerRef = useRef<L.Layer | null>(null);
  const { base, crs } = useMemo(() => baseOf(q.data), [q.data]);
  const handlers = useRef({ onMarkerClick, onPick });
  handlers.current = { onMarkerClick, onPick };
  const hasGeography = (q.data?.units.length ?? 0) > 0;
  // Which map the layer effects below draw on: a new one is made when the district's map data changes.
  const [epoch, setEpoch] = useState(0);

  // The map itself, its tiles and geography: made once the district's map is known.
  useEffect(() => {
    if (!el.current || !q.data) return;
    // Clustering needs the map's zoom range even when no tile layer sets one.
    const m = L.map(el.current, { zoomControl: true, attributionControl: !!base, keyboard: true, minZoom: 9, maxZoom: base?.maxZoom ?? 19 });
    map.current = m;
    if (base) {
      L.tileLayer(base.url, {
        subdomains: base.subdomains ?? 'abc',
        maxZoom: base.maxZoom ?? 18,
        attribution: base.attribution ?? '',
      }).addTo(m);
      for (const overlay of q.data.layers.filter((l) => l.overlay && l.crs === base.crs)) {
        L.tileLayer(overlay.url, { subdomains: overlay.subdomains ?? 'abc', maxZoom: overlay.maxZoom ?? 18 }).addTo(m);
      }
    }
    const shown = (p: LatLng) => {
      const d = toDisplay(p, crs);
      return L.latLng(d.lat, d.lng);
    };
    const ring = (r: number[][]) => r.map(([lng, lat]) => shown({ lat: lat!, lng: lng! }));
    const geography = L.featureGroup();
    for (const u of q.data.units) {
      if (!u.boundary) continue;
      const rings = u.boundary.type === 'Polygon' ? [u.boundary.coordinates.map(ring)] : u.boundary.coordinates.map((p) => p.map(ring));
      const shape = L.polygon(rings, { ...STYLE[u.type], interactive: u.type === 'compound' || u.type === 'committee' });
      if (u.type === 'compound' || u.type === 'committee') shape.bindTooltip(textNode(u.name), { sticky: true });
      shape.addTo(geography);
      if (u.type === 'street')
        L.tooltip({ permanent: true, direction: 'center', className: 'linli-map-label' }).setLatLng(shown(u)).setContent(textNode(u.name)).addTo(geography);
    }
    geography.addTo(m);
    const outline = q.data.units.find((u) => u.type === 'district');
    if (geography.getLayers().length) m.fitBounds(geography.getBounds(), { padding: [8, 8] });
    else if (outline) m.setView(shown(outline), 13);
    else m.setView([31.23, 121.47], 12);
    // A shape with a tooltip listens for focus, which makes Chrome put it in the tab order: hundreds of outlines
    // between the filters and the list. Their names show on hover; the keyboard goes to the markers instead.
    // (Shapes are drawn once the map has a view, hence here.)
    geography.eachLayer((l) => (l as L.Path).getElement?.()?.setAttribute('tabindex', '-1'));
    m.on('click', (e: L.LeafletMouseEvent) => handlers.current.onPick?.(fromDisplay(e.latlng, crs)));
    markerLayer.current = L.layerGroup().addTo(m);
    const resize = new ResizeObserver(() => m.invalidateSize());
    resize.observe(el.current);
    setEpoch((e) => e + 1);
    return () => {
      resize.disconnect();
      m.remove();
      map.current = null;
      markerLayer.current = null;
      pin.current = null;
      heatLayerRef.current = null;
    };
  }, [q.data, base, crs]);

  // Markers, redrawn when they change.
  useEffect(() => {
    const m = epoch ? map.current : null;
    if (!m || !markerLayer.current) return;
    markerLayer.current.remove();
    const group: L.LayerGroup = cluster
      ? L.markerClusterGroup({
          showCoverageOnHover: false,
          maxClusterRadius: 45,
          chunkedLoading: true,
          iconCreateFunction: (c) => {
            const worst = c
              .getAllChildMarkers()
              .map((k) => (k.options as { colour?: MarkerColour }).colour ?? 'grey')
              .reduce<MarkerColour>((a, b) => (RANK[b] > RANK[a] ? b : a), 'grey');
            const n = c.getChildCount();
            const size = n < 10 ? 30 : n < 100 ? 36 : 44;
            return L.divIcon({ html: textNode(String(n)), className: `linli-cluster linli-cluster-${worst}`, iconSize: [size, size] });
          },
        })
      : L.layerGroup();
    for (const mk of markers ?? []) {
      const d = toDisplay(mk, crs);
      const size = mk.big ? 18 : 14;
      const marker = L.marker([d.lat, d.lng], {
        icon: L.divIcon({ className: `linli-dot linli-dot-${mk.colour}`, iconSize: [size, size] }),
        title: mk.title,
        alt: mk.title,
        keyboard: true,
        colour: mk.colour,
      } as L.MarkerOptions);
      marker.bindTooltip(textNode(mk.title));
      marker.on('click', () => handlers.current.onMarkerClick?.(mk.id));
      marker.on('keypress', (e: L.LeafletKeyboardEvent) => {
        if (e.originalEvent.key === 'Enter') handlers.current.onMarkerClick?.(mk.id);
      });
      group.addLayer(marker);
    }
    group.addTo(m);
    markerLayer.current = group;
    if (!hasGeography && markers?.length) m.fitBounds(L.latLngBounds(markers.map((mk) => toDisplay(mk, crs))), { padding: [24, 24], maxZoom: 16 });
  }, [markers, cluster, crs, hasGeography, epoch]);

  // The heat layer, under the markers: intensity is a cell's count, the largest cell at full strength.
  useEffect(() => {
    const m = epoch ? map.current : null;
    if (!m) return;
    heatLayerRef.current?.remove();
    heatLayerRef.current = null;
    if (!heat?.length) return;
    const max = Math.max(...heat.map((c) => c.count));
    const points = heat.map((c): [number, number, number] => {
      const d = toDisplay(c, crs);
      return [d.lat, d.lng, c.count];
    });
    heatLayerRef.current = heatLayer(points, { radius: 28, blur: 20, max, minOpacity: 0.3 }).addTo(m);
    if (!hasGeography) m.fitBounds(L.latLngBounds(points.map(([lat, lng]) => [lat, lng])), { padding: [24, 24], maxZoom: 16 });
  }, [heat, crs, hasGeography, epoch]);

  // The chosen point.
  useEffect(() => {
    const m = epoch ? map.current : null;
    if (!m) return;
    pin.current?.remove();
    pin.current = null;
    if (picked) {
      const d = toDisplay(picked, crs);
      pin.current = L.marker([d.lat, d.lng], {
        icon: L.divIcon({ className: 'linli-pin', iconSize: [22, 22], iconAnchor: [11, 22] }),
        title: t('map.picked'),
        alt: t('map.picked'),
        keyboard: false,
      }).addTo(m);
    }
  }, [picked, crs, t, epoch]);

  useEffect(() => {
    const m = epoch ? map.current : null;
    if (!m || !focus) return;
    const d = toDisplay(focus, crs);
    m.setView([d.lat, d.lng], Math.max(m.getZoom(), 16));
  }, [focus, crs, epoch]);

  return (
    <div
      data-testid={testId}
      data-markers={markers?.length ?? 0}
      data-heat={heat?.reduce((n, c) => n + c.count, 0) ?? 0}
      data-units={q.data?.units.length ?? 0}
      data-ready={q.data ? 'yes' : 'no'}
    >
      {q.error ? <Alert type="error" showIcon message={t('map.loadFailed')} /> : null}
      <section ref={el} className="linli-map" aria-label={t('map.label')} style={{ height }} />
      {q.data && !base ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {hasGeography ? t('map.offline') : t('map.noGeography')}
          {onPick ? ` · ${t('map.pickHint')}` : ''}
        </Typography.Text>
      ) : null}
    </div>
  );
}
