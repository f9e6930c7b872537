import { describe, expect, it } from 'vitest';
import type { Actor, IncidentFeature, IncidentType } from '../model';
import { buildCompact } from './compact';
import { type FileResult, mergeResults, processFile } from './pipeline';
import { fixtureGeocoder, INPUTS, report } from './pipeline.testing';
import {
  IncidentIndex,
  incidentRow,
  mergeIndexed,
  type SpooledResult,
  type SpoolRef,
} from './streamMerge';

/** Spool in memory: a record's "offset" is its index; what is read back is a parsed copy. */
function spoolAll(parts: FileResult[]) {
  const records: string[] = [];
  const put = (x: unknown): SpoolRef => {
    records.push(JSON.stringify(x));
    return { spool: 0, offset: records.length - 1, length: 1 };
  };
  const spooled: SpooledResult[] = parts.map((p) => ({
    ...p,
    articles: p.articles.map(({ article, incidents }) => ({
      article: { id: article.id, file: article.file, outlet: article.outlet },
      ref: put(article),
      idsAt: 0,
      incidents: incidents.map((f) => incidentRow(f, put(f))),
    })),
  }));
  const load = (ref: SpoolRef) => JSON.parse(records[ref.offset]!) as IncidentFeature;
  return { spooled, load, put };
}

/** The plan with every record read back whole: comparable with mergeResults' output. */
function written(parts: FileResult[]) {
  const { spooled, load, put } = spoolAll(parts);
  const index = new IncidentIndex();
  const plan = mergeIndexed(
    spooled.map((p) => index.addResult(p)),
    index,
    load,
    { put, flush: () => {} },
  );
  return {
    features: Array.from({ length: plan.incidentCount }, (_, i) => {
      const x = plan.incident(i);
      return 'full' in x ? x.full : load(x.ref);
    }),
    compact: plan.compact,
    articles: plan.articles.map((a) => ({
      ...(load(a.entry.ref) as unknown as object),
      incidentIds: a.incidentIds,
    })),
    report: plan.report,
    areas: plan.areas,
  };
}

const parts = () => INPUTS.map((f) => processFile(f, fixtureGeocoder));

