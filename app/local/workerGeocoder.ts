/**
 * The geocoder of a reading worker (localIngest.worker.ts and its helpers), built from the
 * gazetteer that ships with the app: each worker builds its own as it starts, so the files find
 * it ready. An error is kept, not thrown, so the worker can still answer with it.
 */
import admin1Text from '../../data/gazetteer/admin1.geojson?raw';
import gazetteer from '../../data/gazetteer/gazetteer.json';
import shapes from '../../data/gazetteer/shapes.json';
import { createGeocoder, type GazetteerData, type Geocoder } from '../ingest/geocode';

export function workerGeocoder(): Geocoder | Error {
  try {
    return createGeocoder({
      places: gazetteer.places,
      admin1: JSON.parse(admin1Text),
      shapes,
    } as GazetteerData);
  } catch (e) {
    return e as Error;
  }
}
