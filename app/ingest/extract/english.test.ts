import { describe, expect, it } from 'vitest';
import type { IncidentProperties } from '../../model';
import { realGazetteer } from '../geocode/fixtures/loadFixtures';
import { createGeocoder } from '../geocode/index';
import { classifyEnglish, englishActors, englishDate, extractEnglishIncidents } from './english';

const gazetteer = realGazetteer();
const geocoder = gazetteer && createGeocoder(gazetteer);
/** 27 June 2021 was a Sunday. */
const REPORT_DATE = '2021-06-27';

/** The incidents of an English report (written for these tests), as a reader checks them. */
function read(body: string): Partial<IncidentProperties>[] {
  const mentions = geocoder!.findMentionsEn(body);
  return extractEnglishIncidents(
    { id: 'a-en', body, date: REPORT_DATE, outlet: 'Wire' },
    mentions,
  ).map(({ properties: p }) => p);
}

/** Each incident's place and dead, in a fixed order (by English place name, descending). */
function tolls(body: string): unknown[][] {
  return read(body)
    .map((p) => [p.placeEn, p.fatalities])
    .sort((a, b) => String(b[0]).localeCompare(String(a[0])));
}

describe('the event an English clause tells', () => {
  it('lets air words win over the weapons they fire', () => {
    expect(classifyEnglish('Warplanes fired missiles at Ariha')?.type).toBe('airstrike');
    expect(classifyEnglish('Regime artillery shelled Ariha')?.type).toBe('shelling');
    expect(classifyEnglish('A Turkish drone struck a car')).toMatchObject({
      type: 'airstrike',
      event: 'drone-strike',
    });
    expect(classifyEnglish('An explosive device went off in Sarmada')?.type).toBe('explosion');
    // A suicide bomber is no bomber aircraft.
    expect(classifyEnglish('A suicide bomber blew himself up in Sarmada')).toMatchObject({
      type: 'explosion',
      event: 'suicide-bombing',
    });
    expect(classifyEnglish('A car bomb exploded in al-Bab')).toEqual({ type: 'explosion', at: 2 });
    expect(classifyEnglish('Clashes broke out near Saraqib')?.type).toBe('clash');
    // A ground offensive and a counter-attack are fighting, as ACLED codes them (battles).
    expect(
      classifyEnglish('Regime forces launched a ground offensive on Khan Sheikhoun')?.type,
    ).toBe('clash');
    expect(classifyEnglish('Rebels launched a counter-attack on regime positions')?.type).toBe(
      'clash',
    );
    expect(classifyEnglish('Turkish reinforcements entered Idlib')?.type).toBe('deployment');
    // A convoy told by what it brought.
    expect(classifyEnglish('Turkey sent 50 military vehicles into Idlib')?.type).toBe('deployment');
    expect(classifyEnglish('Russia and Turkey signed a ceasefire agreement')).toMatchObject({
      type: 'agreement',
      event: 'deal',
    });
    expect(classifyEnglish('HTS arrested a journalist in Idlib')).toMatchObject({
      type: 'other',
      event: 'arrest',
    });
  });
  it('reads a deal to stop the fighting as a deal, not a fight', () => {
    expect(
      classifyEnglish('Russia and Turkey agreed on Thursday to halt fighting in northwest Syria'),
    ).toMatchObject({ type: 'agreement', event: 'deal' });
    expect(classifyEnglish('the two sides agreed a cessation of hostilities')).toMatchObject({
      type: 'agreement',
      event: 'deal',
    });
    expect(classifyEnglish('Fighting raged around Saraqeb on Thursday')?.type).toBe('clash');
  });
  it('tells no talks of breaches of a truce', () => {
    expect(
      classifyEnglish('monitors recorded 42 violations of the ceasefire in the Idlib zone'),
    ).toBeUndefined();
    expect(classifyEnglish('ceasefire violations continued in Idlib')).toBeUndefined();
    expect(classifyEnglish('Russia and Turkey agreed a ceasefire in Idlib')?.type).toBe(
      'agreement',
    );
  });
  it('tells no event of years of fire, nor of fire that had gone on before', () => {
    expect(
      classifyEnglish('residents returned to villages emptied by years of bombardment'),
    ).toBeUndefined();
    expect(classifyEnglish('after months of heavy shelling, rebels shelled Jurin')?.type).toBe(
      'shelling',
    );
    expect(
      classifyEnglish('where government artillery had been pounding residential areas for weeks'),
    ).toBeUndefined();
    expect(classifyEnglish('regime forces have been shelling the town for months')).toBeUndefined();
  });
  it('tells no event of fire that stopped, and still one of fire that did not stop', () => {
    expect(
      classifyEnglish(
        'Dozens of families returned to their homes in Atarib after the shelling stopped',
      ),
    ).toBeUndefined();
    expect(
      classifyEnglish('The bombardment of Maarat al-Numan has stopped since Thursday'),
    ).toBeUndefined();
    expect(
      classifyEnglish('Residents used the lull in the strikes to leave Ariha'),
    ).toBeUndefined();
    expect(classifyEnglish('Shelling on Ariha did not stop throughout the night')?.type).toBe(
      'shelling',
    );
    expect(
      classifyEnglish('Russian jets resumed their strikes on Kafr Nabl after a week-long pause')
        ?.type,
    ).toBe('airstrike');
  });
  it('tells no blast of a bombing foiled or a bomb defused, and still the arrest told with it', () => {
    expect(
      classifyEnglish(
        'Military police foiled a car bomb attack at the entrance of Azaz and arrested the driver',
      ),
    ).toMatchObject({ type: 'other', event: 'arrest' });
    expect(
      classifyEnglish(
        'Security forces defused an explosive device planted near the market in Afrin',
      ),
    ).toBeUndefined();
    expect(
      classifyEnglish('A car bomb exploded in Azaz, hours after police defused another')?.type,
    ).toBe('explosion');
  });
  it('tells no event of an attack being prepared or plotted', () => {
    expect(
      classifyEnglish('The terrorists were preparing an attack on Turkish bases'),
    ).toBeUndefined();
    // What was told before the plan stands.
    expect(
      classifyEnglish('security forces arrested a cell preparing an attack in Idlib city')?.event,
    ).toBe('arrest');
  });
  it('tells no event of what a warning says would happen (warning that any aircraft … would be shot down)', () => {
    expect(
      classifyEnglish(
        'The army closed the airspace over Idlib, warning that any aircraft entering it would be shot down',
      ),
    ).toBeUndefined();
    expect(
      classifyEnglish('Turkish drones struck Syrian positions, threatening a wider offensive')
        ?.type,
    ).toBe('airstrike');
  });
  it('reads the days of fire an advance came after as what came before, not its event', () => {
    expect(
      classifyEnglish(
        'Government forces advanced into the town on 8 May after days of heavy shelling',
      )?.type,
    ).toBe('deployment');
    expect(classifyEnglish('after two weeks of airstrikes, troops captured the town')?.type).toBe(
      'clash',
    );
  });
  it('reads fire told by its verb or by machine guns as an attack', () => {
    expect(
      classifyEnglish('Regime forces targeted the outskirts of Kafr Nabl with heavy machine guns')
        ?.type,
    ).toBe('attack');
    expect(classifyEnglish('Regime forces targeted Kafr Nabl')?.type).toBe('attack');
    // A weapon named wins.
    expect(classifyEnglish('Russian jets targeted Kafr Nabl')?.type).toBe('airstrike');
  });
  it('reads a roadside bomb as a blast, not the patrol it hit', () => {
    expect(classifyEnglish('A roadside bomb hit a Turkish patrol near Ariha')?.type).toBe(
      'explosion',
    );
    // Told first, the patrol hit is no side of the blast either.
    const told =
      'a Russian-Turkish joint patrol on the M4 highway was cut short after a roadside bomb exploded near the village of Mastumah';
    expect(englishActors(told, classifyEnglish(told)!)).toEqual([]);
  });
  it('reads a protest against fire as a protest, and fire on a protest as fire', () => {
    expect(
      classifyEnglish('Hundreds of people protested in Idlib against the Russian bombardment'),
    ).toMatchObject({ type: 'other', event: 'protest' });
    expect(
      classifyEnglish('Russian jets struck a demonstration against the regime in Ariha')?.type,
    ).toBe('airstrike');
    // Force used on a protest is an attack by who fired, whatever the protest was against.
    expect(
      classifyEnglish('HTS security forces opened fire on protesters denouncing the group')?.type,
    ).toBe('attack');
    // Protesters counted among the dead tell a toll, not a protest.
    expect(classifyEnglish('Two protesters were killed')).toBeUndefined();
  });
  it.skipIf(!geocoder)(
    'reads the dead protesters told next as the toll of the storming told before (and what its side said of it next as no event of its own), and fire on the protest as an attack where and when it was',
    () => {
      const stormed = read(
        'HTS fighters stormed the town of Kafr Takharim in northwestern Idlib on Monday after protests against the group’s tax collectors turned violent, residents said. Two protesters were killed. HTS said its forces had entered the town to arrest “outlaws” who attacked one of its checkpoints.',
      );
      expect(stormed.map((p) => [p.type, p.placeEn, p.date, p.fatalities])).toEqual([
        ['attack', 'Kafr Takharim', '2021-06-21', 2],
      ]);
      const fired = read(
        'Hundreds of protesters rallied in the town of Sarmada on Monday against HTS. Security forces opened fire on the protesters, killing two demonstrators.',
      );
      expect(
        fired.map((p) => [p.type, p.event ?? null, p.placeEn, p.date, p.fatalities]).sort(),
      ).toEqual([
        ['attack', null, 'Sarmada', '2021-06-21', 2],
        ['other', 'protest', 'Sarmada', '2021-06-21', null],
      ]);
    },
  );
  it('reads no event in a threat, a plan or a denial', () => {
    expect(classifyEnglish('Rebels said they would respond to any attack')).toBeUndefined();
    expect(classifyEnglish('Moscow denied its jets had struck the market')).toBeUndefined();
    // May the month is no may of doubt.
    expect(classifyEnglish('On 3 May, warplanes struck Ariha')?.type).toBe('airstrike');
  });
});

describe('talks told as a meeting', () => {
  it('are talks between the parties named, and none still to come', () => {
    expect(classifyEnglish('Turkish and Russian officials met in Ankara')).toMatchObject({
      type: 'agreement',
      meeting: true,
    });
    expect(classifyEnglish('Talks between the two sides are scheduled for next week')).toBe(
      undefined,
    );
    // `due to` as `because of` says nothing of talks to come.
    expect(
      classifyEnglish('Talks in Ankara ended without a deal due to disagreements over Idlib'),
    ).toMatchObject({ type: 'agreement' });
  });
  it.skipIf(!geocoder)('name the states by their capitals and leaders too', () => {
    expect(
      read('Erdogan and Putin discussed the situation in Saraqib in a phone call on Tuesday.'),
    ).toEqual([expect.objectContaining({ type: 'agreement', actors: ['russia', 'turkey'] })]);
    expect(
      read('A resident told Reuters in a phone call that Saraqib was calm on Tuesday.'),
    ).toEqual([]);
  });
  it.skipIf(!geocoder)('give no incident when no side is named', () => {
    expect(
      read(
        'Turkish and Russian delegations held a meeting in Saraqib yesterday. The local council of Sarmada held a meeting with residents yesterday.',
      ),
    ).toEqual([
      expect.objectContaining({
        type: 'agreement',
        actors: ['russia', 'turkey'],
        placeId: 'gn-164816',
      }),
    ]);
  });
});

describe('who did it', () => {
  it.skipIf(!geocoder)('names Israel as a side of its own', () => {
    expect(read('Israeli jets struck targets near Masyaf on Tuesday.')).toEqual([
      expect.objectContaining({ type: 'airstrike', actors: ['israel'] }),
    ]);
  });
  it('reads Damascus’s media’s bare words for its troops and the factions as theirs, until its fall', () => {
    const actors = (s: string, sinceFall = false) =>
      englishActors(s, classifyEnglish(s)!, undefined, sinceFall);
    expect(
      actors(
        'State news agency SANA said troops seized Urum al-Kubra after fierce clashes with terrorists',
      ),
    ).toEqual(['opposition', 'regime']);
    expect(actors('State media said terrorists shelled the town of Suqaylabiyah')).toEqual([
      'opposition',
    ]);
    // Another teller’s bare troops are no one’s.
    expect(actors('Rebels said troops shelled Kafr Nabl')).toEqual([]);
    expect(actors('SANA said Turkish troops shelled Kafr Nabl')).toEqual(['turkey']);
    expect(actors('SANA said troops shelled terrorists in Kafr Nabl', true)).toEqual([]);
  });
  it.skipIf(!geocoder)(
    'reads ground taken as fighting though told as more of it, and no side in a threat beside it',
    () => {
      expect(
        read(
          'Syrian government forces captured more villages west of Aleppo on Tuesday, pushing deeper into the last rebel stronghold as Turkey threatened to launch an offensive.',
        ),
      ).toEqual([
        expect.objectContaining({
          type: 'clash',
          actors: ['opposition', 'regime'],
          placeId: 'area-aleppo-west',
          date: '2021-06-22',
        }),
      ]);
    },
  );
  it.skipIf(!geocoder)(
    'is the side blamed in a sentence of its own for the fire told by no one’s, not the one that blames',
    () => {
      const sides = (body: string) => read(body).map((p) => [p.type, p.actors]);
      const blast =
        'A car bomb exploded in a crowded market in the northern Syrian town of Afrin on Tuesday, killing at least 40 people.';
      expect(
        sides(`${blast} Turkey's Defense Ministry blamed the Kurdish YPG militia for the attack.`),
      ).toEqual([['explosion', ['sdf']]]);
      expect(sides(`${blast} Turkey blamed the attack on the YPG.`)).toEqual([
        ['explosion', ['sdf']],
      ]);
      // The blast named as such, and what it did told after it.
      expect(
        sides(
          `${blast} The Turkish defence ministry blamed the YPG for the blast, which set several cars ablaze.`,
        ),
      ).toEqual([['explosion', ['sdf']]]);
      // The fire left unnamed, the side blamed at the sentence's end.
      expect(
        sides(
          `${blast} No group claimed responsibility, but Turkey's defence ministry blamed the Kurdish YPG militia.`,
        ),
      ).toEqual([['explosion', ['sdf']]]);
      // A blame of no known side, or of something else, changes nothing.
      expect(sides(`${blast} Turkey blamed "terrorists" for the attack.`)).toEqual([
        ['explosion', ['unknown']],
      ]);
      expect(
        sides(`${blast} Residents blamed the YPG for shortages of bread in the town.`),
      ).toEqual([['explosion', ['unknown']]]);
    },
  );
  it.skipIf(!geocoder)(
    'is the side the fire was told to come from, in a sentence of its own (fired from areas controlled by …, from regime-held positions)',
    () => {
      const sides = (body: string) => read(body).map((p) => [p.type, p.actors]);
      const fire =
        'A rocket attack on a hospital in the town of Atarib killed at least six people on Sunday.';
      expect(
        sides(
          `${fire} The facility was hit by artillery shells fired from areas controlled by government forces.`,
        ),
      ).toEqual([['shelling', ['regime']]]);
      expect(sides(`${fire} The shells were fired from regime-held positions.`)).toEqual([
        ['shelling', ['regime']],
      ]);
    },
  );
  it('is the side named before the event word, or after by; never its targets', () => {
    const actors = (s: string) => englishActors(s, classifyEnglish(s)!);
    expect(actors('Rebels shelled regime positions in Jurin')).toEqual(['opposition']);
    expect(actors('Ariha was hit by shelling by regime forces')).toEqual(['regime']);
    expect(actors('Russian warplanes struck Kafr Nabl, killing two regime soldiers')).toEqual([
      'russia',
    ]);
    expect(actors('Clashes between HTS and regime forces')).toEqual(['hts', 'regime']);
    // The side whose post ground taken encircled is no side of it.
    expect(
      actors(
        'Syrian troops took the town of Khan Sheikhoun and encircled a Turkish military observation post in Morek',
      ),
    ).toEqual(['regime']);
    // Another state's government is not the Syrian one.
    expect(actors('Turkish government drones struck Ariha')).toEqual(['turkey']);
    // Whose ground it is names no side.
    expect(actors('Rebels fired rockets at government-held Jurin')).toEqual(['opposition']);
    // A gerund after `by` is what the side did, not who did it (`responded by shelling`).
    expect(actors('The Turkish army responded by shelling regime positions in Kafr Nabl')).toEqual([
      'turkey',
    ]);
    // In fighting, the side whose dead are told fought too.
    expect(actors('Three HTS fighters were killed in clashes with regime forces')).toEqual([
      'hts',
      'regime',
    ]);
    // What a verb of fire hit, though the event's word (the weapon) comes after it.
    expect(
      actors('Opposition fighters destroyed a regime tank with an anti-tank missile near Kabani'),
    ).toEqual(['opposition']);
    // Whose a place is (`held by`) names no doer; a protest has no side.
    expect(
      actors(
        'The SDF responded with artillery fire on Marea, a town held by Turkish-backed factions',
      ),
    ).toEqual(['sdf']);
    expect(actors('Dozens protested outside the HTS security office in Sarmada')).toEqual([]);
    // The side hit may be named with its nation's adjective first.
    expect(
      actors(
        'Turkey retaliated by striking Syrian government targets, and its drones hit positions',
      ),
    ).toEqual(['turkey']);
  });
});

