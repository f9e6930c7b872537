import { describe, expect, it } from 'vitest';
import { processFile } from '../ingest/pipeline';
import { fixtureGeocoder, INPUTS } from '../ingest/pipeline.testing';
import type { IncidentFeature } from '../model';
import { articleJson, incidentJson } from './canonicalRecords';
import { canonicalJson } from './ingestFiles';

const entries = INPUTS.flatMap((f) => processFile(f, fixtureGeocoder).articles);

describe('incidentJson and articleJson', () => {
  it('write what canonicalJson writes for every record of the test reports', () => {
    const incidents = entries.flatMap((e) => e.incidents);
    expect(incidents.length).toBeGreaterThan(10);
    for (const f of incidents) expect(incidentJson(f)).toBe(canonicalJson(f));
    for (const { article } of entries) expect(articleJson(article)).toBe(canonicalJson(article));
  });

  it('with every optional field there, in any key order', () => {
    const f = entries.flatMap((e) => e.incidents)[0]!;
    const full: IncidentFeature = {
      properties: {
        ...Object.fromEntries(Object.entries(f.properties).reverse()),
        dateEnd: '2021-07-01',
        areaId: 'area-x',
        regionAr: 'ريف إدلب',
        regionEn: 'Idlib countryside',
        alsoPlaces: [{ placeId: 'gn-2', placeAr: 'ب', placeEn: 'B' }],
      } as IncidentFeature['properties'],
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [36.1, 35.9] },
    };
    expect(incidentJson(full)).toBe(canonicalJson(full));
    const a = { ...entries[0]!.article, url: 'https://example.org/a', synthetic: true };
    expect(articleJson(a)).toBe(canonicalJson(a));
  });

  it('keep a key they do not know, sorted, by going the generic way', () => {
    const f = entries.flatMap((e) => e.incidents)[0]!;
    const odd = { ...f, properties: { ...f.properties, zeta: 1, alpha: { b: 1, a: 2 } } };
    expect(incidentJson(odd)).toBe(canonicalJson(odd));
    expect(incidentJson(odd)).toContain('"alpha":{"a":2,"b":1}');
  });
});