describe('mergeIndexed', () => {
  it('gives what mergeResults gives, merges across reports included', () => {
    const whole = mergeResults(parts());
    const streamed = written(parts());
    expect(whole.incidents.features.some((f) => f.properties.evidence.length > 1)).toBe(true);
    expect(streamed.features).toEqual(whole.incidents.features);
    expect(streamed.articles).toEqual(whole.articles);
    expect(streamed.report).toEqual(whole.report);
    expect(streamed.areas).toEqual(whole.areas);
    expect(streamed.compact).toEqual(buildCompact(whole.incidents.features, whole.articles));
  });

  it('moves a recap onto the day another report told it, as mergeResults does', () => {
    // Written for tests: a strike on Kafr Nabl by the regime's jets and by jets unnamed, told on
    // the 21st; a Russian strike there recapped a week later (it can only be the unnamed one's);
    // shelling of Sarmin recapped, and told on its day by another report.
    const recaps = [
      ['22.06.2021', 'شن الطيران الحربي السوري غارة على مدينة كفرنبل أمس.'],
      ['22.06.2021', 'شنت طائرات حربية غارة على مدينة كفرنبل أمس.'],
      ['28.06.2021', 'وكان مدنيان قد قتلا الأسبوع الماضي بغارة روسية على مدينة كفرنبل.'],
      ['02.07.2021', 'قتل ثلاثة مدنيين الأسبوع الماضي بقصف مدفعي على مدينة سرمين.'],
      ['30.06.2021', 'قصفت قوات النظام مدينة سرمين بالمدفعية أمس ما أدى إلى مقتل مدنيين اثنين.'],
    ].map(([date, body], i) =>
      processFile(
        { file: `r/${i}.txt`, bytes: report(`وكالة ${i}`, date!, body!) },
        fixtureGeocoder,
      ),
    );
    const recapArticles = new Set(recaps.flatMap((r) => r.articles.map((a) => a.article.id)));
    const all = () => [...parts(), ...structuredClone(recaps)];
    const whole = mergeResults(all());
    const at = (placeId: string) =>
      whole.incidents.features
        .map((f) => f.properties)
        .filter(
          (p) => p.placeId === placeId && p.evidence.some((e) => recapArticles.has(e.articleId)),
        )
        .map((p) => [p.date, p.dateEnd, p.actors.join('+'), p.fatalities, p.sources]);
    expect(at('gn-kafr-nabl')).toEqual([
      ['2021-06-21', undefined, 'russia', 2, 2],
      ['2021-06-21', undefined, 'regime', null, 1],
    ]);
    expect(at('gn-sarmin')).toEqual([['2021-06-29', undefined, 'regime', 3, 2]]);
    const streamed = written(all());
    expect(streamed.features).toEqual(whole.incidents.features);
    expect(streamed.articles).toEqual(whole.articles);
    expect(streamed.compact).toEqual(buildCompact(whole.incidents.features, whole.articles));
  });

  it('whatever order the files come in', () => {
    expect(written(parts().reverse())).toEqual(written(parts()));
  });

  it('renames clashing ids as mergeResults does', () => {
    // A second copy of a report's incidents under another article of another date: same ids,
    // other merge keys, so the clash reaches the renaming step.
    const base = parts();
    const donor = base.find((p) => p.articles[0]?.incidents.length)!;
    const twin: FileResult = structuredClone(donor);
    twin.file = `z-${donor.file}`;
    for (const a of twin.articles) {
      a.article.id = `${a.article.id}-twin`;
      a.article.file = twin.file;
      for (const f of a.incidents) {
        f.properties.date = '1999-01-01';
        for (const e of f.properties.evidence) e.articleId = a.article.id;
      }
    }
    const whole = mergeResults([...base, twin]);
    expect(whole.incidents.features.some((f) => /-2$/.test(f.properties.id))).toBe(true);
    const streamed = written([...base, twin]);
    expect(streamed.features).toEqual(whole.incidents.features);
    expect(streamed.articles).toEqual(whole.articles);
  });

  it('orders as mergeResults does over many fields that are prefixes of each other', () => {
    const base = parts();
    const all = base.flatMap((p) => p.articles.flatMap((a) => a.incidents));
    const places = ['gn-1', 'gn-10', 'gn-1a'];
    const dates = ['2021-01-01', '2021-01-1'];
    const types: IncidentType[] = ['airstrike', 'shelling'];
    let seed = 7;
    const pick = <T>(list: T[]) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return list[seed % list.length]!;
    };
    // Actors that cannot merge, so that rows of one date, place and type stay apart and are
    // ordered by id.
    const actors: Actor[][] = [['regime'], ['russia'], ['turkey'], ['hts']];
    for (const f of all) {
      f.properties.placeId = pick(places);
      f.properties.date = pick(dates);
      f.properties.actors = pick(actors);
      f.properties.type = pick(types);
    }
    const whole = mergeResults(base);
    const prefixes = whole.incidents.features.map(
      (f) => `${f.properties.date}|${f.properties.placeId}|${f.properties.type}`,
    );
    expect(new Set(prefixes).size).toBeLessThan(prefixes.length);
    const streamed = written(base);
    expect(streamed.features.map((f) => f.properties.id)).toEqual(
      whole.incidents.features.map((f) => f.properties.id),
    );
    expect(streamed.features).toEqual(whole.incidents.features);
    expect(streamed.articles).toEqual(whole.articles);
  });

  it.each([
    ['is a prefix of another', ['gn-1', 'gn-12', 'gn-10']],
    ['holds a `|`', ['gn-1', 'gn-12', 'gn-1|2']],
  ])('orders as mergeResults does when a place id %s', (_, ids) => {
    const base = parts();
    const all = base.flatMap((p) => p.articles.flatMap((a) => a.incidents));
    expect(all.length).toBeGreaterThan(3);
    // `gn-1` sorts after `gn-12` in the joined key (`|` > `2`), before it field by field.
    ids.forEach((id, i) => {
      all[i]!.properties.placeId = id;
    });
    for (const f of all.slice(0, 3)) f.properties.date = '2021-01-01';
    const whole = mergeResults(base);
    const streamed = written(base);
    expect(streamed.features).toEqual(whole.incidents.features);
    expect(streamed.compact).toEqual(buildCompact(whole.incidents.features, whole.articles));
  });
});