describe('who did it, since the fall of Assad’s government (8 December 2024)', () => {
  it.skipIf(!geocoder)(
    'names security forces told bare as the state’s, apart from the fire they came after',
    () => {
      const body =
        'Security forces sent reinforcements to the city of Jableh on Friday after gunmen ambushed a patrol near the town, the Interior Ministry said.';
      const mentions = geocoder!.findMentionsEn(body);
      const ps = extractEnglishIncidents(
        { id: 'a-en', body, date: '2025-03-08', outlet: 'Wire' },
        mentions,
      ).map(({ properties: p }) => [p.type, p.actors, p.placeEn]);
      expect(ps.sort()).toEqual([
        ['attack', ['unknown'], 'Jablah'],
        ['deployment', ['government'], 'Jablah'],
      ]);
    },
  );
  const actors = (s: string) => englishActors(s, classifyEnglish(s)!, undefined, true);
  it('names a ministry told bare as the state’s, not one told with another state’s name', () => {
    expect(actors('The interior ministry sent reinforcements to Latakia province')).toEqual([
      'government',
    ]);
    expect(actors('The Turkish defence ministry sent reinforcements to Idlib')).toEqual(['turkey']);
  });
  it('names the state’s forces as the new government’s, and his side by his name', () => {
    expect(actors('Syrian government forces clashed with Assad loyalists near Qardaha')).toEqual([
      'government',
      'regime',
    ]);
    expect(actors('General Security forces arrested three men in Sarmada')).toEqual(['government']);
    expect(actors('Remnants of the former regime attacked a checkpoint near al-Haffah')).toEqual([
      'regime',
    ]);
    // A ministry that says what it did itself, a day told between.
    expect(
      actors(
        "Syria's defence ministry said on Monday it had ended a military operation against remnants of the former regime after four days of fighting",
      ),
    ).toEqual(['government', 'regime']);
    // Attackers told by their word, then whose they are: the side of their description.
    expect(
      actors(
        'Gunmen loyal to ousted President Bashar Assad ambushed security forces near Jableh, killing 13',
      ),
    ).toEqual(['regime']);
    expect(actors('Gunmen shot dead a government officer in Sarmada')).toEqual([]);
    // The same words before the fall are Assad's.
    const before = 'Syrian government forces shelled Kafr Nabl';
    expect(englishActors(before, classifyEnglish(before)!)).toEqual(['regime']);
    expect(actors(before)).toEqual(['government']);
  });
});

describe('where it happened', () => {
  it.skipIf(!geocoder)(
    'is each place of a list, a town’s outskirts too; outskirts that only locate a town are its region',
    () => {
      const struck = read(
        'Russian warplanes carried out 12 air strikes on the outskirts of Kafr Nabl and Hass on Saturday.',
      );
      expect(struck.map((p) => [p.placeId, p.strikes])).toEqual([
        ['area-kafr-nabl-outskirts', 12],
        ['nwsy-hass', null],
      ]);
      const located = read(
        'Regime forces shelled Kansafra, on the outskirts of Kafr Nabl, on Saturday.',
      );
      expect(located.map((p) => p.placeId)).toEqual(['nwsy-kansafra']);
    },
  );

  it.skipIf(!geocoder)(
    'is a region listed after a town with “and” as well as the town; a province so listed only says where',
    () => {
      const ids = (body: string) => read(body).map((p) => p.placeId);
      expect(
        ids(
          'Russian warplanes carried out at least 15 air strikes on the outskirts of Jisr al-Shughur and the Jabal al-Akrad mountains on Sunday.',
        ).sort(),
      ).toEqual(['area-jabal-al-akrad-countryside', 'area-jisr-ash-shughur-outskirts']);
      expect(ids('Regime forces shelled Kafr Nabl and Idlib province on Sunday.')).toEqual([
        'gn-168661',
      ]);
      expect(
        ids('Regime forces shelled Kafr Nabl in the southern Idlib countryside on Sunday.'),
      ).toEqual(['gn-168661']);
    },
  );

  it('reads a governorate’s seat after a town of it, set off by commas, as its address', () => {
    const ids = (body: string) => read(body).map((p) => p.placeId);
    expect(ids('Regime forces shelled Ariha, Idlib, on Saturday.')).toEqual(['gn-172994']);
    // `Idlib's Jabal al-Zawiya region`: the seat owns the place after it.
    expect(ids("Regime forces shelled Idlib's Jabal al-Zawiya region on Monday.")).toEqual([
      'nwsy-jabal-al-zawiya',
    ]);
    // In a list, the seat is a place of its own.
    for (const list of [
      'Regime forces shelled Ariha, Idlib, and Saraqib on Saturday.',
      'Regime forces shelled Ariha, Idlib, Saraqib and Sarmin on Saturday.',
    ])
      expect(ids(list)).toContain('gn-169389');
  });

  it('reads the outskirts through `the town of`, and a plural’s for every town it lists', () => {
    expect(
      read('Russian jets struck the outskirts of the town of Kafr Nabl.').map((p) => p.placeId),
    ).toEqual(['area-kafr-nabl-outskirts']);
    const listed = read(
      'Russian jets struck the outskirts of the towns of Kafr Nabl, Hass and Kafr Rumah, and Sarmin.',
    );
    expect(listed.map((p) => p.placeId).sort()).toEqual([
      'area-hass-outskirts',
      'area-kafr-nabl-outskirts',
      'area-kafr-rumah-outskirts',
      'gn-164782',
    ]);
  });
});

describe('the day', () => {
  it('is counted back from the day told before (Two days earlier), and a span from a part of a month', () => {
    expect(
      englishDate('Two days earlier, an air strike hit a market', REPORT_DATE, '2021-06-25'),
    ).toEqual({ date: '2021-06-23', precision: 1 });
    expect(englishDate('A day before, jets struck Ariha', REPORT_DATE)?.date).toBe('2021-06-26');
    expect(englishDate('since the end of April', REPORT_DATE)).toEqual({
      date: '2021-04-21',
      dateEnd: REPORT_DATE,
      precision: 3,
    });
    expect(englishDate('since early May', REPORT_DATE)?.date).toBe('2021-05-01');
  });
  it.skipIf(!geocoder)(
    'reads it back over a whole report, with figures set off by thousands',
    () => {
      const found = read(
        'Air strikes have killed more than 1,000 civilians in northwest Syria since the end of April. On Saturday, a car bomb exploded in the town of Azaz, killing 12 people. Two days earlier, an air strike hit a market in the town of Ariha, killing seven civilians.',
      ).map((p) => [p.type, p.placeEn, p.date, p.dateEnd, p.fatalities]);
      expect(found).toEqual(
        expect.arrayContaining([
          // Two months of strikes: a casualty toll, counted apart from the strikes told on their day.
          ['other', 'Syria (north-west)', '2021-04-21', REPORT_DATE, 1000],
          ['explosion', 'Azaz', '2021-06-26', undefined, 12],
          ['airstrike', 'Ariha', '2021-06-24', undefined, 7],
        ]),
      );
    },
  );
  it('is told relative to the report', () => {
    expect(englishDate('on Friday', REPORT_DATE)).toEqual({ date: '2021-06-25', precision: 1 });
    expect(englishDate('on Sunday', REPORT_DATE)).toEqual({ date: '2021-06-27', precision: 1 });
    expect(englishDate('late yesterday', REPORT_DATE)?.date).toBe('2021-06-26');
    // The past 24 hours reach back into yesterday, as `خلال الـ24 ساعة الماضية` does.
    expect(englishDate('15 raids in the past 24 hours', REPORT_DATE)).toEqual({
      date: '2021-06-26',
      dateEnd: REPORT_DATE,
      precision: 2,
    });
    // Overnight is last night, unless a weekday says which night.
    expect(englishDate('jets pounded Ariha overnight', REPORT_DATE)?.date).toBe('2021-06-26');
    expect(englishDate('overnight on Friday', REPORT_DATE)?.date).toBe('2021-06-25');
    // The weekday of the saying: the night before it.
    expect(
      englishDate('strikes killed 14 people overnight, state media said on Friday', REPORT_DATE)
        ?.date,
    ).toBe('2021-06-24');
    expect(englishDate('two days ago', REPORT_DATE)?.date).toBe('2021-06-25');
    expect(englishDate('3 days ago', REPORT_DATE)?.date).toBe('2021-06-24');
    expect(englishDate('on 12 June', REPORT_DATE)?.date).toBe('2021-06-12');
    expect(englishDate('on June 12, 2020', REPORT_DATE)?.date).toBe('2020-06-12');
    // A span told by its first and last days.
    for (const span of ['Between June 1 and June 7,', 'from 1 to 7 June', 'between June 1 and 7'])
      expect(englishDate(span, REPORT_DATE), span).toEqual({
        date: '2021-06-01',
        dateEnd: '2021-06-07',
        precision: 2,
      });
    // Ground taken at the place before, told after it, is not the event's day; the place hit then
    // may be the event.
    expect(
      englishDate(
        'Government forces shelled Saraqeb, which they recaptured on Monday.',
        REPORT_DATE,
      ),
    ).toBeUndefined();
    expect(
      englishDate(
        'government forces had retaken the town of Saraqib, which rebels had captured last week.',
        REPORT_DATE,
      ),
    ).toBeUndefined();
    expect(englishDate('Rebels left Ariha, which was shelled on Friday', REPORT_DATE)?.date).toBe(
      '2021-06-25',
    );
    // A day still to come this year was last year's.
    expect(englishDate('on 3 December', REPORT_DATE)?.date).toBe('2020-12-03');
    expect(englishDate('in March 2020', REPORT_DATE)).toEqual({
      date: '2020-03-01',
      dateEnd: '2020-03-31',
      precision: 3,
    });
    expect(englishDate('shelling since March', REPORT_DATE)).toEqual({
      date: '2021-03-01',
      dateEnd: REPORT_DATE,
      precision: 3,
    });
    expect(englishDate('the strikes went on', REPORT_DATE)).toBeUndefined();
  });
  it('is the week or the month it is told in: this week, this month, last month', () => {
    expect(englishDate('clashes erupted earlier this week', REPORT_DATE)).toEqual({
      date: '2021-06-21',
      dateEnd: REPORT_DATE,
      precision: 2,
    });
    expect(englishDate('Earlier in the week, artillery pounded Tal Rifaat', REPORT_DATE)).toEqual({
      date: '2021-06-21',
      dateEnd: REPORT_DATE,
      precision: 2,
    });
    expect(englishDate('shelling this month killed five', REPORT_DATE)).toEqual({
      date: '2021-06-01',
      dateEnd: REPORT_DATE,
      precision: 3,
    });
    expect(englishDate('reinforcements entered last month', REPORT_DATE)).toEqual({
      date: '2021-05-01',
      dateEnd: '2021-05-31',
      precision: 3,
    });
    // In January, last month is December of the year before.
    expect(englishDate('reinforcements entered last month', '2021-01-15')?.date).toBe('2020-12-01');
  });
});

describe.skipIf(!geocoder)('a village the gazetteer lacks, in an English report', () => {
  it('is said where it is in both summaries: its English name, its Arabic one by the region', () => {
    const [near] = read('Regime forces shelled the village of Fleifel in southern Idlib.');
    expect(near!.summaryEn).toBe(
      'Assad government shelling on Fleifel, near Idlib countryside (south)',
    );
    expect(near!.summaryAr).toBe('قصف من قوات النظام على Fleifel، ريف إدلب الجنوبي');
    const [far] = read('Regime forces shelled the village of Fleifel, 30 km south of Idlib.');
    expect(far!.summaryEn).toBe('Assad government shelling on Fleifel, about 30 km south of Idlib');
    expect(far!.summaryAr).toBe('قصف من قوات النظام على Fleifel، 30 كم جنوب إدلب');
  });
});

describe.skipIf(!geocoder)('a total shared out place by place (five of them in …)', () => {
  const tolls = (body: string) =>
    read(body)
      .map((p) => [p.placeEn, p.fatalities])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  it('gives each place its share when the shares add up to the total', () => {
    expect(
      tolls('Regime shelling killed eight civilians, five of them in Saraqib and three in Sarmin.'),
    ).toEqual([
      ['Saraqib', 5],
      ['Sarmin', 3],
    ]);
  });
  it('else leaves the total whole on the first place, counting no one twice', () => {
    expect(
      tolls('Regime shelling killed eight civilians, five of them in Saraqib and four in Sarmin.'),
    ).toEqual([
      ['Saraqib', 8],
      ['Sarmin', null],
    ]);
  });
  it('gives one town told in the area of the event its share, the area the others', () => {
    // It was all 18 at the town.
    expect(
      tolls(
        'Syrian and Russian air strikes killed at least 18 civilians on Tuesday in northwest Syria, including 10 in the town of Maarat al-Numan.',
      ),
    ).toEqual([
      ["Maarrat al-Nu'man", 10],
      ['Syria (north-west)', 8],
    ]);
    expect(
      tolls(
        'Russian air strikes killed 12 civilians in southern Idlib, eight of them in Kafr Nabl.',
      ),
    ).toEqual([
      ['Idlib countryside (south)', 4],
      ['Kafr Nabl', 8],
    ]);
  });
});

describe.skipIf(!geocoder)('two events joined by a comma, each with its own subject', () => {
  it('are two events, each with its side, type and place', () => {
    const incidents = read(
      'Regime forces shelled Kansafra, Russian jets pounded Saraqib on Sunday.',
    );
    expect(incidents.map((p) => [p.type, p.actors, p.placeEn])).toEqual([
      ['airstrike', ['russia'], 'Saraqib'],
      ['shelling', ['regime'], 'Kansafra'],
    ]);
  });
  it('but one subject of several sides, or a toll before the event, is no second event', () => {
    const sides = read('Regime, Russian and Iranian forces shelled Saraqib on Sunday.');
    expect(sides.map((p) => [p.type, p.actors])).toEqual([
      ['shelling', ['iran', 'regime', 'russia']],
    ]);
    const toll = read('Two civilians were killed in Kansafra, regime forces shelled the town.');
    expect(toll.map((p) => [p.type, p.actors, p.fatalities])).toEqual([
      ['shelling', ['regime'], 2],
    ]);
  });
});

