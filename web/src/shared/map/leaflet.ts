import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

// The marker-cluster plugin (a UMD script) extends the global `L`: it must exist before the plugin loads.
(globalThis as { L?: typeof L }).L = L;

export default L;
