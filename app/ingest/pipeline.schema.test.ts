import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../cli/gazetteerFiles';
import { ACTORS, INCIDENT_EVENTS, INCIDENT_TYPES } from '../model';
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

describe('the schema’s lists of types, events and actors', () => {
  it('are the model’s, so an incident of a new actor or event validates (israel and suicide bombings once did not)', () => {
    const props = schema('incidents').definitions.incident.properties;
    expect(props.type.enum).toEqual([...INCIDENT_TYPES]);
    expect(props.event.enum).toEqual([...INCIDENT_EVENTS]);
    expect(props.actors.items.enum).toEqual([...ACTORS]);
  });
});

describe('villages the gazetteer lacks', () => {
  const enc = (t: string) => new TextEncoder().encode(t);
  const file = (name: string, body: string) => ({
    file: name,
    bytes: enc(`عنوان مكتوب للاختبار\n22.06.2021\nوكالة\n${body}`),
  });

  it('are counted in the ingest report even where no known place lets them be placed', () => {
    const out = ingest(
      [
        // No place the gazetteer knows in the report: the villages cannot be placed.
        file('a.txt', 'قصفت قوات النظام قرى فليفل والفطيرة وسفوهن.'),
        // Placed in the area the sentence before names.
        file('b.txt', 'تصعيد في ريف إدلب الجنوبي. كما قصفت قوات النظام قرية فليفل.'),
      ],
      realGeocoder,
      { today: '2026-01-01' },
    );
    const count = (name: string) => out.report.unresolved.find((u) => u.name === name)?.count;
    expect(count('فليفل')).toBe(2);
    expect(count('سفوهن')).toBe(1);
    const placed = out.incidents.features.filter((f) => f.properties.placeAr === 'فليفل');
    expect(placed).toHaveLength(1);
    expect(placed[0]!.properties.geoPrecision).toBeGreaterThan(1);
  });
});

describe('a place name that is also an everyday word', () => {
  it('is a place after a settlement word carrying a preposition (بمدينة الباب)', () => {
    const found = realGeocoder.findMentions('انفجرت سيارة مفخخة بمدينة الباب.');
    expect(found.map((m) => m.surface)).toEqual(['الباب']);
    expect(realGeocoder.findMentions('فتح الباب أمام المفاوضات.')).toEqual([]);
  });
});