describe.skipIf(!geocoder)('an English report read whole (the real gazetteer)', () => {
  it('gives each event its place, side, day and toll', () => {
    const incidents = read(
      'Russian warplanes carried out five airstrikes on the town of Kafr Nabl in southern Idlib on Friday, killing three civilians and wounding seven others, the civil defence said. ' +
        'Regime forces also shelled Ariha, while Turkish drones targeted regime positions near Saraqib.',
    );
    // In the output's order: by date, then place.
    expect(incidents.map((p) => [p.type, p.event, p.actors, p.placeEn, p.date])).toEqual([
      ['airstrike', undefined, ['russia'], 'Kafr Nabl', '2021-06-25'],
      ['airstrike', 'drone-strike', ['turkey'], 'Saraqib outskirts', REPORT_DATE],
      ['shelling', undefined, ['regime'], 'Ariha', REPORT_DATE],
    ]);
    const [strike] = incidents;
    expect(strike).toMatchObject({
      strikes: 5,
      fatalities: 3,
      injuries: 7,
      regionEn: 'Idlib countryside (south)',
    });
    expect(strike!.summaryEn).toBe(
      'Russian airstrikes (5) on Kafr Nabl, Idlib countryside (south): 3 killed, 7 injured',
    );
    // The Arabic summary is made from the same facts.
    expect(strike!.summaryAr).toContain('كفرنبل');
    // The days a report does not state are the report's own, and say so.
    expect(incidents[2]!.dateFromReport).toBe(true);
  });
  it('counts the people told as someone’s, and places a strike on a road named by its ends', () => {
    const [shelling] = read(
      'Regime artillery shelled the village of Kansafra on Tuesday, killing a woman and wounding her two children.',
    );
    expect(shelling).toMatchObject({ placeEn: 'Kansafra', fatalities: 1, injuries: 2 });
    const strikes = read(
      'A drone struck a car on the road between Sarmada and Bab al-Hawa on Monday, killing a commander.',
    );
    expect(strikes.map((p) => [p.placeEn, p.geoPrecision, p.fatalities])).toEqual([
      ['road between Sarmada and Bab al-Hawa Border Crossing', 2, 1],
    ]);
  });
  it('reads a patrol from one town to another as one, reinforcements where they went, an execution with its dead, a call as nothing', () => {
    const [patrol, ...more] = read(
      'Russian and Turkish forces conducted a joint patrol from Sarmin to Ariha on Wednesday.',
    );
    expect(more).toEqual([]);
    expect(patrol).toMatchObject({
      event: 'patrol',
      placeEn: 'Sarmin',
      alsoPlaces: [{ placeEn: 'Ariha' }],
      summaryEn: 'Russian and Turkish patrol in Sarmin and Ariha',
    });
    expect(read('Turkey sent reinforcements from Sarmin to Ariha.').map((p) => p.placeEn)).toEqual([
      'Ariha',
    ]);
    expect(
      read('Government forces executed three young men at a checkpoint in Khan Shaykhun.').map(
        (p) => [p.type, p.actors, p.fatalities],
      ),
    ).toEqual([['attack', ['regime'], 3]]);
    expect(read('The UN envoy called on all parties to respect the ceasefire in Idlib.')).toEqual(
      [],
    );
  });
  it('keeps the sentence and the place mention it read, to highlight them', () => {
    const body =
      'Intro line without events.\nTwo children were killed when a mine exploded in Sarmada yesterday.';
    const [blast] = read(body);
    const e = blast!.evidence![0]!;
    expect(body.slice(e.start, e.end)).toBe(
      'Two children were killed when a mine exploded in Sarmada yesterday.',
    );
    expect(body.slice(e.placeStart, e.placeEnd)).toBe('Sarmada');
    expect(blast).toMatchObject({ type: 'explosion', fatalities: 2, date: '2021-06-26' });
  });
  it('leaves out threats, old events and sentences without a place', () => {
    expect(
      read(
        'Rebels said they would respond to any attack on Jabal al-Zawiya. ' +
          'Russia and Turkey agreed in March 2020 on a ceasefire in Idlib. ' +
          'Airstrikes went on across the region.',
      ),
    ).toEqual([]);
  });
  it('names the sides by their backers and by their arms, never a monitor', () => {
    const sides = (body: string) => read(body).map((p) => [p.type, p.event, p.actors]);
    expect(sides('Syrian and Russian air raids hit Ariha on Monday.')).toEqual([
      ['airstrike', undefined, ['regime', 'russia']],
    ]);
    expect(sides('Turkish-backed fighters clashed with the SDF near Tal Rifaat.')).toEqual([
      ['clash', undefined, ['opposition', 'sdf']],
    ]);
    expect(sides('The Syrian Observatory said Iran-backed militias shelled Kansafra.')).toEqual([
      ['shelling', undefined, ['iran']],
    ]);
    expect(sides('Regime forces and Iranian-backed militias shelled Kansafra.')).toEqual([
      ['shelling', undefined, ['iran', 'regime']],
    ]);
    expect(
      sides('Russian military police held a joint patrol with Turkish forces on the M4 highway.'),
    ).toEqual([['deployment', 'patrol', ['russia', 'turkey']]]);
    expect(sides('Opposition factions downed a Russian drone over Jabal al-Zawiya.')).toEqual([
      ['other', 'aircraft-downed', ['opposition', 'russia']],
    ]);
    // `warplanes` is one word: the jets downed are no part of the air strike told before.
    expect(
      sides(
        'Turkish drones struck Syrian government positions in Idlib province on Sunday. Two Syrian army Su-24 warplanes were shot down by Turkish F-16s over the Idlib region.',
      ),
    ).toEqual([
      ['airstrike', 'drone-strike', ['turkey']],
      ['other', 'aircraft-downed', ['regime', 'turkey']],
    ]);
  });
  it('takes a source for no side, nor the dead for their killers', () => {
    const [p] = read(
      'The Turkish defence ministry said two Turkish soldiers were killed in an attack on a base in the Idlib de-escalation zone.',
    );
    expect(p).toMatchObject({
      type: 'attack',
      actors: ['unknown'],
      fatalities: 2,
      placeId: 'area-idlib-governorate',
    });
    expect(
      read('According to Russian media, Turkish forces shelled Kafr Nabl.')[0]!.actors,
    ).toEqual(['turkey']);
    // A teller speaking of itself is the side.
    expect(
      read('The Syrian army said it had repelled an attack on its positions in Jabal al-Akrad.')[0]!
        .actors,
    ).toEqual(['regime']);
  });
  it('reads a death toll that rose', () => {
    const [p] = read("The death toll from Tuesday's strike on Ariha rose to 9, the monitor said.");
    expect(p).toMatchObject({ type: 'airstrike', fatalities: 9, date: '2021-06-22' });
  });
  it('reads one strike told in the singular', () => {
    const [p] = read('An air strike hit a market in Ariha on Monday.');
    expect(p).toMatchObject({ type: 'airstrike', strikes: 1, placeId: 'gn-172994' });
    // One drone striking is one strike, as `استهدفت طائرة مسيرة سيارة` is; drones, or a
    // warplane, may have struck more than once.
    const [drone] = read('A Turkish drone hit a vehicle in Tal Rifaat.');
    expect(drone).toMatchObject({ event: 'drone-strike', strikes: 1, actors: ['turkey'] });
    expect(drone!.summaryEn).toBe('Turkish drone strike (1) on Tal Rifaat');
    const [drones] = read('Drones struck a car in Sarmada.');
    expect(drones).toMatchObject({ event: 'drone-strike', strikes: null });
    const [jet] = read('A Russian warplane bombed the village of Kansafra.');
    expect(jet).toMatchObject({ type: 'airstrike', strikes: null });
  });
  it('reads the wounded told after the dead, the people named once', () => {
    const [p] = read('Three people were killed and 10 wounded when a car bomb exploded in Azaz.');
    expect(p).toMatchObject({ type: 'explosion', fatalities: 3, injuries: 10 });
  });
  it('reads a further figure (a further eight people) as that figure, not one', () => {
    const [p] = read(
      'A further eight people were wounded when government artillery shelled the village of Iblin on Sunday.',
    );
    expect(p).toMatchObject({ placeEn: 'Iblin', injuries: 8 });
    const [q] = read('Another 12 people were wounded when a car bomb exploded in Azaz.');
    expect(q).toMatchObject({ injuries: 12 });
  });
  it.skipIf(!geocoder)(
    'gives the toll of the event named again to that event, and the towns it also hit their own incidents',
    () => {
      const body =
        'Five civilians were killed on Sunday when government artillery shelled the village of Iblin. ' +
        'Rescuers said eight people were wounded in the shelling, which also hit the nearby towns of al-Bara and Kansafra.';
      // The eight went to al-Bara, a town the clause only said was hit too.
      expect(
        read(body)
          .map((p) => [p.placeEn, p.type, p.fatalities, p.injuries, p.date])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      ).toEqual([
        ['al-Bara', 'shelling', null, null, '2021-06-27'],
        ['Iblin', 'shelling', 5, 8, '2021-06-27'],
        ['Kansafra', 'shelling', null, null, '2021-06-27'],
      ]);
    },
  );
  it.skipIf(!geocoder)(
    'gives some of the dead told at a town (Six of the dead, all members of one family, were killed … in Saraqeb) to that town, the rest to the area',
    () => {
      const lead =
        'Russian and Syrian government air strikes killed at least nine civilians in Idlib province on Saturday. ';
      // All nine were put at Saraqib, or the six were lost.
      for (const then of [
        'Six of the dead were killed in the town of Saraqeb, it said.',
        'Six of the dead, all members of one family, were killed when their house in the town of Saraqeb was hit, it said.',
      ])
        expect(
          read(lead + then)
            .map((p) => [p.placeEn, p.fatalities])
            .sort(),
        ).toEqual([
          ['Idlib governorate', 3],
          ['Saraqib', 6],
        ]);
    },
  );
  it.skipIf(!geocoder)(
    'reads places told as among those targeted as the fire the sentence before told, not the earlier strike it came after',
    () => {
      const body =
        'Turkish drones hit Syrian government positions across Idlib on Friday night, killing at least 26 soldiers, a day after an air strike killed 33 Turkish troops near the village of Balyun. ' +
        'The monitor said government positions in Saraqeb and Kafr Nabl were among those targeted.';
      // They were read as an attack by the government (whose positions were the targets) on the
      // report's day.
      const towns = read(body).filter((p) => p.placeEn === 'Saraqib' || p.placeEn === 'Kafr Nabl');
      expect(towns.map((p) => [p.placeEn, p.type, p.actors, p.date]).sort()).toEqual([
        ['Kafr Nabl', 'airstrike', ['turkey'], '2021-06-25'],
        ['Saraqib', 'airstrike', ['turkey'], '2021-06-25'],
      ]);
    },
  );
  it.skipIf(!geocoder)('dates a clause after `while` to the event the clause before told', () => {
    const body =
      'Government helicopters dropped barrel bombs on the town of Kafr Nabl on Friday. ' +
      'Helicopters also dropped barrel bombs on the town of Hass, while clashes raged near the town of Khan Tuman.';
    // The clashes were put on the report's day.
    expect(
      read(body)
        .map((p) => [p.type, p.date])
        .sort(),
    ).toEqual([
      ['airstrike', '2021-06-25'],
      ['airstrike', '2021-06-25'],
      ['clash', '2021-06-25'],
    ]);
  });
  it('reads a bare figure told before when it happened (wounded 43 overnight, killed 3 on Sunday)', () => {
    const [p] = read(
      'Israeli air strikes on Masyaf killed at least 14 people and wounded 43 overnight.',
    );
    expect(p).toMatchObject({ type: 'airstrike', fatalities: 14, injuries: 43 });
    const [q] = read('Russian jets struck Sarmin, killing 3 on Sunday.');
    expect(q).toMatchObject({ type: 'airstrike', fatalities: 3 });
  });
  it('reads the killing of people, a family’s members, and leaves the victims’ side out', () => {
    const [p] = read(
      'Activists documented the killing of five HTS fighters in Russian strikes near Saraqib.',
    );
    expect(p).toMatchObject({ type: 'airstrike', fatalities: 5, actors: ['russia'] });
    const [family] = read('Russian jets struck Binnish at dawn, killing a family of three.');
    expect(family).toMatchObject({ fatalities: 3 });
  });
  it('reads an assassination as one killed unless it tells how many, an attempt as none', () => {
    const killed = (body: string) => read(body).map((p) => p.fatalities);
    expect(killed('Gunmen assassinated a commander in al-Bab on Monday.')).toEqual([1]);
    expect(killed('Gunmen assassinated two HTS members in Sarmada.')).toEqual([2]);
    expect(killed('A commander survived an assassination attempt in al-Bab.')).toEqual([null]);
  });
  it('names the factions by their own names', () => {
    const [p] = read('HTS seized the Bab al-Hawa crossing after clashes with Ahrar al-Sham.');
    expect(p).toMatchObject({ type: 'clash', actors: ['hts', 'opposition'] });
  });
  it('reads a toll told place by place, each place its own figure', () => {
    const tolls = (body: string) =>
      read(body)
        .map((p) => [p.placeEn, p.fatalities, p.injuries])
        .sort((a, b) => String(b[0]).localeCompare(String(a[0])));
    expect(
      tolls(
        'Russian airstrikes killed five civilians in Saraqib and three in al-Bara on Saturday.',
      ),
    ).toEqual([
      ['Saraqib', 5, null],
      ['al-Bara', 3, null],
    ]);
    expect(tolls('Regime shelling wounded four civilians in Kansafra and two in al-Bara.')).toEqual(
      [
        ['Kansafra', null, 4],
        ['al-Bara', null, 2],
      ],
    );
  });
  it('counts a parent and children hit as the verb’s object, and both sides’ dead told as a list', () => {
    expect(
      read(
        'A barrel bomb dropped by a regime helicopter killed a woman and her two daughters in Kafr Nabl.',
      )[0],
    ).toMatchObject({ fatalities: 3 });
    expect(read('Shells hit Ariha, wounding a man and his three sons.')[0]).toMatchObject({
      injuries: 4,
    });
    expect(
      read(
        'Jihadists attacked government forces, sparking fierce clashes near Kafr Nabuda that left 26 regime fighters and 35 jihadists dead.',
      )[0],
    ).toMatchObject({ type: 'clash', fatalities: 61 });
  });
  it('places an event told in the north-west in the part of it the clause names', () => {
    const [p] = read(
      'Syrian government forces shelled a Turkish observation post in northwest Syria, near Shir Maghar in Hama province, wounding two Turkish soldiers.',
    );
    expect(p).toMatchObject({ placeId: 'area-hama-governorate', injuries: 2, actors: ['regime'] });
  });
  it('reads what an event answered (in retaliation for …) as an event of its own, with its day, place and toll', () => {
    const found = read(
      'In Idlib, Turkish troops shelled Syrian government positions in the towns of Nayrab and Saraqib in retaliation for an attack that killed five Turkish soldiers at the Taftanaz air base on Monday.',
    ).map((p) => [p.type, p.placeEn, p.actors?.join('+'), p.fatalities, p.dateFromReport ?? false]);
    expect(found.sort()).toEqual(
      [
        // The reply: no day of its own (Monday is the attack's), at the two towns, not Idlib.
        ['shelling', 'Nayrab', 'turkey', null, true],
        ['shelling', 'Saraqib', 'turkey', null, true],
        ['attack', 'Taftanaz Air Base', 'unknown', 5, false],
      ].sort(),
    );
  });
  it('gives a toll told at one of the places struck to that place, not the first', () => {
    expect(
      tolls(
        'Russian jets struck the town of Sarmin and the city of Idlib, killing four civilians in Idlib.',
      ),
    ).toEqual([
      ['Sarmin', null],
      ['Idlib', 4],
    ]);
    expect(tolls('Russian jets struck Sarmin and Idlib, killing four civilians.')).toEqual([
      ['Sarmin', 4],
      ['Idlib', null],
    ]);
  });
  it.skipIf(!geocoder)(
    'gives a toll told in the next sentence, with no event of its own, to the event before',
    () => {
      const struck = 'Russian jets struck Kafr Nabl and Ariha on Tuesday.';
      // Place by place, each figure to its place.
      expect(
        tolls(`${struck} Five civilians died in Kafr Nabl and three in Ariha, rescuers said.`),
      ).toEqual([
        ['Kafr Nabl', 5],
        ['Ariha', 3],
      ]);
      expect(tolls(`${struck} At least five civilians died in Ariha.`)).toEqual([
        ['Kafr Nabl', null],
        ['Ariha', 5],
      ]);
      // No place told: the first's. The evidence spans both sentences, where the figure was read.
      const body = `${struck} Five civilians died, rescuers said.`;
      expect(tolls(body)).toEqual([
        ['Kafr Nabl', 5],
        ['Ariha', null],
      ]);
      expect(read(body)[0]!.evidence![0]!.end).toBe(body.length);
      // A total the sentence before gave its first place, shared out here: each place its share,
      // and the total not counted again.
      expect(
        tolls(
          'At least 18 civilians were killed in air strikes on the city of Idlib and the town of Maarat al-Numan on Monday. A market in Idlib city was hit in the afternoon, killing 11 people, while seven died in Maarat al-Numan.',
        ),
      ).toEqual([
        ["Maarrat al-Nu'man", 7],
        ['Idlib', 11],
      ]);
      // Not a tally over a period, nor the dead of another place or day: those are a toll of
      // their own (they were lost), the event's left as it was.
      expect(tolls(`${struck} More than 200 civilians have died since April.`)).toEqual([
        ['Kafr Nabl', null],
        ['Ariha', null],
      ]);
      const other = read(`${struck} Five civilians were killed in Sarmin on Monday.`);
      expect(other.map((p) => [p.type, p.placeEn, p.fatalities])).toEqual([
        ['other', 'Sarmin', 5],
        ['airstrike', 'Kafr Nabl', null],
        ['airstrike', 'Ariha', null],
      ]);
    },
  );
  it.skipIf(!geocoder)(
    'places a toll told in the next sentence at the towns it names inside the area struck',
    () => {
      const struck = 'Russian jets struck several towns in southern Idlib on Tuesday.';
      // Each town told is where strikes fell: an incident there, with its figure.
      expect(tolls(`${struck} Five civilians died in Kafr Nabl and three in Ariha.`)).toEqual([
        ['Kafr Nabl', 5],
        ['Idlib countryside (south)', null],
        ['Ariha', 3],
      ]);
      // A total told before keeps the others, so that no one is counted twice (14 = 5 + 3 + 6),
      // and its evidence takes in the sentence the shares were read from.
      const body =
        'At least 14 civilians were killed on Saturday in air strikes on the Idlib region. Five civilians died in the village of Kafr Nabl and three in the town of Maarat al-Numan.';
      expect(tolls(body)).toEqual([
        ["Maarrat al-Nu'man", 3],
        ['Kafr Nabl', 5],
        ['Idlib governorate', 6],
      ]);
      for (const p of read(body)) expect(p.evidence![0]!.end).toBe(body.length);
      // A town outside the area struck is not where it fell: a toll of its own there.
      expect(
        read(`${struck} Five civilians died in Afrin.`).map((p) => [
          p.type,
          p.placeEn,
          p.fatalities,
        ]),
      ).toEqual([
        ['airstrike', 'Idlib countryside (south)', null],
        ['other', 'Afrin', 5],
      ]);
    },
  );
  it.skipIf(!geocoder)(
    'keeps a campaign’s toll told of «the area» as a casualty toll at the area named before',
    () => {
      const struck = 'Russian jets struck Kafr Nabl in southern Idlib on Saturday.';
      const body = `${struck} The area has been under a military campaign since late April that has killed more than 300 civilians.`;
      const toll = read(body).find((p) => p.type === 'other')!;
      expect(toll).toMatchObject({ placeEn: 'Idlib countryside (south)', fatalities: 300 });
      expect([toll.date, toll.dateEnd]).toEqual(['2021-04-21', REPORT_DATE]);
      // Its evidence runs from the sentence that named the area to the toll.
      expect(toll.evidence![0]).toMatchObject({ start: 0, end: body.length });
      // A day's dead in the area are the strike's, not a campaign's.
      expect(tolls(`${struck} Five civilians died in the area, rescuers said.`)).toEqual([
        ['Kafr Nabl', 5],
      ]);
    },
  );
  it('reads a toll whose people are told apart between commas or brackets', () => {
    const [dead] = read(
      'Seven civilians, including three children, were killed in Russian air strikes on Kansafra.',
    );
    expect(dead).toMatchObject({ type: 'airstrike', fatalities: 7 });
    const [hurt] = read(
      'Twelve people (among them four women) were wounded when shells hit Ariha.',
    );
    expect(hurt).toMatchObject({ type: 'shelling', injuries: 12 });
  });
  it('reads a report of one endless sentence naming thousands of places whole', () => {
    const body =
      'Russian drones struck the village of Foo Bar in Ariha and the village of Baz Qux near Idlib, killing three civilians, '.repeat(
        400,
      );
    const incidents = read(body);
    // Each place is one incident however often it is named, and the unknown villages are
    // placed; Idlib, named only as what Baz Qux is near, is none.
    expect(incidents.map((p) => p.placeEn).sort()).toEqual([
      'Ariha',
      'Baz Qux, near Idlib outskirts',
      'Foo Bar, near Ariha',
    ]);
    expect(incidents.every((p) => p.actors!.join() === 'russia')).toBe(true);
  });
  it('does not count strikes, days or vehicles as people', () => {
    const [p] = read('Four airstrikes killed a civilian in Ariha two days ago.');
    expect(p).toMatchObject({ strikes: 4, fatalities: 1, injuries: null });
    const [convoy] = read('A convoy of 30 vehicles entered Idlib province.');
    expect(convoy).toMatchObject({ type: 'deployment', fatalities: null });
  });
});

