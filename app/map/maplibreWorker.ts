import { prewarm, setWorkerUrl } from 'maplibre-gl';
// maplibre 6 finds its worker next to its own module file; once bundled, that file is gone, so
// hand it the worker that Vite emits as a separate, same-origin asset (CSP: worker-src 'self').
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';

setWorkerUrl(workerUrl);
// Start the worker now, while the page still loads its fonts and data: the map waits for it
// before its first frame, and starting it took a second and more on a busy two-core machine.
prewarm();
