import type L from 'leaflet';
import { HeatLayer, type HeatLayerOptions } from 'leaflet.heat';

/**
 * A heat layer of [lat, lng, intensity] points. leaflet.heat declares its class over a generic `Layer` that the
 * Leaflet 1.9 types do not have, so the checker sees none of its Layer methods: it is a Leaflet layer all the same.
 */
export const heatLayer = (points: [number, number, number][], options: HeatLayerOptions): L.Layer => new HeatLayer(points, options) as unknown as L.Layer;