describe.skipIf(!geocoder)('one drone strike told with its side', () => {
  it('is one strike (a Turkish drone strike), as a drone strike is', () => {
    expect(read('A Turkish drone strike killed two PKK members near Tal Rifaat.')).toEqual([
      expect.objectContaining({ event: 'drone-strike', strikes: 1, fatalities: 2 }),
    ]);
  });
});

describe.skipIf(!geocoder)('a parent told with the children', () => {
  it('counts the parent too (a woman and her two children: 3)', () => {
    expect(
      read('A woman and her two children were killed when a shell hit their home in Ariha.'),
    ).toEqual([expect.objectContaining({ fatalities: 3 })]);
  });
  it('counts a parent and one relative as two (a man and his daughter)', () => {
    expect(read('Russian jets struck Sarmin on Friday, killing a man and his daughter.')).toEqual([
      expect.objectContaining({ fatalities: 2 }),
    ]);
    expect(read('A woman and her son were killed when a shell hit their home in Ariha.')).toEqual([
      expect.objectContaining({ fatalities: 2 }),
    ]);
    expect(read('Russian jets struck Sarmin on Friday, wounding a man and his wife.')).toEqual([
      expect.objectContaining({ fatalities: null, injuries: 2 }),
    ]);
  });
});

describe.skipIf(!geocoder)('the dead told by how they were killed', () => {
  it('counts one shot dead or gunned down, however the clause is turned', () => {
    expect(read('Unidentified gunmen shot dead a man in Sarmada on Saturday.')).toEqual([
      expect.objectContaining({ type: 'attack', fatalities: 1 }),
    ]);
    expect(read('Gunmen gunned down two civilians in Sarmada on Saturday.')).toEqual([
      expect.objectContaining({ fatalities: 2 }),
    ]);
    expect(read('A man was shot dead in Sarmada on Saturday.')).toEqual([
      expect.objectContaining({ fatalities: 1 }),
    ]);
  });
});

describe.skipIf(!geocoder)('an event named again with the article (The strike hit …)', () => {
  it('is the event told before, moved from the governorate’s seat named bare to the town (near it: its outskirts)', () => {
    const found = read(
      'Thirty-three Turkish soldiers were killed in an air strike by Syrian government forces in Idlib on Thursday. Turkey retaliated by striking government targets. The strike hit near the village of Balyun in the Jabal al-Zawiya area.',
    );
    expect(found).toEqual([
      expect.objectContaining({
        type: 'airstrike',
        placeEn: 'Balyun outskirts',
        actors: ['regime'],
        date: '2021-06-24',
        fatalities: 33,
      }),
    ]);
    // Its evidence is the two sentences that tell it, not the one between them.
    expect(found[0]!.evidence).toHaveLength(2);
  });
  it('keeps the town told first, and dates a strike told to have hit elsewhere too', () => {
    const found = read(
      'Russian jets struck Sarmin on Thursday, killing four civilians. The strikes also hit Binnish.',
    );
    expect(found.map((p) => [p.placeEn, p.date, p.actors, p.fatalities])).toEqual([
      ['Sarmin', '2021-06-24', ['russia'], 4],
      ['Binnish', '2021-06-24', ['russia'], null],
    ]);
  });
});

describe.skipIf(!geocoder)('an event told as hours after another', () => {
  it('is an event of its own, with its own side, on the same day', () => {
    const found = read(
      'Regime forces and Iranian militias attacked rebel positions near Saraqib on Friday, hours after Russian jets struck Binnish.',
    );
    const strike = found.find((p) => p.type === 'airstrike');
    expect(strike).toMatchObject({ placeEn: 'Binnish', actors: ['russia'], date: '2021-06-25' });
  });
});

describe.skipIf(!geocoder)('ground taken (captured the town of …)', () => {
  it('is fighting, before the fire that came with it, with the toll of the day after it', () => {
    const found = read(
      'Syrian government forces captured the strategic town of Maarat al-Numan on Sunday, after weeks of heavy bombardment. At least 20 fighters on both sides were killed in the fighting around the town over the past 24 hours.',
    );
    expect(found).toEqual([
      expect.objectContaining({
        type: 'clash',
        placeEn: "Maarrat al-Nu'man",
        actors: ['regime'],
        date: '2021-06-27',
        fatalities: 20,
      }),
    ]);
  });
  it('is not fighters or soldiers captured', () => {
    expect(read('Rebels captured two soldiers near Saraqib on Monday.')[0]?.type).not.toBe('clash');
    expect(read('Rebels captured Russian soldiers near Saraqib on Monday.')[0]?.type).not.toBe(
      'clash',
    );
  });
});

describe.skipIf(!geocoder)('ground taken by storm, and where the losers fell back to', () => {
  const told = (body: string) => read(body).map((p) => [p.type, p.actors!.join('+'), p.placeEn]);
  it('reads a sweep into a city as fighting by the sides named', () => {
    expect(
      told(
        'Rebel fighters led by Hayat Tahrir al-Sham swept into most of Aleppo city on Saturday.',
      ),
    ).toEqual([['clash', 'hts+opposition', 'Aleppo']]);
  });
  it('is not fought where a side withdrew to', () => {
    expect(
      told(
        'The rebels captured the town of Maarat al-Numan, as government troops withdrew towards Hama.',
      ),
    ).toEqual([['clash', 'opposition+regime', "Maarrat al-Nu'man"]]);
  });
  it('has no side of the factions’ backer, nor of a teller named after it', () => {
    expect(
      told(
        'Turkey-backed factions of the Syrian National Army seized Tal Rifaat from Kurdish-led forces, a Turkish security source said.',
      ),
    ).toEqual([['clash', 'opposition+sdf', 'Tal Rifaat']]);
    expect(told('Turkey-backed factions seized Tal Rifaat from Kurdish-led forces.')).toEqual([
      ['clash', 'opposition+sdf', 'Tal Rifaat'],
    ]);
    expect(
      told('Rebels seized Tal Rifaat from Kurdish-led forces, a Turkish security source said.'),
    ).toEqual([['clash', 'opposition+sdf', 'Tal Rifaat']]);
  });
});

describe.skipIf(!geocoder)('an event told as coming a week after another with its own dead', () => {
  it('keeps its own toll: the dead of the earlier event are not its', () => {
    const ps = read(
      'Five Turkish soldiers were killed on Monday when Syrian government forces shelled a Turkish position near Taftanaz air base. The attack came a week after eight Turkish personnel were killed in Saraqeb.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.fatalities])).toEqual([
      ['shelling', 'Taftanaz Air Base outskirts', 5],
    ]);
  });
  it('reads an aircraft told as later shot down as downed, not as an air strike', () => {
    expect(
      read(
        'A government helicopter was later shot down over Nairab, east of Idlib city, killing its two crew members.',
      ).map((p) => [p.type, p.event, p.fatalities]),
    ).toEqual([['other', 'aircraft-downed', 2]]);
  });
});

describe.skipIf(!geocoder)('a place told as struck, with no weapon, after fire elsewhere', () => {
  it('is more of that kind of fire, its dead counted by the whole (two of the five)', () => {
    const ps = read(
      'Government artillery and Russian jets pounded Sarmada and al-Dana through the night. A market in Ariha was struck on Friday morning; two of the five people killed there were children.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.fatalities]).sort()).toEqual([
      ['airstrike', 'Ariha', 5],
      ['airstrike', 'Sarmada', null],
      ['airstrike', 'al-Dana', null],
      // The artillery's shelling, told with the jets.
      ['shelling', 'Sarmada', null],
      ['shelling', 'al-Dana', null],
    ]);
  });
});

describe.skipIf(!geocoder)('guns and aircraft told as one subject', () => {
  it('are an air strike and a shelling by the side that fires from the ground', () => {
    expect(
      read('Government artillery and Russian jets pounded Darat Izza on Thursday.').map((p) => [
        p.type,
        p.actors!.join('+'),
      ]),
    ).toEqual([
      ['airstrike', 'regime+russia'],
      ['shelling', 'regime'],
    ]);
  });
});

describe.skipIf(!geocoder)('a toll since a campaign began', () => {
  it('is over the days since, and no fight of its own at the place told before', () => {
    expect(
      englishDate(
        'Since the offensive began on April 30, more than 270 civilians have been killed',
        '2019-05-28',
      ),
    ).toEqual({ date: '2019-04-30', dateEnd: '2019-05-28', precision: 2 });
    const ps = read(
      'Rebels hit back with rocket fire on the government-held town of Suqaylabiyah in Hama province, killing two children. Since the offensive began on April 30, more than 270 civilians have been killed, according to the Observatory.',
    );
    // It was a fight in Hama province on 30 April, 270 killed.
    expect(ps.map((p) => [p.type, p.placeEn, p.fatalities])).toEqual([
      ['shelling', 'Suqaylabiyah', 2],
    ]);
  });
});

describe.skipIf(!geocoder)('a parent or a spouse told by their role after the verb', () => {
  it('is one person (wounding the father)', () => {
    expect(
      read(
        'A Russian drone struck a house in the village of Iblin on Wednesday, killing a woman and her three children and wounding the father.',
      ).map((p) => [p.fatalities, p.injuries]),
    ).toEqual([[4, 1]]);
  });
});

describe.skipIf(!geocoder)('the wounded told with whose they were', () => {
  it('counts them (Six members of the Syrian Civil Defence were injured), as the dead were', () => {
    expect(
      read(
        'Six members of the Syrian Civil Defence were injured on Thursday when regime forces targeted their vehicle near Kansafra.',
      ).map((p) => [p.actors!.join('+'), p.injuries]),
    ).toEqual([['regime', 6]]);
  });
});

describe.skipIf(!geocoder)('a bare figure told before where', () => {
  it('counts people (wounded 43 near the town of Masyaf)', () => {
    expect(
      read(
        'Israeli jets struck several military sites in central Syria late on Sunday. The strikes killed 14 people and wounded 43 near the town of Masyaf.',
      ).map((p) => [p.actors!.join('+'), p.placeEn, p.fatalities, p.injuries]),
    ).toEqual([['israel', 'Masyaf outskirts', 14, 43]]);
  });
});

describe.skipIf(!geocoder)('people of two kinds counted together', () => {
  it('sums both figures, dead and wounded alike', () => {
    expect(
      read(
        'Shells hit Qastoun on Wednesday, killing a teacher and three pupils and wounding a man and two boys.',
      ).map((p) => [p.fatalities, p.injuries]),
    ).toEqual([[4, 3]]);
    expect(
      read('Regime artillery pounded Ariha, killing two women and five children.').map(
        (p) => p.fatalities,
      ),
    ).toEqual([7]);
  });
});

describe.skipIf(!geocoder)(
  'a car told packed with explosives, and an attack counted among others',
  () => {
    it('reads the blast where it blew up, and no event of the count', () => {
      const ps = read(
        'Artillery shells fired by government forces landed near a school in the village of Qastoun on Wednesday, killing a teacher and three pupils, the UN children’s agency said. ' +
          'UNICEF’s regional director said the agency was "appalled" by the attack, the second on a school in northwest Syria this month. ' +
          'Separately, a car packed with explosives blew up at a checkpoint on the road between Idlib and Binnish, wounding five people.',
      );
      expect(ps.map((p) => [p.type, p.placeEn, p.fatalities, p.injuries])).toEqual([
        ['shelling', 'Qastun', 4, null],
        ['explosion', 'road between Idlib and Binnish', null, 5],
      ]);
    });
  },
);

describe.skipIf(!geocoder)('a side told by where it is (rebels in Idlib)', () => {
  it('places the event where it struck, not where the side is', () => {
    expect(
      read('Rebels in Idlib shelled the government-held town of Suqaylabiyah on Friday.').map(
        (p) => p.placeEn,
      ),
    ).toEqual(['Suqaylabiyah']);
    expect(
      read(
        'Insurgents in Idlib fired drones at the Russian air base of Hmeimim in Latakia province, which were intercepted.',
      ).map((p) => [p.event, p.placeEn]),
    ).toEqual([['aircraft-downed', 'Hmeimim Air Base']]);
    // Struck where they are: that place.
    expect(read('Russian jets struck rebels in Kansafra on Friday.').map((p) => p.placeEn)).toEqual(
      ['Kansafra'],
    );
  });
});

