import { describe, expect, it } from 'vitest';
import { buildCompact } from '../ingest/compact';
import { ingest } from '../ingest/pipeline';
import { fixtureGeocoder, INPUTS } from '../ingest/pipeline.testing';
import { withColumns } from '../load/loadColumns';
import { incidentBounds } from './incidentBounds';
import { localColumns, withLocalDetails } from './localData';

describe('a reader’s own reports, columns first (what the page makes of the worker’s parts)', () => {
  const output = ingest(INPUTS, fixtureGeocoder);
  const features = output.incidents.features;
  const reply = {
    kind: 'columns' as const,
    buffer: buildCompact(features, output.articles).slice().buffer as ArrayBuffer,
    areas: output.areas,
    report: output.report,
    bounds: incidentBounds(features),
  };

  it('can draw, count and filter from the columns alone, and says the details are coming', () => {
    const data = localColumns(reply, 7);
    expect(data.local).toEqual({ files: 7 });
    expect(data.columns?.columns.count).toBe(features.length);
    expect(data.columns?.details).toBe('loading');
    expect(data.incidents).toEqual([]);
  });

  it('ends as the data made whole at once, incident for incident', () => {
    const parts = localColumns(reply, 7);
    const done = withLocalDetails(parts, [...features], [...output.articles]);
    const whole = withColumns({
      incidents: features,
      articles: new Map(output.articles.map((a) => [a.id, a])),
      areas: output.areas,
      report: output.report,
      local: { files: 7 },
    });
    expect(done.columns?.details).toBe('ready');
    expect(done.incidents).toEqual(whole.incidents);
    expect([...done.articles.keys()]).toEqual([...whole.articles.keys()]);
    expect([...done.columns!.index.lon]).toEqual([...whole.columns!.index.lon]);
    expect([...done.columns!.columns.start]).toEqual([...whole.columns!.columns.start]);
    expect(done.columns!.columns.ids()).toEqual(whole.columns!.columns.ids());
    // Text search works once the details are there.
    expect(done.columns!.index.textSource).toBeTypeOf('function');
  });

  it('frames the incidents, or nothing when there are none', () => {
    const [w, s, e, n] = incidentBounds(features)!;
    for (const f of features) {
      const [x, y] = f.geometry.coordinates as [number, number];
      expect(x >= w && x <= e && y >= s && y <= n).toBe(true);
    }
    expect(incidentBounds([])).toBeNull();
  });
});
