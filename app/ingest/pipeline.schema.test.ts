import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../cli/gazetteerFiles';
import { createGeocoder } from './geocode';
import { ingest } from './pipeline';
import { fixtureGeocoder, INPUTS } from './pipeline.testing';

const schema = (name: string) =>
  JSON.parse(readFileSync(`data/schema/${name}.schema.json`, 'utf8'));

const realGeocoder = createGeocoder(await loadGazetteer());

describe('outputs validate against data/schema', () => {
  const ajv = new Ajv({ allErrors: true });
  const validators = {
    incidents: ajv.compile(schema('incidents')),
    articles: ajv.compile(schema('articles')),
    areas: ajv.compile(schema('areas')),
    report: ajv.compile(schema('ingest-report')),
  };
  const runs = {
    'hand-made geocoder': ingest(INPUTS, fixtureGeocoder),
    'real gazetteer': ingest(INPUTS, realGeocoder, {
      today: '2026-01-01',
    }),
  };
  for (const [name, out] of Object.entries(runs)) {
    it(`${name}: every file`, () => {
      // Through JSON, as written to disk (drops undefined fields).
      const disk = JSON.parse(JSON.stringify(out));
      for (const [key, data] of [
        ['incidents', disk.incidents],
        ['articles', disk.articles],
        ['areas', disk.areas],
        ['report', disk.report],
      ] as const) {
        const v = validators[key];
        expect(v(data), `${key}: ${ajv.errorsText(v.errors)}`).toBe(true);
      }
      expect(disk.incidents.features.length).toBeGreaterThan(0);
      // and the schema is not vacuous
      disk.incidents.features[0].properties.type = 'bogus';
      expect(validators.incidents(disk.incidents)).toBe(false);
    });
  }
});
