import { setWorkerUrl } from 'maplibre-gl';
// maplibre 6 finds its worker next to its own module file; once bundled, that file is gone, so
// hand it the worker that Vite emits as a separate, same-origin asset (CSP: worker-src 'self').
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
