import { describe, expect, it } from 'vitest';
import { createGeocoder } from './geocode';
import { realGazetteer } from './geocode/fixtures/loadFixtures';
import { UNPLACED, unplacedWarning } from './geocode/unplaced';
import {
  clashRenames,
  type InputFile,
  idsByArticle,
  ingest,
  mergeResults,
  processFile,
} from './pipeline';
import { fixtureGeocoder, INPUTS, report } from './pipeline.testing';

function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('pipeline', () => {
  const out = ingest(INPUTS, fixtureGeocoder);

  it('is deterministic: shuffled inputs give identical JSON', () => {
    for (const seed of [1, 2, 3])
      expect(JSON.stringify(ingest(shuffled(INPUTS, seed), fixtureGeocoder))).toBe(
        JSON.stringify(out),
      );
  });

  it('merges per-file results the same in any partition (worker threads)', () => {
    const parts = shuffled(INPUTS, 7).map((f) => processFile(f, fixtureGeocoder));
    expect(JSON.stringify(mergeResults(parts))).toBe(JSON.stringify(out));
  });

  it('accounts for every input file', () => {
    const r = out.report;
    expect(r.files).toBe(INPUTS.length);
    expect(r.accounting!.withArticles + r.accounting!.failed + r.accounting!.duplicateOnly).toBe(
      r.files,
    );
    expect(r.accounting).toEqual({ withArticles: 7, failed: 3, duplicateOnly: 1 });
    expect(r.duplicates).toEqual([
      { articleId: expect.any(String), files: ['dup/copy.txt', 'sample.txt'] },
    ]);
    const failedFiles = new Set(r.errors.map((e) => e.file.replace(/#\d+$/, '')));
    for (const f of ['notes.md', 'broken.txt', 'no-date.txt'])
      expect(failedFiles.has(f)).toBe(true);
    expect(r.errors.find((e) => e.file === 'no-date.txt')).toMatchObject({ line: 2 });
    expect(r.errors.find((e) => e.file === 'corpus.jsonl#3')).toMatchObject({ line: 3 });
    expect(r.articles).toBe(out.articles.length);
    expect(r.incidents).toBe(out.incidents.features.length);
  });

  it('folds the same event told by two outlets into one incident with two sources', () => {
    const sarmin = out.incidents.features.filter((f) => f.properties.placeId === 'gn-sarmin');
    const strike = sarmin.find(
      (f) => f.properties.type === 'airstrike' && f.properties.date === '2021-06-24',
    )!;
    expect(strike.properties.sources).toBe(2);
    expect(strike.properties.evidence).toHaveLength(2);
    expect(strike.properties.strikes).toBe(3);
    expect(strike.properties.injuries).toBe(1);
    // other day, other type: distinct incidents at the same place
    expect(sarmin.map((f) => `${f.properties.type}@${f.properties.date}`).sort()).toEqual([
      'airstrike@2021-06-20',
      'airstrike@2021-06-24',
      'shelling@2021-06-24',
    ]);
  });

  it('links articles and incidents both ways, with unique ids', () => {
    const ids = out.incidents.features.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of out.articles) {
      for (const id of a.incidentIds) {
        const f = out.incidents.features.find((x) => x.properties.id === id)!;
        expect(f.properties.evidence.some((e) => e.articleId === a.id)).toBe(true);
      }
    }
  });

  it('fills unresolved names, areas and areaId', () => {
    expect(out.report.unresolved).toContainEqual({ name: 'عين شيب', count: 2 });
    const areaIds = out.areas.features.map((f) => f.properties!.id);
    expect(areaIds).toContain('area-idlib-countryside-south');
    const tally = out.incidents.features.find((f) => f.properties.type === 'other')!;
    expect(tally.properties.areaId).toBe('area-idlib-countryside-south');
  });

  it('adding a report only adds', () => {
    const extra: InputFile = {
      file: 'z/new.txt',
      bytes: report('وكالة ثالثة', '22.06.2021', 'قصفت قوات النظام بلدة كفرنبل بالصواريخ اليوم.'),
    };
    const more = ingest([...INPUTS, extra], fixtureGeocoder);
    const before = new Map(out.incidents.features.map((f) => [f.properties.id, JSON.stringify(f)]));
    const after = new Map(more.incidents.features.map((f) => [f.properties.id, JSON.stringify(f)]));
    for (const [id, json] of before) expect(after.get(id)).toBe(json);
    const added = [...after.keys()].filter((id) => !before.has(id));
    expect(added).toHaveLength(1);
    expect(
      more.articles.filter((a) => !out.articles.some((b) => b.id === a.id)).map((a) => a.file),
    ).toEqual(['z/new.txt']);
  });
});

describe('clashRenames', () => {
  const id = (hex: string) => `i-${hex}`;

  it('renames the second and third of a repeated incident id, in order', () => {
    const a = id('0123456789abcdef');
    const b = id('fedcba9876543210');
    expect(clashRenames([a, b, a, a])).toEqual(
      new Map([
        [2, `${a}-2`],
        [3, `${a}-3`],
      ]),
    );
  });

  it('tells apart ids that differ only past their first 13 hex digits', () => {
    expect(clashRenames([id('0123456789abc000'), id('0123456789abc001')]).size).toBe(0);
  });

  it('works for ids of any other form', () => {
    expect(clashRenames(['a', 'b', 'a', 'gn-1|2', 'gn-1|2'])).toEqual(
      new Map([
        [2, 'a-2'],
        [4, 'gn-1|2-2'],
      ]),
    );
  });
});

describe('idsByArticle', () => {
  it("lists each article's incident ids sorted, each once, articles as first cited", () => {
    const got = idsByArticle([
      ['i-2', ['b', 'a']],
      ['i-1', ['a']],
      ['i-3', ['a', 'a']],
    ]);
    expect([...got]).toEqual([
      ['b', ['i-2']],
      ['a', ['i-1', 'i-2', 'i-3']],
    ]);
  });
});

describe('a report copied as Arabic presentation forms (a PDF, an old site)', () => {
  it('is read as the letters it shows: its places found, its text stored plainly', () => {
    const plain = 'قصفت قوات النظام بلدة سرمين بالمدفعية.';
    // The same sentence in shaped glyphs (U+FE70–U+FEFC), as a copy from a PDF gives it.
    const shaped = 'ﻗﺼﻔﺖ ﻗﻭﺍﺕ ﺍﻟﻨﻈﺍﻡ ﺑﻠﺩﺓ ﺳﺭﻣﻴﻦ ﺑﺍﻟﻤﺩﻓﻌﻴﺔ.';
    const read = (body: string) =>
      processFile({ file: 'r.txt', bytes: report('المدن', '26.06.2021', body) }, fixtureGeocoder);
    const fromShaped = read(shaped);
    expect(fromShaped.articles[0]?.article.body).toContain(plain);
    expect(fromShaped.articles[0]?.incidents.map((f) => f.properties.placeId)).toEqual(
      read(plain).articles[0]?.incidents.map((f) => f.properties.placeId),
    );
    expect(fromShaped.articles[0]?.incidents.length).toBeGreaterThan(0);
  });
});

describe('a toll told with a verb (أصيب، استشهد) rather than a noun (إصابة، مقتل)', () => {
  it('reaches the incident', () => {
    const read = (body: string) =>
      processFile({ file: 'r.txt', bytes: report('المدن', '26.06.2021', body) }, fixtureGeocoder)
        .articles[0]?.incidents[0]?.properties;
    expect(read('أصيب عشرة مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين.')).toMatchObject({
      injuries: 10,
    });
    expect(read('استشهد أربعة مدنيين وجرح ستة آخرون بقصف مدفعي على بلدة سرمين.')).toMatchObject({
      fatalities: 4,
      injuries: 6,
    });
  });
});

describe('a list of towns with an area after it (كفرنبل، حاس وكفرومة في ريف إدلب الجنوبي)', () => {
  const gazetteer = realGazetteer();
  /** The incidents of one report read with the real gazetteer. */
  const incidentsOf = (body: string, outlet = 'المدن', date = '26.06.2021') =>
    processFile({ file: 'r.txt', bytes: report(outlet, date, body) }, createGeocoder(gazetteer!))
      .articles[0]!.incidents;
  const placesOf = (body: string, outlet?: string, date?: string) =>
    incidentsOf(body, outlet, date)
      .map((f) => f.properties.placeEn)
      .sort();
  it.skipIf(!gazetteer)('names the region of each town of the list that lies in the area', () => {
    const body = 'قصفت قوات النظام كفرنبل، حاس وكفرومة في ريف إدلب الجنوبي.';
    const summaries = incidentsOf(body)
      .map((f) => f.properties.summaryEn)
      .sort();
    expect(summaries).toEqual([
      'Assad government shelling on Hass, Idlib countryside (south)',
      'Assad government shelling on Kafr Nabl, Idlib countryside (south)',
      'Assad government shelling on Kafr Rumah, Idlib countryside (south)',
    ]);
  });
  it.skipIf(!gazetteer)(
    'is a target of its own when it holds no town of the clause (مستودعات للأسلحة في ريف طرطوس)',
    () => {
      const places = (body: string) => placesOf(body, 'عنب بلدي', '03.04.2025');
      for (const body of [
        'استهدفت غارات إسرائيلية محيط مدينة اللاذقية ومستودعات للأسلحة في ريف طرطوس.',
        'استهدفت غارات إسرائيلية مستودعات للأسلحة في ريف طرطوس ومحيط مدينة اللاذقية.',
      ])
        expect(places(body)).toEqual(['Latakia outskirts', 'Tartus countryside']);
      // An area that holds the town only says where more of it was struck.
      expect(places('قصفت قوات النظام مدينة كفرنبل ومواقع أخرى في ريف إدلب الجنوبي.')).toEqual([
        'Kafr Nabl',
      ]);
    },
  );
  it.skipIf(!gazetteer)(
    'keeps its last town when the time follows it (ومرعيان منذ ساعات الصباح)',
    () => {
      // The last piece was a clause of its own that told nothing, and Marayan was lost.
      expect(
        placesOf(
          'وصعدت قوات النظام قصفها على بلدات وقرى "البارة، وإحسم، وكنصفرة، ومرعيان" في جبل الزاوية منذ ساعات الصباح.',
        ),
      ).toEqual(['Ihsim', 'Kansafra', 'Marayan', 'al-Bara']);
      expect(placesOf('قصفت قوات النظام البارة، وكنصفرة صباح اليوم.')).toEqual([
        'Kansafra',
        'al-Bara',
      ]);
    },
  );
  it.skipIf(!gazetteer)('of thousands of pieces cut by commas is each place once', () => {
    const body = `قصفت قوات النظام البارة${'، كنصفرة، وسراقب'.repeat(5000)}.`;
    expect(placesOf(body)).toEqual(['Kansafra', 'Saraqib', 'al-Bara']);
  });
});

describe('an agreement on a governorate’s seat named bare (في إدلب)', () => {
  const gazetteer = realGazetteer();
  it.skipIf(!gazetteer)(
    'is placed in the governorate, its area written, the name as written still marked; fire on the same name stays in the city',
    () => {
      const body =
        'اتفقت روسيا وتركيا على وقف إطلاق النار في إدلب. وقصفت قوات النظام مدينة إدلب بالمدفعية.';
      const r = processFile(
        { file: 'r.txt', bytes: report('المدن', '05.03.2020', body) },
        createGeocoder(gazetteer!),
      );
      const [article] = r.articles;
      const deal = article!.incidents.find((f) => f.properties.type === 'agreement')!.properties;
      expect(deal).toMatchObject({
        placeId: 'area-idlib-governorate',
        areaId: 'area-idlib-governorate',
        geoPrecision: 3,
        event: 'deal',
      });
      const e = deal.evidence[0]!;
      expect(article!.article.body.slice(e.placeStart, e.placeEnd)).toBe('إدلب');
      expect(r.areas.map((a) => a.properties.id)).toContain('area-idlib-governorate');
      const fire = article!.incidents.find((f) => f.properties.type === 'shelling')!.properties;
      expect(fire).toMatchObject({ placeEn: 'Idlib', geoPrecision: 1 });
    },
  );
});

/** The incidents of one report of 5 March 2020 read with the real gazetteer (when it is here). */
const incidentsOn5March = (body: string, outlet = 'المدن') =>
  processFile(
    { file: 'r.txt', bytes: report(outlet, '05.03.2020', body) },
    createGeocoder(realGazetteer()!),
  ).articles[0]!.incidents;

describe('troops sent to a governorate’s seat named bare (إلى إدلب, into Idlib)', () => {
  const gazetteer = realGazetteer();
  it.skipIf(!gazetteer)(
    'go to the governorate, in both languages; sent to the city (إلى مدينة إدلب) they stay in it',
    () => {
      const placed = (body: string, outlet?: string) =>
        incidentsOn5March(body, outlet).map((f) => [f.properties.type, f.properties.placeId]);
      expect(placed('دفع الجيش التركي بتعزيزات عسكرية جديدة إلى إدلب.')).toEqual([
        ['deployment', 'area-idlib-governorate'],
      ]);
      expect(
        placed('Turkey sent a convoy of 40 military vehicles into Idlib on Monday.', 'Wire'),
      ).toEqual([['deployment', 'area-idlib-governorate']]);
      expect(placed('دفع الجيش التركي بتعزيزات عسكرية جديدة إلى مدينة إدلب.')).toEqual([
        ['deployment', 'gn-169389'],
      ]);
    },
  );
});

describe('a convoy told going into an area and on to a town in it', () => {
  const gazetteer = realGazetteer();
  it.skipIf(!gazetteer)(
    'is one deployment, at the town, in both languages; a town outside the area is a place of its own',
    () => {
      const placed = (body: string, outlet?: string) =>
        incidentsOn5March(body, outlet).map((f) => [f.properties.type, f.properties.placeEn]);
      // The area was a second deployment, counted as a convoy of its own.
      expect(
        placed(
          'دخل رتل عسكري تركي مؤلف من نحو 50 آلية إلى محافظة إدلب عبر معبر كفرلوسين، واتجه نحو مدينة أريحا.',
        ),
      ).toEqual([['deployment', 'Ariha']]);
      expect(
        placed(
          'A Turkish convoy of 50 vehicles crossed into Idlib and headed towards Ariha.',
          'Wire',
        ),
      ).toEqual([['deployment', 'Ariha']]);
      expect(
        placed(
          'A Turkish convoy of 50 vehicles crossed into Idlib and headed towards Afrin.',
          'Wire',
        )
          .map(([, place]) => place)
          .sort(),
      ).toEqual(['Afrin', 'Idlib governorate']);
    },
  );
});

describe('a village the gazetteer does not know, in a report that names no place', () => {
  const gazetteer = realGazetteer();
  it.skipIf(!gazetteer)(
    'is named in a warning, which says what the report tells there is not on the map',
    () => {
      const read = (body: string) =>
        processFile(
          { file: 'r.txt', bytes: report('المدن', '26.06.2021', body) },
          createGeocoder(gazetteer!),
        );
      const lost = read('قصفت قوات النظام قرية الفطيرة بقذائف المدفعية.');
      expect(lost.articles[0]!.incidents).toHaveLength(0);
      expect(lost.warnings).toContainEqual({
        file: 'r.txt',
        message: unplacedWarning(['الفطيرة']),
      });
      // Placed near the area its sentence names: on the map, and no warning.
      const placed = read('قصفت قوات النظام قرية الفطيرة في جبل الزاوية.');
      expect(placed.articles[0]!.incidents).toHaveLength(1);
      expect(placed.warnings.filter((w) => w.message.startsWith(UNPLACED))).toEqual([]);
      // An end of a road whose other end is known is placed with the road: no warning either.
      const road = read('استهدفت طائرة مسيرة سيارة على الطريق الواصل بين منبج وحلب.');
      expect(road.articles[0]!.incidents).toHaveLength(1);
      expect(road.warnings.filter((w) => w.message.startsWith(UNPLACED))).toEqual([]);
    },
  );
});

describe('a report written in English', () => {
  const gazetteer = realGazetteer();
  it.skipIf(!gazetteer)(
    'gives its incidents with both summaries, its areas, and no language warning; an unknown village is named as in Arabic',
    () => {
      const body =
        'Regime forces shelled the village of Deir Sunbul in southern Idlib on Saturday, killing two civilians. ' +
        'Russian warplanes struck the town of Kafr Nabl.';
      const r = processFile(
        { file: 'en.txt', bytes: report('Wire', '27.06.2021', body) },
        createGeocoder(gazetteer!),
      );
      expect(r.errors).toEqual([]);
      expect(r.warnings).toEqual([]);
      const incidents = r.articles[0]!.incidents.map((f) => f.properties);
      expect(incidents.map((p) => [p.type, p.placeEn, p.date, p.fatalities])).toEqual([
        ['shelling', 'Deir Sunbul, near Idlib countryside (south)', '2021-06-26', 2],
        ['airstrike', 'Kafr Nabl', '2021-06-27', null],
      ]);
      expect(incidents[1]!.summaryAr).toBe('غارات روسية على كفرنبل');
      // The village's area goes to areas.geojson, as an Arabic report's would.
      expect(r.areas.map((a) => a.properties.id)).toContain(incidents[0]!.placeId);
      expect(r.unresolved).toEqual({ 'Deir Sunbul': 1 });
    },
  );
  it.skipIf(!gazetteer)(
    'and the same event in an Arabic report are one incident, with two sources',
    () => {
      const out = ingest(
        [
          {
            file: 'ar.txt',
            bytes: report(
              'المدن',
              '27.06.2021',
              'شنت طائرات حربية روسية غارات جوية على بلدة كفرنبل في ريف إدلب الجنوبي اليوم، ما أدى إلى مقتل ثلاثة مدنيين.',
            ),
          },
          {
            file: 'en.txt',
            bytes: report(
              'Wire',
              '27.06.2021',
              'Russian warplanes struck the town of Kafr Nabl in southern Idlib today, killing three civilians.',
            ),
          },
        ],
        createGeocoder(gazetteer!),
      );
      expect(out.incidents.features).toHaveLength(1);
      expect(out.incidents.features[0]!.properties).toMatchObject({
        placeEn: 'Kafr Nabl',
        fatalities: 3,
        sources: 2,
      });
    },
  );
});

describe('a list of places told group by group, each with where it lies', () => {
  const gazetteer = realGazetteer();
  it.skipIf(!gazetteer)(
    'keeps every group, a village the gazetteer lacks in its own group placed by where it lies, in both languages',
    () => {
      const placed = (body: string, outlet?: string) =>
        incidentsOn5March(body, outlet)
          .map((f) => f.properties.placeEn)
          .sort();
      // WRITTEN FOR TESTS. al-Ankawi (not in the gazetteer) stood alone between two groups: it
      // was lost, and the groups after it with it.
      expect(
        placed(
          'قصفت قوات النظام بلدات البارة وكنصفرة في ريف إدلب، والعنكاوي في سهل الغاب، وقرى كفرتعال والقصر غربي حلب.',
        ),
      ).toEqual([
        'Kansafra',
        'al-Bara',
        'العنكاوي, near Sahl al-Ghab',
        'القصر, near Aleppo (west)',
        'كفرتعال, near Aleppo (west)',
      ]);
      expect(
        placed(
          'Regime forces shelled the towns of al-Bara and Kansafra in the Idlib countryside, al-Ankawi in the Ghab plain, and the villages of Kafr Taal and al-Qasr west of Aleppo.',
          'Wire',
        ),
      ).toEqual([
        'Kafr Taal, near Aleppo (west)',
        'Kansafra',
        'al-Ankawi, near Sahl al-Ghab',
        'al-Bara',
        'al-Qasr, near Aleppo (west)',
      ]);
      // With no word for towns or villages: a plain name right after a known one (Fleifel), and
      // names written as names (the article, a head) after a comma or `and`.
      expect(
        placed(
          'Regime forces shelled al-Bara and Fleifel in Idlib countryside, al-Ankawi in the Ghab plain, and Kafr Taal and al-Qasr west of Aleppo.',
          'Wire',
        ),
      ).toEqual([
        'Fleifel, near Idlib countryside',
        'Kafr Taal, near Aleppo (west)',
        'al-Ankawi, near Sahl al-Ghab',
        'al-Bara',
        'al-Qasr, near Aleppo (west)',
      ]);
      // A side after a comma is no village: the name of a group must be written as one.
      expect(
        placed('Russian jets struck Kansafra, Hayat Tahrir al-Sham in Idlib said.', 'Wire'),
      ).not.toContainEqual(expect.stringContaining('Hayat'));
    },
  );
});