describe.skipIf(!geocoder)('a U.S. strike on jihadists', () => {
  it('is the coalition’s, its dead counted as jihadists, the acronym no sentence end', () => {
    expect(
      read(
        'A U.S. strike targeted a meeting of militants near Maarat Misrin on Friday, killing more than 40 jihadists.',
      ),
    ).toEqual([expect.objectContaining({ actors: ['coalition'], fatalities: 40 })]);
    expect(
      read('A US drone strike hit a car in Sarmada on Friday, killing two insurgents.'),
    ).toEqual([expect.objectContaining({ actors: ['coalition'], fatalities: 2 })]);
  });
});

describe.skipIf(!geocoder)('a wire report of strikes, fighting and their tolls', () => {
  it('keeps the side of a clause with «meanwhile» after its subject', () => {
    const ps = read('Regime forces meanwhile shelled the towns of Maarat al-Numan and Saraqib.');
    expect(ps.map((p) => p.actors)).toEqual([['regime'], ['regime']]);
  });
  it('adds the wounded of the strikes named again to the strike, not to a strike on Syria', () => {
    const ps = read(
      'Russian air strikes on a market in the city of Idlib killed at least 18 people on Friday. The Syrian Observatory said the strikes also wounded more than 30 people in the city, the capital of the last rebel bastion in Syria.',
    );
    expect(ps).toEqual([
      expect.objectContaining({
        placeEn: 'Idlib',
        date: '2021-06-25',
        actors: ['russia'],
        fatalities: 18,
        injuries: 30,
      }),
    ]);
    // The figure is seen where it was read: the evidence runs on to the second sentence.
    expect(ps[0]!.evidence![0]!.end).toBeGreaterThan(200);
  });
  it('reads a toll since a weekday as a span to the report, by the sides of the fighting told', () => {
    const ps = read(
      'Fighting between rival factions spread to the outskirts of Afrin on Friday. At least 12 people have been killed since the clashes erupted on Tuesday in the northern Aleppo countryside.',
    );
    expect(ps.find((p) => p.fatalities === 12)).toMatchObject({
      date: '2021-06-22',
      dateEnd: '2021-06-27',
      actors: ['opposition'],
    });
    expect(englishDate('killed since Tuesday', REPORT_DATE)).toEqual({
      date: '2021-06-22',
      dateEnd: REPORT_DATE,
      precision: 2,
    });
  });
  it('dates what came «a day after» the event the day before it, with its own side', () => {
    const ps = read(
      'Fighting between rival factions spread to the outskirts of Afrin on Friday, a day after Hayat Tahrir al-Sham fighters entered the town of Jandaris.',
    );
    expect(ps.map((p) => [p.placeEn, p.type, p.actors, p.date]).sort()).toEqual([
      ['Afrin outskirts', 'clash', ['opposition'], '2021-06-25'],
      ['Jindires', 'deployment', ['hts'], '2021-06-24'],
    ]);
  });
  it('reads no day from a weekday a state lasts until (a curfew until Saturday morning)', () => {
    expect(
      englishDate('imposed a curfew in the city of Latakia until Saturday morning', REPORT_DATE),
    ).toBeUndefined();
    expect(englishDate('from Tuesday until Friday', REPORT_DATE)).toEqual({
      date: '2021-06-22',
      dateEnd: '2021-06-25',
      precision: 2,
    });
  });
  it('sums both sides’ dead told as a list with whose they were (16 members of the security forces and 28 …)', () => {
    const [p] = read(
      'Security forces clashed with gunmen in the city of Jableh on Friday. At least 16 members of the security forces and 28 pro-Assad fighters were killed, the Observatory said.',
    );
    expect(p?.fatalities).toBe(44);
  });
  it('names no side by what came under fire (Russia’s Hmeimim air base came under a drone attack)', () => {
    const ps = read(
      "Russia's Hmeimim air base came under a drone attack on Saturday; the Russian military said its air defences downed all the drones.",
    );
    expect(ps.map((p) => [p.event ?? p.type, p.actors]).sort()).toEqual([
      ['aircraft-downed', ['russia']],
      ['drone-strike', ['unknown']],
    ]);
  });
  it('places and dates an event told first with no day where the next sentence names it again with its day', () => {
    const ps = read(
      'At least 33 Turkish soldiers have been killed in an air strike by Syrian government forces in Idlib, Turkish officials say. The strike late on Thursday near the village of Balyun was the deadliest attack on Turkish forces since 2016.',
    );
    expect(ps.map((p) => [p.placeEn, p.date, p.fatalities])).toEqual([
      ['Balyun outskirts', '2021-06-24', 33],
    ]);
  });
  it('counts back from the day told before after what sets a sentence apart (In a separate incident two days earlier)', () => {
    const ps = read(
      'A car bomb exploded in Idlib city on Tuesday, killing six people. In a separate incident two days earlier, a roadside bomb wounded three HTS members on the outskirts of Sarmada.',
    );
    expect(ps.map((p) => p.date).sort()).toEqual(['2021-06-20', '2021-06-22']);
  });
  it('counts on from the day told before (Two days later), and names no side for what was hit by a bomb', () => {
    const ps = read(
      'A Turkish military convoy was hit by a roadside bomb near the town of Ariha on Tuesday, wounding three soldiers. Two days later, Russian warplanes struck the town.',
    );
    expect(ps.map((p) => [p.type, p.actors, p.date, p.injuries])).toEqual([
      ['explosion', ['unknown'], '2021-06-22', 3],
      ['airstrike', ['russia'], '2021-06-24', null],
    ]);
    // Never past the report's day.
    const late = read('Russian jets struck Ariha on Friday. Ten days later, jets struck Sarmin.');
    expect(late.map((p) => p.date)).toEqual(['2021-06-25', '2021-06-27']);
  });
  it('reads ground taken told in the perfect, or counted (have taken control of more than 40 villages), as fighting', () => {
    expect(
      read('Government forces have taken control of more than 40 villages near Saraqib.').map(
        (p) => [p.type, p.actors, p.placeEn],
      ),
    ).toEqual([['clash', ['regime'], 'Saraqib outskirts']]);
    expect(
      read('Government forces seized control of Saraqib on Friday.').map((p) => p.type),
    ).toEqual(['clash']);
    // Not fighters captured.
    expect(read('Rebels captured 15 soldiers near Saraqib on Friday.')).toEqual([]);
  });
  it('keeps a toll told with no event and none before it as a casualty toll over its period, at each place it names', () => {
    const [p, ...more] = read(
      'Since 29 April, at least 160 civilians have reportedly been killed and more than 180,000 people displaced in northern Hama and southern Idlib governorates.',
    );
    expect(more).toEqual([]);
    expect(p).toMatchObject({
      type: 'other',
      placeEn: 'Hama countryside (north)',
      date: '2021-04-29',
      dateEnd: '2021-06-27',
      fatalities: 160,
    });
    expect(p?.alsoPlaces?.map((a) => a.placeEn)).toEqual(['Idlib countryside (south)']);
    // After an event, it is that event's.
    expect(
      read('Russian jets struck Ariha on Monday. Five people have reportedly been wounded.').map(
        (q) => [q.type, q.injuries],
      ),
    ).toEqual([['airstrike', 5]]);
  });
  it('reads a toll the teller hedges (were reportedly killed)', () => {
    const [p] = read(
      'Between 1 and 7 March, at least 23 civilians were reportedly killed and 70 injured by shelling and airstrikes in southern Idlib.',
    );
    expect([p?.fatalities, p?.injuries]).toEqual([23, 70]);
  });
  it('reads more of the fire told before (Strikes also hit) on its day, by its sides, at a town spelt as the wires spell it', () => {
    const ps = read(
      'Russian warplanes struck Ariha on Tuesday, killing four civilians. Strikes also hit Jisr al-Shugour.',
    );
    expect(ps.map((p) => [p.placeEn, p.type, p.actors, p.date, p.fatalities]).sort()).toEqual([
      ['Ariha', 'airstrike', ['russia'], '2021-06-22', 4],
      ['Jisr ash-Shughur', 'airstrike', ['russia'], '2021-06-22', null],
    ]);
  });
  it('dates the towns a lead told at its province tells next to its day, their dead among its own', () => {
    const ps = read(
      'Russian-backed Syrian government forces pounded towns in Idlib province on Thursday, killing at least 18 civilians, rescuers said. ' +
        'An air strike on a vegetable market in the city of Idlib killed 15 people, according to the White Helmets. ' +
        'Three more died in shelling on the town of Sarmin.',
    );
    expect(ps.map((p) => [p.placeEn, p.type, p.date, p.fatalities]).sort()).toEqual([
      ['Idlib governorate', 'shelling', '2021-06-24', null],
      ['Idlib', 'airstrike', '2021-06-24', 15],
      ['Sarmin', 'shelling', '2021-06-24', 3],
    ]);
    // Figures told before the part's event are its own, and the lead's area keeps the others.
    const parts = read(
      'Russian and Syrian airstrikes killed 12 civilians in southern Idlib on Friday. ' +
        'Four of them died in the village of Balyun, where a strike hit a house. A barrel bomb killed three in Kafr Nabl.',
    );
    expect(parts.map((p) => [p.placeEn, p.date, p.fatalities]).sort()).toEqual([
      ['Balyun', '2021-06-25', 4],
      ['Idlib countryside (south)', '2021-06-25', 5],
      ['Kafr Nabl', '2021-06-25', 3],
    ]);
    // A day of its own is its own; a town out of the province is no part of the lead.
    const apart = read(
      'Government forces pounded towns in Idlib province on Thursday, killing 18 civilians. ' +
        'An air strike hit Ariha on Saturday, killing two. Shelling killed one in Kafr Nabl.',
    );
    expect(apart.map((p) => [p.placeEn, p.date, p.fatalities]).sort()).toEqual([
      ['Ariha', '2021-06-26', 2],
      ['Idlib governorate', '2021-06-24', 18],
      ['Kafr Nabl', '2021-06-27', 1],
    ]);
  });
  it('lends a lead told with no day its sides for the towns told next on a day of their own, not its day', () => {
    const ps = read(
      'Russian air strikes have resumed in north-western Syria after a ten-day lull, activists say. ' +
        'Warplanes bombed the outskirts of Hish in southern Idlib on Friday evening, the Observatory reported.',
    );
    expect(ps.map((p) => [p.placeEn, p.actors, p.date]).sort()).toEqual([
      ['Hish outskirts', ['russia'], '2021-06-25'],
      ['Syria (north-west)', ['russia'], '2021-06-27'],
    ]);
  });
  it('lends no fight’s sides to the air strikes told in its towns next', () => {
    const ps = read(
      'Government forces captured more villages west of Aleppo on Saturday. ' +
        'At least nine civilians were killed in air strikes on the towns of Darat Izza and Atareb, the Observatory said.',
    );
    expect(ps.filter((p) => p.type === 'airstrike').map((p) => p.actors)).toEqual([
      ['unknown'],
      ['unknown'],
    ]);
  });
  it('reads the towns a lead told at the north-west tells next as its parts: its day, and its side on the ground', () => {
    const ps = read(
      'Syrian government forces and their Russian allies intensified shelling of rebel-held towns in northwest Syria on Saturday, residents said. ' +
        'Shells landed in the towns of Sarmada and Darat Izza, wounding at least five people, the White Helmets said.',
    );
    expect(ps.map((p) => [p.placeEn, p.date, p.actors, p.injuries]).sort()).toEqual([
      ['Darat Izza', '2021-06-26', ['regime'], null],
      ['Sarmada', '2021-06-26', ['regime'], 5],
      ['Syria (north-west)', '2021-06-26', ['regime', 'russia'], null],
    ]);
  });
  it('dates ground taken «in recent weeks» or «over the past few days» over them, not on the report’s day', () => {
    expect(
      englishDate('Regime forces have seized a string of towns in recent weeks', REPORT_DATE),
    ).toEqual({
      date: '2021-05-30',
      dateEnd: REPORT_DATE,
      precision: 2,
    });
    expect(englishDate('Strikes hit Ariha over the past few days', REPORT_DATE)).toEqual({
      date: '2021-06-20',
      dateEnd: REPORT_DATE,
      precision: 2,
    });
  });
  it('reads fire the event told before came with on its day, and the dead told with the wounded’s verb', () => {
    const ps = read(
      'Dozens of people were wounded and at least 12 killed when regime artillery shelled Ariha on Friday. ' +
        'The shelling coincided with Russian airstrikes on the outskirts of Kansafra.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.date, p.fatalities]).sort()).toEqual([
      ['airstrike', 'Kansafra outskirts', '2021-06-25', null],
      ['shelling', 'Ariha', '2021-06-25', 12],
    ]);
  });
  it('reads a week of strikes at an area with its dead as a casualty toll, not an air strike a week long', () => {
    const ps = read(
      'Russian and regime airstrikes killed 45 civilians in southern Idlib over the past week, the Observatory said.',
    );
    expect(ps.map((p) => [p.type, p.fatalities, p.dateEnd !== undefined])).toEqual([
      ['other', 45, true],
    ]);
  });
  it('reads seats named where their provinces are meant (elsewhere in Idlib and Hama, over Idlib) as the provinces, on «the same day» told before', () => {
    const ps = read(
      'Airstrikes on a market in the town of Maarat al-Numan killed at least 39 people on Monday, the White Helmets said. ' +
        'Another 11 people were killed in strikes elsewhere in Idlib and Hama on the same day.',
    );
    expect(ps.map((p) => [p.placeEn, p.date, p.fatalities]).sort()).toEqual([
      ['Hama governorate', '2021-06-21', null],
      ['Idlib governorate', '2021-06-21', 11],
      ["Maarrat al-Nu'man", '2021-06-21', 39],
    ]);
    expect(
      read('Turkey shot down a Syrian government warplane over Idlib on Tuesday.').map(
        (p) => p.placeEn,
      ),
    ).toEqual(['Idlib governorate']);
    expect(
      read('Russian jets struck targets in Idlib and Hama provinces on Sunday.')
        .map((p) => p.placeEn)
        .sort(),
    ).toEqual(['Hama governorate', 'Idlib governorate']);
    // Idlib named bare is the province English reports mean (`Idlib city` is the city); other
    // seats named bare are their cities.
    expect(read('Russian jets struck a market in Idlib on Sunday.').map((p) => p.placeEn)).toEqual([
      'Idlib governorate',
    ]);
    expect(
      read('Russian jets struck a market in Idlib city on Sunday.').map((p) => p.placeEn),
    ).toEqual(['Idlib']);
    expect(read('Russian jets struck a market in Hama on Sunday.').map((p) => p.placeEn)).toEqual([
      'Hama',
    ]);
  });
  it('reads fire from the air and the ground told as one as a shelling too, by the sides that fire from the ground', () => {
    const ps = read(
      'Turkish drones and artillery struck Syrian government positions near Saraqib on Saturday, killing at least 26 soldiers.',
    );
    expect(ps.map((p) => [p.type, p.actors, p.fatalities]).sort()).toEqual([
      ['airstrike', ['turkey'], 26],
      ['shelling', ['turkey'], null],
    ]);
    // Russia fires from the air only: no shelling of its own.
    expect(
      read('Russian jets and artillery struck Kafr Nabl on Saturday.').map((p) => [
        p.type,
        p.actors,
      ]),
    ).toEqual([['airstrike', ['russia']]]);
  });
  it('dates a sentence opening «Elsewhere,» with no day of its own on the day told before', () => {
    const ps = read(
      'A Russian airstrike on a crowded market in Ariha killed at least 12 people on Friday. ' +
        'Elsewhere, shelling by government forces killed two women in the village of Kansafra.',
    );
    expect(ps.map((p) => [p.placeEn, p.date]).sort()).toEqual([
      ['Ariha', '2021-06-25'],
      ['Kansafra', '2021-06-25'],
    ]);
    const own = read(
      'A Russian airstrike on Ariha killed 12 people on Friday. Elsewhere, on Saturday, shelling killed two women in Kansafra.',
    );
    expect(own.map((p) => [p.placeEn, p.date]).sort()).toEqual([
      ['Ariha', '2021-06-25'],
      ['Kansafra', '2021-06-26'],
    ]);
  });
  it('adds the other side’s dead told in a sentence of their own to the fight’s', () => {
    const dead = (more: string) =>
      read(`Regime fighters clashed with rebels near Saraqib on Saturday, killing 14. ${more}`).map(
        (p) => p.fatalities,
      );
    expect(dead('Twenty-one fighters on the other side were also killed, it said.')).toEqual([35]);
    // A toll retold is the larger figure, not a sum.
    expect(dead('Twenty-one fighters were killed in all, it said.')).toEqual([21]);
  });
  it('reads fire told by a participle after another’s as an event of its own, by the same subject', () => {
    const ps = read(
      'Syrian government forces stepped up their assault on Monday, capturing the town of Kafr Nabl and bombing the city of Ariha, a rebel official said.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors]).sort()).toEqual([
      ['airstrike', 'Ariha', ['regime']],
      ['clash', 'Kafr Nabl', ['regime']],
    ]);
  });
  it('reads an attack the side attacked says it met as the fight told before, whose toll may come next', () => {
    const ps = read(
      'Rebels launched a major offensive against government forces on Saturday, seizing several villages in the western Aleppo countryside. ' +
        'The Syrian army said it was confronting a "large-scale attack" by "terrorist organisations" and had inflicted heavy losses on them. ' +
        'At least 37 people, including 15 soldiers, were killed, a war monitor said.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors, p.fatalities])).toEqual([
      ['clash', 'Aleppo countryside (west)', ['opposition', 'regime'], 37],
    ]);
  });
  it('keeps a range’s lower figure, as an Arabic range is read (Between 10 and 15)', () => {
    expect(
      read(
        'Between 10 and 15 civilians were killed in Russian air strikes on Ariha on Monday.',
      ).map((p) => p.fatalities),
    ).toEqual([10]);
    expect(
      read(
        'Russian air strikes on Ariha on Monday killed between ten and fifteen civilians and wounded 20.',
      ).map((p) => [p.fatalities, p.injuries]),
    ).toEqual([[10, 20]]);
  });
  it('counts a contractor killed with soldiers (Six Turkish soldiers and a civilian contractor were killed)', () => {
    const [p] = read(
      'Six Turkish soldiers and a civilian contractor were killed on Monday when Syrian government forces shelled Turkish positions near the town of Saraqeb in Idlib province.',
    );
    expect(p?.fatalities).toBe(7);
    // The dead are Turkey's, not a side that fired.
    expect(p?.actors).toEqual(['regime']);
  });
  it('reads a night running into the next day (late Thursday and early Friday) as both days', () => {
    expect(englishDate('killed five people late Thursday and early Friday', REPORT_DATE)).toEqual({
      date: '2021-06-24',
      dateEnd: '2021-06-25',
      precision: 2,
    });
  });
  it('reads a day told after since (Since 29 April, since April 29) as the period from it to the report', () => {
    for (const text of ['Since 29 April, 160 were killed', '160 were killed since April 29'])
      expect(englishDate(text, REPORT_DATE)).toEqual({
        date: '2021-04-29',
        dateEnd: '2021-06-27',
        precision: 3,
      });
    expect(englishDate('160 were killed on 29 April', REPORT_DATE)).toEqual({
      date: '2021-04-29',
      precision: 1,
    });
  });
  it('reads since what began on a day (since the beginning of the military operation on 19 December) as the period from it', () => {
    expect(
      englishDate(
        'killed since the beginning of the military operation on 19 December',
        '2019-12-28',
      ),
    ).toEqual({ date: '2019-12-19', dateEnd: '2019-12-28', precision: 2 });
    expect(englishDate('The operation began on 19 December', '2019-12-28')).toEqual({
      date: '2019-12-19',
      precision: 1,
    });
  });
  it('reads two weekdays told together (on Thursday and Friday) as both days', () => {
    expect(englishDate('pounded towns on Thursday and Friday', REPORT_DATE)).toEqual({
      date: '2021-06-24',
      dateEnd: '2021-06-25',
      precision: 2,
    });
  });
  it('gives a toll told with an area’s event named again at its towns to the event, not the first town', () => {
    const ps = read(
      'Syrian and Russian warplanes pounded towns in Idlib province on Friday, killing at least 40 people. The strikes hit markets and a hospital in Idlib city, Jisr al-Shughur and Darat Izza, according to the White Helmets, who said more than 200 people were wounded.',
    );
    expect(ps.map((p) => [p.placeEn, p.fatalities, p.injuries]).sort()).toEqual([
      ['Darat Izza', null, null],
      ['Idlib governorate', 40, 200],
      ['Idlib', null, null],
      ['Jisr ash-Shughur', null, null],
    ]);
  });
  it('gives a family killed at a town of an area’s event named again its toll, the area keeping the others', () => {
    const ps = read(
      'Government airstrikes on a string of villages in northwestern Syria killed at least 12 people on Sunday. The strikes hit the towns of Kafr Nabl and Hass, the activists said, and a barrel bomb killed a father and his three children in the village of al-Habit.',
    );
    expect(ps.map((p) => [p.placeEn, p.fatalities]).sort()).toEqual([
      ['Hass', null],
      ['Hbit', 4],
      ['Kafr Nabl', null],
      ['Syria (north-west)', 8],
    ]);
  });
  it('takes no side from who backs one in a fight (backed by Russian air power)', () => {
    const [p] = read(
      'Syrian government forces backed by Russian air power captured the village of Kafr Nabudah on Friday after fighting with rebels.',
    );
    expect(p?.actors).toEqual(['opposition', 'regime']);
  });
  it('takes the side blamed for an attack, not the one that blames', () => {
    const [p] = read(
      'The Turkish defence ministry blamed the regime for the attack on its post near Saraqib on Friday.',
    );
    expect(p?.actors).toEqual(['regime']);
    expect(
      read(
        'The government blamed "terrorist organisations" for the attack in Saraqib on Friday.',
      )[0]?.actors,
    ).toEqual(['unknown']);
  });
  it('reads what came «days after» as days before, not the sentence’s, with its own sides', () => {
    const ps = read(
      'Air strikes on a busy market in the city of Idlib killed at least 18 people on Saturday, rescuers said, days after a ceasefire brokered by Russia and Turkey took effect.',
    );
    expect(ps.map((p) => [p.type, p.actors, p.date, p.dateEnd]).sort()).toEqual([
      ['agreement', ['russia', 'turkey'], '2021-06-19', '2021-06-24'],
      ['airstrike', ['unknown'], '2021-06-26', undefined],
    ]);
  });
  it('reads what came «a week after» as about a week before, with its own place: a post set up is told apart', () => {
    const ps = read(
      'Turkish troops set up a new observation post in al-Nayrab on Saturday, a week after regime forces shelled Saraqib.',
    );
    expect(ps.map((p) => [p.type, p.event, p.placeEn, p.actors, p.date]).sort()).toEqual([
      ['deployment', 'post-set-up', 'Nayrab', ['turkey'], '2021-06-26'],
      ['shelling', undefined, 'Saraqib', ['regime'], '2021-06-19'],
    ]);
    expect(classifyEnglish('The army established a military post near Morek')?.event).toBe(
      'post-set-up',
    );
    // A post named, not set up.
    expect(classifyEnglish('Turkish troops at the observation post in Morek')?.event).not.toBe(
      'post-set-up',
    );
  });
  it('reads fire named again by a noun any fire goes by («in the attack», «The strike») as the fire told before, at the place it names, with its toll and side', () => {
    const balyun = read(
      'At least 33 Turkish soldiers were killed in an air strike by Syrian government forces in Idlib on Thursday, a Turkish official said. The governor of Hatay said 33 soldiers had died and 32 were wounded in the attack near the town of Balyun.',
    );
    expect(balyun.map((p) => [p.type, p.placeEn, p.actors, p.fatalities, p.injuries])).toEqual([
      ['airstrike', 'Balyun outskirts', ['regime'], 33, 32],
    ]);
    const qah = read(
      'A missile attack on a displacement camp in north-west Syria has killed at least 12 people, rescue workers said. The strike on Sunday evening hit the Qah camp, close to the town of Atmeh. The White Helmets blamed the attack on government forces, who fired surface-to-surface missiles from positions in the countryside of Aleppo.',
    );
    expect(qah.map((p) => [p.type, p.placeEn, p.actors, p.fatalities])).toEqual([
      ['shelling', 'Qah', ['regime'], 12],
    ]);
  });
  it('reads an event said not to have been (no air strikes) as none, and a fight after «, though» on its own day near the town', () => {
    const ps = read(
      'The Observatory said there had been no air strikes since midnight on Thursday, though sporadic clashes broke out near the town of Saraqeb early on Friday, killing six government soldiers and nine rebels.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.date, p.fatalities])).toEqual([
      ['clash', 'Saraqib outskirts', '2021-06-25', 15],
    ]);
    expect(classifyEnglish('No one was killed when jets struck Ariha')?.type).toBe('airstrike');
  });
  it('gives the figures after what an event came after («, hours after a ceasefire …, killing eight») to the event, and reads «The raids» after air strikes as them', () => {
    const ps = read(
      'Syrian and Russian warplanes pounded Maarat al-Numan on Tuesday, hours after a Russian-brokered ceasefire was supposed to take effect, killing at least eight civilians. The raids targeted a market in the town.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.fatalities]).sort()).toEqual([
      ['agreement', "Maarrat al-Nu'man", null],
      ['airstrike', "Maarrat al-Nu'man", 8],
    ]);
  });
  it('reads a patrol cut short after protesters blocked the road as the patrol and a protest where they blocked it, and the patrol named again after as no patrol of its own', () => {
    const ps = read(
      'Russian and Turkish troops carried out their first joint patrol along the M4 highway in Idlib province on Sunday, but the patrol was cut short after protesters blocked the road near the town of Nairab, the ministry said. ' +
        'The ministry said radical groups had used civilians as human shields and the patrol route had been shortened.',
    );
    expect(ps.map((p) => [p.type, p.event, p.placeEn, p.actors]).sort()).toEqual([
      ['deployment', 'patrol', 'M4 Motorway', ['russia', 'turkey']],
      ['other', 'protest', 'Nayrab outskirts', ['unknown']],
    ]);
  });
  it('reads an air attack as an air strike, named again on the day it struck, moved to where its dead were killed, and the other side’s reply as an event of its own', () => {
    const ps = read(
      'At least 33 Turkish soldiers were killed in an air attack by Syrian government forces in Idlib province, a senior Turkish official said early on Sunday. ' +
        'Turkey responded by hitting Syrian government targets with drones and artillery, the defence ministry said. ' +
        'The attack on Saturday was the deadliest for Turkish troops since Ankara’s intervention in Syria began in 2016. ' +
        'Turkish officials said the soldiers were killed near the town of Balyun in southern Idlib.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors, p.date, p.fatalities]).sort()).toEqual([
      ['airstrike', 'Balyun outskirts', ['regime'], '2021-06-26', 33],
      ['airstrike', 'Idlib governorate', ['turkey'], '2021-06-27', null],
    ]);
  });
  it('reads an attack on ground a side holds, met by the other side («but were repelled by opposition fighters»), as one fight of both', () => {
    const ps = read(
      'Syrian regime forces on Sunday launched an attack on the rebel-held village of Kafr Nabudah in northern Hama, but were repelled by opposition fighters after hours of fighting. ' +
        'A spokesman said at least 25 regime fighters were killed.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors, p.fatalities])).toEqual([
      ['clash', 'Kafr Nabudah', ['opposition', 'regime'], 25],
    ]);
  });
  it('reads the clashes named again where they were (said the clashes … near the town of Saraqib began) as those told at the province, and the truce named again as the one told', () => {
    const ps = read(
      'A ceasefire brokered by Russia and Turkey in Idlib province appeared to be largely holding on Sunday, though a war monitor reported clashes in the south of the province overnight that killed 15 people. ' +
        'The Syrian Observatory for Human Rights said the clashes between government forces and insurgents near the town of Saraqib began shortly after the truce came into effect at midnight.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors, p.date, p.fatalities]).sort()).toEqual([
      ['agreement', 'Idlib governorate', ['russia', 'turkey'], '2021-06-27', null],
      ['clash', 'Saraqib outskirts', ['opposition', 'regime'], '2021-06-26', 15],
    ]);
  });
  it('moves a strike told at a province to the ground named again for it (a car travelling between the towns of Idlib and Binnish)', () => {
    const ps = read(
      'A drone strike believed to have been carried out by the U.S.-led coalition killed two militants in Idlib province on Thursday, a war monitor said. ' +
        'The strike targeted a car travelling between the towns of Idlib and Binnish, the monitor said.',
    );
    expect(ps.map((p) => [p.type, p.event, p.placeEn, p.geoPrecision, p.fatalities])).toEqual([
      ['airstrike', 'drone-strike', 'the area between Idlib and Binnish', 2, 2],
    ]);
  });
  it('reads fighters «neutralized» in quotes as the teller’s side’s attack, in the province a country’s possessive names, and arms told destroyed as no fire of theirs', () => {
    const ps = read(
      'Turkish security forces "neutralized" 21 regime soldiers in Syria\'s northwestern Idlib province, the Turkish National Defense Ministry said on Sunday. ' +
        'The ministry added that two tanks, two armored vehicles, and one howitzer belonging to the regime forces were destroyed.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors])).toEqual([
      ['attack', 'Idlib governorate', ['turkey']],
    ]);
    expect(
      classifyEnglish('Regime artillery pounded the town, and several houses were destroyed')?.type,
    ).toBe('shelling');
  });
  it('reads a governorate’s seat after a town with «in» (near the village of Kansafra in Idlib) as where the town is, no place of its own', () => {
    const at = (text: string) => read(text).map((p) => [p.placeEn, p.fatalities]);
    expect(
      at(
        'One Turkish soldier was killed in an attack by Syrian government forces on a Turkish observation post near the village of Kansafra in Idlib.',
      ),
    ).toEqual([['Kansafra outskirts', 1]]);
    expect(at('An air strike hit the village of Kansafra in Idlib on Thursday.')).toEqual([
      ['Kansafra', null],
    ]);
    // After the country's possessive too: a patrol on the M4 in Syria's Idlib is the M4's.
    expect(
      read(
        "Turkish and Russian troops held a joint patrol on the M4 highway in Syria's Idlib on Tuesday.",
      ).map((p) => p.placeEn),
    ).toEqual(['M4 Motorway']);
    // Tolls told town by town stay each town's.
    expect(at('Shelling killed three in Saraqib and two in Idlib.')).toEqual([
      ['Saraqib', 3],
      ['Idlib', 2],
    ]);
  });
  it('tells no event of what is «a matter of time», reads talks of no place after a seat named bare as on its governorate, and troops that re-entered a town as sent there', () => {
    const ps = read(
      'Turkish President Tayyip Erdogan said on Saturday a Turkish military operation in Syria\'s Idlib was "a matter of time" after talks with Russia failed to stop a Syrian government offensive. ' +
        'Russian and Turkish officials met in Moscow on Thursday and Friday but failed to reach an agreement.',
    );
    expect(ps.map((p) => [p.type, p.event, p.placeEn, p.actors, p.date, p.dateEnd])).toEqual([
      [
        'agreement',
        undefined,
        'Idlib governorate',
        ['russia', 'turkey'],
        '2021-06-24',
        '2021-06-25',
      ],
    ]);
    expect(
      read('Syrian troops re-entered the strategic town of Saraqib on Sunday.').map((p) => [
        p.type,
        p.placeEn,
        p.actors,
      ]),
    ).toEqual([['deployment', 'Saraqib', ['regime']]]);
  });
  it('reads a second strike told after the first («A second strike hit … Maar Shurin, killing two more») as more of it, by its side, with its two dead', () => {
    const ps = read(
      'Government air strikes on a market in the town of Maarat al-Numan killed at least 12 people on Friday, residents said. ' +
        'A second strike hit the nearby village of Maar Shurin, killing two more, they said.',
    );
    expect(ps.map((p) => [p.placeEn, p.actors, p.fatalities])).toEqual([
      ["Maarrat al-Nu'man", ['regime'], 12],
      ['Maar Shurin', ['regime'], 2],
    ]);
  });
  it('reads raids on a place told after air strikes («two others died in raids on the village of Jarjanaz») as more of them, the lead’s dead shared out', () => {
    const ps = read(
      'Air strikes by the Syrian regime and its Russian ally killed at least eight civilians in Idlib province on Wednesday. ' +
        'Six of the civilians were killed in strikes on the town of Talmenes, while two others died in raids on the village of Jarjanaz, the monitor said.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.fatalities]).sort()).toEqual([
      ['airstrike', 'Idlib governorate', null],
      ['airstrike', 'Jarjanaz', 2],
      ['airstrike', 'Talmenes', 6],
    ]);
  });
  it('reads «, as Russian jets struck …» as a clause of its own, its places and toll its own', () => {
    const ps = read(
      'By Friday, the fighters had reached the western edges of Aleppo city, as Russian jets struck the town of Atarib and the city of Idlib, killing at least 19 civilians.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.fatalities]).sort()).toEqual([
      ['airstrike', 'Atarib', 19],
      ['airstrike', 'Idlib', null],
    ]);
  });
  it('reads towns taken («taking several towns including Suran») as fighting, and forces sent after a fight («and sent reinforcements to … the city of Hama») as its side’s deployment to the city', () => {
    const ps = read(
      'The rebels advanced into Hama province on Monday, taking several towns including Suran. Government forces said they had repelled the attack near Hama and sent reinforcements to defend the city of Hama.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors]).sort()).toEqual([
      ['clash', 'Hama outskirts', ['regime']],
      ['clash', 'Suran', ['opposition']],
      ['deployment', 'Hama', ['regime']],
    ]);
    expect(read('The wounded were taken to hospitals in Idlib on Monday.')).toEqual([]);
  });
  it('counts one of a side killed («a member of Hayat Tahrir al-Sham was killed»)', () => {
    expect(
      read(
        'A member of Hayat Tahrir al-Sham was killed and two others were injured when a landmine exploded in the western countryside of Aleppo on Monday.',
      ).map((p) => [p.type, p.fatalities, p.injuries]),
    ).toEqual([['explosion', 1, 2]]);
  });
  it('dates what «The escalation comes a day after» to the day before, and a report named again to the period it covers', () => {
    expect(
      read(
        'Russian warplanes struck Kansafra on Thursday. The escalation comes a day after regime artillery shelled the town of Ariha, killing two civilians.',
      ).map((p) => [p.placeEn, p.date]),
    ).toEqual([
      ['Ariha', '2021-06-23'],
      ['Kansafra', '2021-06-24'],
    ]);
    const tally = read(
      'The Syrian Network for Human Rights documented the killing of 95 civilians in Syria in May 2021. In Idlib governorate, the report documented 23 civilian deaths.',
    ).find((p) => p.placeEn === 'Idlib governorate');
    expect([tally?.date, tally?.dateEnd, tally?.fatalities]).toEqual([
      '2021-05-01',
      '2021-05-31',
      23,
    ]);
  });
  it('reads those «neutralized» as the side hit, and soldiers «martyred» as killed', () => {
    expect(
      read(
        'The Turkish military neutralized 309 Assad regime soldiers in retaliatory strikes in Idlib on Friday.',
      ).map((p) => [p.actors, p.fatalities]),
    ).toEqual([[['turkey'], null]]);
    // With no other word of fire: the neutralizing is the event, Turkey's.
    expect(
      read(
        'The Turkish military neutralized 51 regime soldiers in Idlib in retaliation for an attack that killed five Turkish troops on Monday.',
      )
        .map((p) => [p.type, p.actors, p.fatalities])
        .sort(),
    ).toEqual([
      ['attack', ['turkey'], null],
      ['attack', ['unknown'], 5],
    ]);
    expect(
      read(
        'At least 34 Turkish soldiers were martyred in an airstrike by Assad regime forces in Idlib on Thursday.',
      ).map((p) => [p.actors, p.fatalities]),
    ).toEqual([[['regime'], 34]]);
  });
  it('reads «No casualties … in the strikes» as no event, the wounded «in the shelling of Ariha» as that shelling’s, and a place a side holds (, which controls most of Idlib,) as none', () => {
    const ps = read(
      'Regime forces shelled Ariha on Tuesday. Russian warplanes bombed the village of Balyun on Wednesday. No casualties were reported in the strikes, but three civilians were injured in the shelling of Ariha. Hayat Tahrir al-Sham, which controls most of Idlib, said its fighters had targeted regime positions near Kafr Nabl on Wednesday.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.date, p.injuries]).sort()).toEqual([
      ['airstrike', 'Balyun', '2021-06-23', null],
      ['attack', 'Kafr Nabl outskirts', '2021-06-23', null],
      ['shelling', 'Ariha', '2021-06-22', 3],
    ]);
  });
  it('reads a capital standing for its government («a figure Damascus denied») as no place', () => {
    expect(
      read(
        'Turkish jets struck 54 targets on Monday, killing 76 Syrian soldiers, a figure Damascus denied.',
      ).map((p) => p.placeEn),
    ).toEqual([]);
    expect(read('Russian jets struck Damascus on Monday.').map((p) => p.placeEn)).toHaveLength(1);
  });
  it('reads a fight «where clashes continued for a third day» as its own event over those days', () => {
    const ps = read(
      'Turkish troops also shelled government-held Saraqeb on Sunday, where clashes with rebels continued for a third day.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors, p.date, p.dateEnd]).sort()).toEqual([
      ['clash', 'Saraqib', ['opposition'], '2021-06-25', '2021-06-27'],
      ['shelling', 'Saraqib', ['turkey'], '2021-06-27', undefined],
    ]);
    expect(englishDate('shelled Ariha for the second consecutive day', REPORT_DATE)).toEqual({
      date: '2021-06-26',
      dateEnd: REPORT_DATE,
      precision: 2,
    });
  });
});

describe.skipIf(!geocoder)('a sentence telling another event at no known place', () => {
  it('is an event of its own in the area named before, not more of the event before’s toll', () => {
    const ps = read(
      'A Turkish drone strike near the town of Tal Rifaat in northern Aleppo province killed three SDF members on Friday. The SDF said Turkish artillery also shelled several villages in the Shahba region overnight, wounding a child.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors, p.fatalities, p.injuries]).sort()).toEqual([
      ['airstrike', 'Tal Rifaat outskirts', ['turkey'], 3, null],
      ['shelling', 'Aleppo countryside (north)', ['turkey'], null, 1],
    ]);
  });
  it('is a counter-attack at «the village» told before, by both sides, with the toll the teller adds', () => {
    const ps = read(
      'Syrian government forces captured the village of Kafr Nabudah in northern Hama on Friday after days of fighting with rebels. Rebels launched a counter-attack on Saturday and retook parts of the village, the Observatory said, adding that at least 27 fighters from both sides were killed.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.actors, p.date, p.fatalities]).sort()).toEqual([
      ['clash', 'Kafr Nabudah', ['opposition', 'regime'], '2021-06-25', null],
      ['clash', 'Kafr Nabudah', ['opposition', 'regime'], '2021-06-26', 27],
    ]);
  });
  it('leaves the toll a teller adds with no place to the event before (, adding that … were killed)', () => {
    const ps = read(
      'Syrian government forces captured the village of Kafr Nabudah in northern Hama on Friday. The Observatory said the fighting was fierce, adding that at least 27 fighters were killed.',
    );
    expect(ps.map((p) => [p.placeEn, p.fatalities])).toEqual([['Kafr Nabudah', 27]]);
  });
  it('is none when it names the event before after a preposition (damaged in the blast), though `also` is told', () => {
    const ps = read(
      'An improvised explosive device struck a joint Russian-Turkish patrol on the M4 highway near the village of Mushayrifa in Idlib province early Friday, lightly wounding three Russian servicemen, Russia’s defence ministry said. Turkish armoured vehicles were also damaged in the blast, the ministry added, blaming "terrorists" for the attack.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.geoPrecision, p.injuries])).toEqual([
      ['explosion', 'Mushayrifa, near M4 Motorway', 2, 3],
    ]);
  });
  it('is none when it tells what goes on or went on for years', () => {
    const ps = read(
      'A Turkish drone strike near the town of Tal Rifaat in northern Aleppo province killed three SDF members on Friday. The region has seen repeated fighting between rebels and Kurdish forces in recent years.',
    );
    expect(ps.map((p) => p.type)).toEqual(['airstrike']);
  });
  it('counts farmers, shepherds and students as people', () => {
    expect(
      read('A landmine exploded in a field east of Ariha on Friday, killing two farmers.'),
    ).toEqual([expect.objectContaining({ type: 'explosion', fatalities: 2 })]);
  });
});

describe.skipIf(!geocoder)('a deal that averted an offensive', () => {
  it('is the deal between its parties, not fighting with the side whose offensive it averted', () => {
    expect(
      read(
        'Russia and Turkey agreed on Friday in Sochi to set up a demilitarised zone in Idlib province, averting a government offensive.',
      ).map((p) => [p.type, p.event, p.actors]),
    ).toEqual([['agreement', 'deal', ['russia', 'turkey']]]);
    // A threat still tells no event, whatever comes after it.
    expect(read('Rebels said they would respond to any attack on Jabal al-Zawiya.')).toEqual([]);
  });
});

describe.skipIf(!geocoder)('the dead of a fight told in the next sentence', () => {
  it('are both sides’ summed, and the places the teller added after them are not where they fell', () => {
    const ps = read(
      'Hayat Tahrir al-Sham fighters clashed with members of the Hurras al-Din group in the town of Arab Said, west of Idlib city, on Friday night. Two HTS fighters and three from Hurras al-Din were killed, it said, adding that HTS later set up checkpoints around the nearby towns of Jisr al-Shughur and Darkush.',
    );
    expect(ps.map((p) => [p.type, p.fatalities])).toEqual([['clash', 5]]);
  });
  it('is where a side was, in a fight (clashed with militants in the village of Arab Said)', () => {
    const ps = read(
      'HTS fighters clashed with Hurras al-Din militants in the village of Arab Said west of Idlib.',
    );
    expect(ps.map((p) => [p.type, p.placeEn])).toEqual([['clash', 'Arab Said, near Idlib (west)']]);
  });
});

describe.skipIf(!geocoder)('air support and a teller’s own hit', () => {
  it('reads ground forces backed by jets as fighting, not an air strike', () => {
    expect(
      read(
        'Syrian government forces backed by Russian jets pressed an offensive in southern Idlib on Friday, capturing several villages.',
      ).map((p) => p.type),
    ).toEqual(['clash']);
  });
  it('does not make the teller whose post was targeted the side that fired', () => {
    expect(
      read(
        "Turkey's defence ministry said its observation post near Morek had been targeted on Friday.",
      ).map((p) => p.actors),
    ).toEqual([['unknown']]);
  });
});

describe.skipIf(!geocoder)(
  'fire told by its noun as what an event came after, with its own toll',
  () => {
    it('is an event of its own: the toll is its, not the first event’s', () => {
      const ps = read(
        'Turkish artillery pounded SDF positions near Tal Rifaat, after a rocket attack on Afrin killed a child and wounded four people on Monday.',
      );
      expect(
        ps.map((p) => [p.type, p.actors!.join('+'), p.placeEn, p.fatalities, p.injuries]).sort(),
      ).toEqual([
        ['shelling', 'turkey', 'Tal Rifaat outskirts', null, null],
        ['shelling', 'unknown', 'Afrin', 1, 4],
      ]);
      // The fire is the toll's own event when nothing was done before it.
      expect(
        read('Five civilians were killed after an air strike hit their house in Saraqeb.').map(
          (p) => [p.type, p.placeEn, p.fatalities],
        ),
      ).toEqual([['airstrike', 'Saraqib', 5]]);
    });
  },
);

describe.skipIf(!geocoder)('a reply and the forces a place is described by', () => {
  it('dates a reply told with no day of its own to the event it answered', () => {
    const ps = read(
      'A Turkish soldier was killed on Thursday when Syrian regime forces shelled a Turkish observation post near the town of Saraqib. Turkish artillery retaliated by striking regime targets around Saraqib and Maarat al-Numan.',
    );
    expect(ps.map((p) => [p.actors!.join('+'), p.placeEn, p.date]).sort()).toEqual([
      ['regime', 'Saraqib outskirts', '2021-06-24'],
      ['turkey', "Maarrat al-Nu'man", '2021-06-24'],
      // `around Saraqib`: its outskirts.
      ['turkey', 'Saraqib outskirts', '2021-06-24'],
    ]);
  });
  it('reads troops told as being where a strike hit (, where … were deployed) as no deployment', () => {
    expect(
      read(
        'On Thursday, Russian warplanes pounded the village of Balyun, where Turkish troops were deployed.',
      ).map((p) => p.type),
    ).toEqual(['airstrike']);
    expect(
      read('Turkish troops were deployed to the village of Balyun on Thursday.').map((p) => p.type),
    ).toEqual(['deployment']);
  });
});

describe.skipIf(!geocoder)(
  'a convoy told again, the base it reached, and a fight’s toll over days',
  () => {
    it('moves the convoy named again to the base it headed for, by its side and on its day; the place described after `, where` lends no day', () => {
      const ps = read(
        "Turkey sent a convoy of military vehicles into Syria's Idlib province overnight. The convoy crossed the border and headed towards the Taftanaz air base, where Turkey set up a new position last week. Five Turkish soldiers were killed at the base on Monday by Syrian government shelling.",
      );
      expect(
        ps.map((p) => [p.type, p.actors!.join('+'), p.placeEn, p.date, p.fatalities]).sort(),
      ).toEqual([
        ['deployment', 'turkey', 'Taftanaz Air Base', '2021-06-26', null],
        ['shelling', 'regime', 'Taftanaz Air Base', '2021-06-21', 5],
      ]);
    });
    it('reads the dead of the fight told before, since a day before it, as a toll over those days', () => {
      const ps = read(
        'In northern Hama, rebels launched a counteroffensive against government positions near Kafr Nabudah, recapturing the town. The monitor said 44 fighters from both sides had been killed in the clashes since Thursday.',
      );
      expect(ps.map((p) => [p.type, p.date, p.dateEnd, p.fatalities]).sort()).toEqual([
        ['clash', '2021-06-27', undefined, null],
        ['other', '2021-06-24', '2021-06-27', 44],
      ]);
    });
    it('reads what displaced people fled as no event', () => {
      expect(
        read(
          "Sarmada is packed with displaced people who fled the government's offensive last year.",
        ),
      ).toEqual([]);
    });
  },
);

describe.skipIf(!geocoder)('an event named again only as having come before another', () => {
  it('is the event told before, not a new one at the other’s place and day; a fight with the army named bare is with the regime', () => {
    const ps = read(
      'Russian and Syrian warplanes pounded villages in Jabal al-Zawiya on Friday, killing four civilians in the village of Ihsim. The strikes came a day after rebels launched an attack on army positions near the town of Kafr Nabl, in which some 20 soldiers were killed.',
    );
    expect(
      ps.map((p) => [p.type, p.actors!.join('+'), p.placeEn, p.date, p.fatalities]).sort(),
    ).toEqual([
      ['airstrike', 'regime+russia', 'Ihsim', '2021-06-25', 4],
      ['clash', 'opposition+regime', 'Kafr Nabl outskirts', '2021-06-24', 20],
    ]);
  });
});

describe.skipIf(!geocoder)('a barrel bomb told by no side', () => {
  it('is the regime’s, its own weapon until its fall', () => {
    const ps = read(
      'On Thursday, four people were killed when a barrel bomb hit a displacement camp near the town of Kafr Nabl.',
    );
    expect(ps.map((p) => [p.type, p.actors])).toEqual([['airstrike', ['regime']]]);
  });
});

describe.skipIf(!geocoder)('fire both ways amid a fight', () => {
  it('is a shelling of its own, between the sides of the fight, not the attackers’ alone', () => {
    const ps = read(
      'Opposition fighters attacked regime positions in the town of Kafr Nabl, amid an exchange of artillery fire.',
    );
    expect(ps.map((p) => [p.type, p.actors!.join('+'), p.placeEn]).sort()).toEqual([
      ['clash', 'opposition+regime', 'Kafr Nabl'],
      ['shelling', 'opposition+regime', 'Kafr Nabl'],
    ]);
  });
});

describe.skipIf(!geocoder)('the dead of the fight told last, past a sentence of no event', () => {
  it('go to that fight, not to the capital a leader warned', () => {
    const ps = read(
      'Fierce fighting raged around the town of Saraqeb on Wednesday as Syrian regime forces pressed an offensive. Turkish President Recep Tayyip Erdogan warned Damascus to pull back its forces by the end of February. At least 30 regime fighters and 25 rebels were killed in the fighting on Tuesday and Wednesday, the monitor said.',
    );
    // `around the town of Saraqeb` is its outskirts, as `في محيط مدينة سراقب` is.
    expect(ps.map((p) => [p.type, p.placeEn, p.fatalities])).toEqual([
      ['clash', 'Saraqib outskirts', 55],
    ]);
  });
  it('and of a raid named again (killed in the raid) go to that raid, not to a raid of their own at the province', () => {
    const ps = read(
      'U.S. special forces carried out a raid in the town of Sarmada in Idlib province on Saturday. Residents said the operation lasted two hours. The Syrian Observatory said nine people were killed in the raid.',
    );
    expect(ps.map((p) => [p.event, p.placeEn, p.date, p.fatalities])).toEqual([
      ['raid', 'Sarmada', '2021-06-26', 9],
    ]);
  });
});

describe.skipIf(!geocoder)('hours on from the event told before', () => {
  it('are its day (Later, Hours earlier), and the outskirts of the town named again are its outskirts', () => {
    const ps = read(
      'Russian jets struck the town of Ariha on Thursday. Later, artillery shelled the outskirts of the town, killing two. Hours earlier, a strike on the nearby village of Maar Shurin killed a family of five.',
    );
    expect(ps.map((p) => [p.type, p.placeEn, p.date, p.fatalities]).sort()).toEqual([
      ['airstrike', 'Ariha', '2021-06-24', null],
      ['airstrike', 'Maar Shurin', '2021-06-24', 5],
      ['shelling', 'Ariha outskirts', '2021-06-24', 2],
    ]);
  });
});

describe.skipIf(!geocoder)('a toll told as risen, and what had been done before a fight', () => {
  it('reads the toll risen or raised to a figure, and not a figure of the wounded as the dead', () => {
    for (const [text, dead, hurt] of [
      ['Jets struck Saraqib, raising the death toll to 15.', 15, null],
      ['Jets struck Saraqib. The number of dead climbed to 20.', 20, null],
      ['Jets struck Saraqib, bringing the toll to 9 dead and 30 wounded.', 9, 30],
      ['The toll in Saraqib rose to 12 after jets struck the market.', 12, null],
      ['Jets struck Saraqib. The toll rose to 30 wounded.', null, null],
    ] as const)
      expect(
        read(text).map((p) => [p.fatalities, p.injuries]),
        text,
      ).toEqual([[dead, hurt]]);
  });
  it('reads a fight, not what had been done before it, nor its doer as a side', () => {
    expect(
      read(
        'Fighting erupted around Saraqib on Thursday after Turkey had given the regime a deadline to withdraw.',
      ).map((p) => [p.type, p.actors]),
    ).toEqual([['clash', ['unknown']]]);
    expect(
      read(
        'Turkish forces clashed with regime troops around Saraqib after the regime had shelled a Turkish post.',
      ).map((p) => [p.type, p.actors]),
    ).toEqual([['clash', ['regime', 'turkey']]]);
  });
});

describe('a day in figures with its year', () => {
  it('is read day first, or month first when the second figure cannot be a month', () => {
    for (const text of [
      'Jets struck Saraqib on 24/06/2021',
      'Jets struck Saraqib on 24-6-2021',
      'Jets struck Saraqib on 24.06.2021',
      'Jets struck Saraqib on 2021-06-24',
      'Jets struck Saraqib on 06/24/2021',
    ])
      expect(englishDate(text, REPORT_DATE), text).toEqual({ date: '2021-06-24', precision: 1 });
    expect(englishDate('Jets struck Saraqib on 13/13/2021', REPORT_DATE)).toBeUndefined();
  });
});

describe.skipIf(!geocoder)(
  'ground taken told by a string of villages, and what came a day before',
  () => {
    it('reads a string of villages taken, and the villages taken a day before, not the town they lie near', () => {
      const ps = read(
        'Syrian government forces captured a string of villages west of Aleppo on Monday. The advances came a day after troops seized Urum al-Kubra and Kafr Naha, two villages near the key town of Atareb.',
      );
      expect(ps.map((p) => [p.type, p.placeEn, p.date]).sort()).toEqual([
        ['clash', 'Aleppo (west)', '2021-06-21'],
        ['clash', 'Urum al-Kubra', '2021-06-20'],
      ]);
    });
    it('reads the event told before, named again as the latest of many, as no event of its own', () => {
      const ps = read(
        'Five children were killed on Wednesday when a strike hit their school in Sarmin. The attack is the latest in a series that have damaged more than 50 schools in northwest Syria since the beginning of the year.',
      );
      expect(ps.map((p) => [p.type, p.placeEn])).toEqual([['airstrike', 'Sarmin']]);
    });
  },
);

describe.skipIf(!geocoder)('one person named as someone’s by their role', () => {
  it('is one dead or wounded (killing its driver), and passengers are people', () => {
    expect(
      read('A drone struck a car in the town of Sarmada, killing its driver.').map((p) => [
        p.fatalities,
        p.injuries,
      ]),
    ).toEqual([[1, null]]);
    expect(
      read(
        'A drone struck a car in the town of Sarmada, wounding its driver and killing two passengers.',
      ).map((p) => [p.fatalities, p.injuries]),
    ).toEqual([[2, 1]]);
    expect(
      read('Rebels downed a helicopter over the town of Nayrab, killing its two pilots.').map(
        (p) => p.fatalities,
      ),
    ).toEqual([2]);
  });
});

describe.skipIf(!geocoder)('infighting and a release', () => {
  it('reads infighting as a clash of both, and a release as no arrest of the day', () => {
    expect(
      read(
        'Infighting between HTS and the Nour al-Din al-Zenki movement in the town of Darat Izza killed five fighters.',
      ).map((p) => [p.type, p.actors, p.fatalities]),
    ).toEqual([['clash', ['hts', 'opposition'], 5]]);
    expect(
      read(
        'HTS released the activist on Sunday after two months in detention in the city of Idlib.',
      ),
    ).toEqual([]);
  });
});

describe.skipIf(!geocoder)('a toll with no event, shared out town by town', () => {
  it('gives each town its share when the shares add up, else keeps the total whole', () => {
    const tolls = (text: string) =>
      read(text)
        .map((p) => [p.placeEn, p.fatalities])
        .sort();
    expect(
      tolls(
        'The Syrian Observatory said eight civilians were killed across Idlib on Thursday: five in Ariha and three in Sarmin.',
      ),
    ).toEqual([
      ['Ariha', 5],
      ['Sarmin', 3],
    ]);
    expect(
      tolls(
        'The Syrian Observatory said eight civilians were killed in Idlib province on Thursday: five in Ariha and three in Sarmin.',
      ),
    ).toEqual([
      ['Ariha', 5],
      ['Sarmin', 3],
    ]);
    expect(
      tolls(
        'The Syrian Observatory said eight civilians were killed in Idlib province on Thursday: five in Ariha and two in Sarmin.',
      ),
    ).toEqual([['Ariha', 8]]);
  });
});

describe.skipIf(!geocoder)('drones told otherwise, and the people they hit', () => {
  // WRITTEN FOR TESTS, after the shapes of Civil Defence and wire reports of drone strikes.
  const one = (body: string) => {
    const [p] = read(body);
    return p && [p.type, p.event, p.actors, p.fatalities, p.injuries];
  };
  it('reads an unmanned aircraft as a drone, and its owner told after it as who struck', () => {
    expect(
      one('An unmanned aircraft of the international coalition struck a car near Sarmada.'),
    ).toEqual(['airstrike', 'drone-strike', ['coalition'], null, null]);
    expect(one('A drone belonging to the US-led coalition struck a car near Sarmada.')).toEqual([
      'airstrike',
      'drone-strike',
      ['coalition'],
      null,
      null,
    ]);
    // An unmanned aerial vehicle told no event at all.
    expect(one('An unmanned aerial vehicle struck a car near Sarmada.')?.[1]).toBe('drone-strike');
    // A side after a verb and `of` is what was hit.
    expect(one('A drone hit positions of HTS near Sarmada.')?.[2]).toEqual(['unknown']);
  });
  it('counts one person whose identity is not known, and "another" as one more', () => {
    expect(
      one(
        'One person whose identity was not known was killed when a drone struck his car in Sarmada.',
      )?.[3],
    ).toBe(1);
    expect(
      one('A drone attacked the town of Sarmada, killing a young man and wounding another.'),
    ).toEqual(['airstrike', 'drone-strike', ['unknown'], 1, 1]);
    // `another five` is a figure.
    expect(one('A drone attacked Sarmada, killing one man and wounding another five.')?.[4]).toBe(
      5,
    );
  });
  it('reads a drone shot down with the drone told between the verb and down', () => {
    expect(
      read(
        'Suicide drones attacked Maarrat al-Nasan, killing a young man, after residents shot one of the drones down.',
      ).map((p) => p.event),
    ).toContain('aircraft-downed');
  });
  it('keeps the attack when a drone downed is told as what it came after', () => {
    // The downing alone was read, the attack and its dead lost.
    expect(
      read(
        'Suicide drones attacked Maarrat al-Nasan, killing a young man and wounding another, after residents shot down one of the drones.',
      )
        .map((p) => [p.event, p.fatalities])
        .sort(),
    ).toEqual([
      ['aircraft-downed', null],
      ['drone-strike', 1],
    ]);
  });
});

describe.skipIf(!geocoder)('a toll the event came after', () => {
  it('is an earlier event’s, up to the next comma', () => {
    const toll = (body: string) => {
      const [p] = read(body);
      return p && [p.fatalities, p.injuries];
    };
    // WRITTEN FOR TESTS. The young man wounded before was read as the landmine's.
    expect(
      toll(
        'A man was killed on Monday by a landmine on the outskirts of al-Bara, after a child was killed and a young man wounded in one incident and four others were wounded in another.',
      ),
    ).toEqual([1, null]);
    expect(
      toll(
        'Regime forces shelled Sarmada after two soldiers were killed in an attack, killing three civilians.',
      ),
    ).toEqual([3, null]);
    // What the event itself did, told before `after`, is its own.
    expect(
      toll('Five civilians were killed after an air strike hit their house in Sarmada.'),
    ).toEqual([5, null]);
  });
});

describe.skipIf(!geocoder)('bombings in towns of northern Aleppo, told in English', () => {
  // WRITTEN FOR TESTS, after the shapes of local news of car bombs in al-Bab and Azaz.
  const one = (body: string) => {
    const [p] = read(body);
    return p && [p.placeEn, p.date, p.fatalities, p.injuries];
  };
  it('counts one person named by a post of a body', () => {
    expect(
      one(
        'The director of a relief organisation was killed on Friday when a bomb planted in his car exploded in al-Bab.',
      ),
    ).toEqual(['al-Bab', '2021-06-25', 1, null]);
    expect(
      one(
        "A member of the National Army's public relations office was killed on Friday when his car was targeted with an explosive device in al-Bab.",
      )?.[2],
    ).toBe(1);
  });
  it('counts him with his children, and places no blast at a mosque’s name', () => {
    expect(
      one(
        'A bomb blew up in the car of a commander in Azaz on Friday, wounding him and his two children.',
      )?.[3],
    ).toBe(3);
    // `Fatima al-Zahraa` is a woman's name: the blast was not in the village of al-Zahraa.
    expect(
      read('A bomb exploded on Friday behind the Fatima al-Zahraa mosque in central al-Bab.').map(
        (p) => p.placeEn,
      ),
    ).toEqual(['al-Bab']);
  });
  it('reads the day of this month or the last told by its ordinal, and no day a month lacks', () => {
    // Sunday 27 June 2021.
    expect(englishDate('On the 10th of this month, a man was shot in al-Bab', REPORT_DATE)).toEqual(
      { date: '2021-06-10', precision: 1 },
    );
    expect(englishDate('on the 3rd of last month', REPORT_DATE)).toEqual({
      date: '2021-05-03',
      precision: 1,
    });
    // 31 February was read as 3 March.
    expect(englishDate('Shelling hit Ariha on 31 February', REPORT_DATE)).toBeUndefined();
  });
});

describe.skipIf(!geocoder)('a day of Russian strikes told by a wire', () => {
  // WRITTEN FOR TESTS, after the shapes of wire reports of a market struck.
  it('names the side the tellers blame, lends it to "the planes" told after a sideless strike, and reads the outskirts of two villages', () => {
    const incidents = read(
      [
        'An air strike early on Sunday on a vegetable market in Jisr al-Shughur killed at least nine people, first responders said, blaming Russian jets.',
        'One civilian was killed in a strike on the outskirts of Idlib city.',
        'The planes also struck the outskirts of Binnin and Sarja in Jabal al-Zawiya.',
      ].join(' '),
    );
    expect(incidents.map((p) => [p.placeEn, p.actors]).sort()).toEqual([
      ['Binnin, near Jabal al-Zawiya', ['russia']],
      // A strike with no side or day of its own goes on with the fire told before it.
      ['Idlib outskirts', ['russia']],
      ['Jisr ash-Shughur', ['russia']],
      ['Sarja, near Jabal al-Zawiya', ['russia']],
    ]);
  });
});

describe.skipIf(!geocoder)(
  'shelling told as two clauses, the second naming villages in a district',
  () => {
    it('lends the first clause’s side, finds the villages after the verb, and the district holds them', () => {
      // WRITTEN FOR TESTS. Maranaz was lost, Sharran and Afrin were towns struck, and the second
      // clause had no side.
      expect(
        read(
          'Turkish forces shelled the outskirts of Tal Rifaat, while artillery fire hit Maranaz and al-Malikiyah in the Sharran district of Afrin.',
        )
          .map((p) => [p.placeEn, p.actors])
          .sort(),
      ).toEqual([
        ['Maranaz, near Sharan district', ['turkey']],
        ['Tal Rifaat outskirts', ['turkey']],
        ['al-Malikiyah, near Sharan district', ['turkey']],
      ]);
    });
  },
);

describe.skipIf(!geocoder)(
  'violence against one person, told by what was found or done to him',
  () => {
    const one = (body: string) => {
      const [p] = read(body);
      return p && [p.type, p.event, p.actors, p.fatalities, p.date];
    };
    it('reads a death under torture as an attack by whose prison it was, on the day told', () => {
      // WRITTEN FOR TESTS. It was an arrest, of no side.
      expect(
        one(
          'A young man died under torture in an HTS prison on Friday, a month after he was arrested in Salqin.',
        ),
      ).toEqual(['attack', undefined, ['hts'], 1, '2021-06-25']);
    });
    it('reads a body found shot as one dead in an attack', () => {
      // It was no event.
      expect(
        one('Residents found the body of a young man shot in the head near Sarmada on Friday.'),
      ).toEqual(['attack', undefined, ['unknown'], 1, '2021-06-25']);
    });
  },
);

describe.skipIf(!geocoder)('fire told by where it came from', () => {
  it('is by the side holding it, and a city’s quarter is in the city', () => {
    // WRITTEN FOR TESTS. It was no one's; the quarter made the whole governorate its place.
    expect(
      read('A rocket fired from rebel-held areas hit the Hamdaniyah district of Aleppo city.').map(
        (p) => [p.type, p.actors, p.placeEn],
      ),
    ).toEqual([['shelling', ['opposition'], 'Aleppo']]);
  });
});

describe.skipIf(!geocoder)('a day of drone attacks told by a wire, then its parts', () => {
  it('reads both countrysides, the villages after the verb of fire, and lends the day’s side to its parts', () => {
    // WRITTEN FOR TESTS, after the shapes of reports of a day's suicide drone attacks.
    const ps = read(
      [
        'Regime forces carried out 11 suicide drone attacks on homes and cars in the countryside of Idlib and Aleppo on Saturday.',
        'The largest share hit Qastoun in the Ghab plain, with four drones that struck homes and farmland.',
        'In Jabal al-Zawiya, six drones struck Shinan, Fariqa and the outskirts of Deir Sunbul.',
        'Artillery shelling from areas jointly held by regime forces and the SDF hit the town of Anab in the Afrin countryside.',
      ].join(' '),
    );
    expect(ps.map((p) => [p.placeEn, p.actors]).sort()).toEqual([
      ['Anab, near Afrin countryside', ['regime', 'sdf']],
      ['Deir Sunbul, near Shinan', ['regime']],
      ['Fariqa, near Shinan', ['regime']],
      ['Idlib countryside', ['regime']],
      ['Qastun', ['regime']],
      ['Shinan', ['regime']],
    ]);
    // The countryside of Idlib and Aleppo is no attack on Aleppo city (it was the only place).
    expect(ps.map((p) => p.placeEn)).not.toContain('Aleppo');
  });
});

describe.skipIf(!geocoder)('drones counted by the number that struck', () => {
  it('reads them as the strikes, as the Arabic reading does', () => {
    // WRITTEN FOR TESTS. The strikes were not counted.
    expect(
      read('About 15 FPV suicide drones attacked the town of Maarrat al-Nasan, killing a man.')[0]
        ?.strikes,
    ).toBe(15);
    expect(read('Russian jets carried out five airstrikes on Ariha.')[0]?.strikes).toBe(5);
  });
});
