import { describe, expect, it } from 'vitest';
import { latinKey, latinWords } from './english';
import { realGazetteer } from './fixtures/loadFixtures';
import { createGeocoder } from './index';

const gazetteer = realGazetteer();
const geocoder = gazetteer && createGeocoder(gazetteer);
/** The places an English text names: id and the words the mention spans. */
const places = (text: string, unresolved?: Map<string, number>) =>
  geocoder!.findMentionsEn(text, { unresolved }).map((m) => [m.placeId, m.surface]);

describe('English words as the name index folds them', () => {
  it('drops accents and apostrophes, doubles and the forms of the Arabic article', () => {
    expect(latinKey("Ma'arrat")).toBe(latinKey('Maarat'));
    expect(latinKey('ash')).toBe('al');
    // The ة written with an h or without: `al-Lataminah`, `al-Latamina`.
    expect(latinKey('Lataminah')).toBe(latinKey('Latamina'));
    expect(latinKey('Hamah')).toBe(latinKey('Hama'));
    expect(latinKey('El')).toBe('al');
    expect(latinKey('Şūrān')).toBe('suran');
  });
  it('cuts a possessive off its name and keeps where each word stands', () => {
    const words = latinWords('in Idlib’s countryside');
    expect(words.map((w) => w.key)).toEqual(['in', 'idlib', 'countryside']);
    expect(words[1]).toMatchObject({ start: 3, end: 8, capital: true });
  });
});

describe.skipIf(!geocoder)('names spelt otherwise than the gazetteer writes them', () => {
  it('are found by their consonants, each standing for one place only, less surely', () => {
    const found = geocoder!.findMentionsEn(
      'Regime forces fired rockets on Kansfara, Kafr Nobl, Besqala and Ahsam in Jabal al-Zawiyah.',
    );
    expect(found.map((m) => [m.surface, m.nameEn])).toEqual([
      ['Kansfara', 'Kansafra'],
      ['Kafr Nobl', 'Kafr Nabl'],
      ['Besqala', 'Basqala'],
      ['Ahsam', 'Ihsim'],
      ['Jabal al-Zawiyah', 'Jabal al-Zawiya'],
    ]);
    // A spelling the gazetteer holds is surer than one only its consonants match.
    expect(found[0]!.confidence).toBeLessThan(found[4]!.confidence);
  });
  it('are not the place a name’s second word names, after a head that makes another name (the Abu Dali area is not Dali)', () => {
    const ids = (text: string) => geocoder!.findMentionsEn(text).map((m) => m.nameEn);
    expect(ids('Fighting in the Abu Dali area, south of Maarat al-Numan.')).not.toContain(
      'Ad Daliyah',
    );
    expect(ids('Fighting in Dali.')).toEqual(['Ad Daliyah']);
  });
  it('are not another place that only shares their consonants, voweled otherwise (Surman is not Sarmin)', () => {
    const found = geocoder!.findMentionsEn(
      'One Turkish soldier was killed near the village of Surman in Idlib. Shelling hit Maarat Numan.',
    );
    expect(found.map((m) => m.placeId)).not.toContain(
      geocoder!.findMentionsEn('Sarmin')[0]!.placeId,
    );
    expect(found.find((m) => m.surface === 'Surman')?.unresolved).toBe(true);
    expect(found.find((m) => m.surface === 'Maarat Numan')?.nameEn).toBe("Maarrat al-Nu'man");
  });
  it('never match the names of people, groups and outlets news capitalises', () => {
    const text = [
      'Fighters of Hayat Tahrir al-Sham, Ahrar al-Sham, Faylaq al-Sham and Jaish al-Izza clashed.',
      'Bashar al-Assad, Suheil al-Hassan, Abu Amsha, Sergei Lavrov and Hulusi Akar met.',
      'The Syrian National Army, the Hamza Division and the Levant Front fought.',
      'Sources told Enab Baladi, Step News Agency, Orient News, Sham Network and Baladi News.',
      'Meanwhile, Regime, Russian, Turkish and Iranian officials talked on Sunday in March.',
    ].join(' ');
    expect(places(text)).toEqual([]);
  });
});

describe.skipIf(!geocoder)('places named in English (the real gazetteer)', () => {
  it('finds towns by their English names and the spellings news uses', () => {
    expect(places('Warplanes struck Kafr Nabl, Kafranbel and Ariha.')).toEqual([
      ['gn-168661', 'Kafr Nabl'],
      ['gn-168661', 'Kafranbel'],
      ['gn-172994', 'Ariha'],
    ]);
    // Transliterations differ in the article, doubled letters and apostrophes.
    expect(
      places('Shelling hit Jisr al-Shughur and Ma’arrat al-Nu’man.').map(([id]) => id),
    ).toEqual(['gn-169023', 'gn-167611']);
    // The article written small and hyphened is the name's (`al-Latamina`, the ة without h);
    // a small English word before a name is not (`at Bab al-Hawa` is no al-Bab).
    expect(places('Barrel bombs hit al-Latamina and Kafr Zita.')).toEqual([
      ['nwsy-latamna', 'al-Latamina'],
      ['gn-168620', 'Kafr Zita'],
    ]);
    expect(places('Clashes at Bab al-Hawa.').map(([id]) => id)).toEqual([
      'nwsy-bab-al-hawa-border-crossing',
    ]);
  });
  it('reads a qualified governorate as the area its Arabic phrase names', () => {
    const ar = geocoder!.findMentions('قصف على ريف إدلب الجنوبي')[0]!.placeId;
    for (const text of [
      'Shelling on southern Idlib.',
      'Shelling on the southern countryside of Idlib.',
      'Shelling on Idlib’s southern countryside.',
      'Shelling on the southern Idlib countryside.',
    ])
      expect(places(text)[0]![0]).toBe(ar);
    expect(places('Clashes in rural Hama.')).toEqual([['area-hama-countryside', 'rural Hama']]);
    // The mountains of a governorate are its countryside, not its seat.
    expect(places('Fighting in the Latakia mountains.')).toEqual([
      ['area-latakia-countryside', 'Latakia mountains'],
    ]);
    expect(places('Troops entered Idlib province.')[0]![0]).toBe('area-idlib-governorate');
    // A part of a province is that part (`northern Aleppo province`), as `northern Aleppo` is.
    expect(places('Shelling in northern Aleppo province.')).toEqual([
      ['area-aleppo-countryside-north', 'northern Aleppo province'],
    ]);
    // After the country's possessive, the direction is the country's: the whole province.
    expect(places("Shelling in Syria's northwestern Idlib province.")).toEqual([
      ['area-syria', 'Syria'],
      ['area-idlib-governorate', 'Idlib province'],
    ]);
    // Provinces named together; a country's possessive before its body is no place.
    expect(
      places(
        "Syria's defence ministry ended an operation in the coastal provinces of Latakia.",
      ).map(([id]) => id),
    ).toEqual(['area-latakia-governorate']);
    expect(places('Clashes in north-western Hama.')[0]![0]).toBe('area-hama-countryside-northwest');
    // A direction written bare before the name reads as one ending in -ern.
    for (const text of ['Strikes in northwest Syria.', 'Strikes in north-west Syria.'])
      expect(places(text)[0]![0]).toBe('area-syria-northwest');
    expect(places('Shelling on south Idlib.')[0]![0]).toBe(ar);
    // A seat's region is its governorate (AFP's `the Idlib region`); another town's is the town.
    expect(places('Air strikes on the Idlib region.')).toEqual([
      ['area-idlib-governorate', 'Idlib region'],
    ]);
    expect(places('Fighting in the Afrin region.')[0]![1]).toBe('Afrin');
  });
  it('reads the outskirts and the directions of a town', () => {
    expect(places('Clashes on the outskirts of Saraqib.')).toEqual([
      ['area-saraqib-outskirts', 'outskirts of Saraqib'],
    ]);
    expect(places('Shells fell south of Saraqib.')).toEqual([
      ['area-saraqib-south', 'south of Saraqib'],
    ]);
    // `near` is what `قرب` is: the town's outskirts.
    expect(places('Drones struck positions near Saraqib.')).toEqual([
      ['area-saraqib-outskirts', 'near Saraqib'],
    ]);
    // So are `around` and `outside`, as `في محيط` is, with or without a settlement word.
    expect(places('Turkish drones struck regime positions around the town of Saraqib.')).toEqual([
      ['area-saraqib-outskirts', 'around the town of Saraqib'],
    ]);
    expect(places('A car bomb went off outside Ariha.')).toEqual([
      ['area-ariha-outskirts', 'outside Ariha'],
    ]);
    // Words describing the town may stand between `the` and its kind.
    expect(places('Gunmen ambushed a patrol near the coastal city of Jableh.')).toEqual([
      ['area-jablah-outskirts', 'near the coastal city of Jableh'],
    ]);
    expect(places('Jets struck the outskirts of the rebel-held town of Saraqib.')).toEqual([
      ['area-saraqib-outskirts', 'outskirts of the rebel-held town of Saraqib'],
    ]);
    // The edge of a town, one or all of it, and its surroundings are its outskirts too.
    expect(places('A warplane struck a farm on the edge of Jisr al-Shughur.')).toEqual([
      ['area-jisr-ash-shughur-outskirts', 'edge of Jisr al-Shughur'],
    ]);
    expect(places('Shells fell in the surroundings of Sarmin.')).toEqual([
      ['area-sarmin-outskirts', 'surroundings of Sarmin'],
    ]);
    expect(places('Regime forces shelled the surrounding areas of Kansafra village.')).toEqual([
      ['area-kansafra-outskirts', 'surrounding areas of Kansafra'],
    ]);
  });
  it('takes a bare governorate name for its seat, the governorate in reserve', () => {
    const [idlib] = geocoder!.findMentionsEn('Protests in Idlib.');
    expect(idlib).toMatchObject({ placeId: 'gn-169389', geoPrecision: 1 });
    expect(idlib!.seatOf?.placeId).toBe('area-idlib-governorate');
  });
  it('reads a village’s name on through its lowercase article (Qubtan al-Jabal)', () => {
    expect(
      places(
        'A helicopter was shot down over the village of Qubtan al-Jabal in western Aleppo.',
      )[0],
    ).toEqual([expect.stringMatching(/^unknown-/), 'Qubtan al-Jabal']);
  });
  it('needs a capital letter: words of prose are no places', () => {
    expect(places('the bab of the house, a hama of sorts')).toEqual([]);
  });
  it('places a village it lacks near the place its sentence names, and tallies it', () => {
    const unresolved = new Map<string, number>();
    const [village] = geocoder!.findMentionsEn(
      'Rockets hit the village of Deir Sunbul in Jabal al-Zawiya.',
      { unresolved },
    );
    expect(village).toMatchObject({
      surface: 'Deir Sunbul',
      nameEn: 'Deir Sunbul, near Jabal al-Zawiya',
      geoPrecision: 2,
      unresolved: true,
    });
    expect(unresolved.get('Deir Sunbul')).toBe(1);
    // A report naming no known place leaves it unplaced, still tallied.
    expect(places('Rockets hit the village of Deir Sunbul.', unresolved)).toEqual([]);
    expect(unresolved.get('Deir Sunbul')).toBe(2);
  });
  it('reads a name a front is named by as a village (on the Tal Othman front), not a side’s front', () => {
    const found = geocoder!.findMentionsEn(
      'Clashes on the Tal Othman front near Kafr Nabudah left seven soldiers dead.',
    );
    expect(found[0]).toMatchObject({ surface: 'Tal Othman', geoPrecision: 2, unresolved: true });
    for (const text of [
      'The Southern Front fought in Daraa.',
      'Fighters of the National Liberation Front shelled positions.',
      'Clashes on the Russian front.',
    ])
      expect(places(text).filter(([id]) => String(id).startsWith('unknown-'))).toEqual([]);
  });
  it('reads the village a post stands in (the observation post in Shir Maghar)', () => {
    expect(
      geocoder!.findMentionsEn(
        'A Turkish convoy entered the observation post in Shir Maghar near Morek.',
      )[0],
    ).toMatchObject({ surface: 'Shir Maghar', geoPrecision: 2, unresolved: true });
  });
  it('places a village of a sentence naming no known place by an earlier sentence’s place', () => {
    const found = geocoder!.findMentionsEn(
      'Russian warplanes bombed the town of Khan Sheikhoun. Regime forces then advanced into the village of Sukayk.',
    );
    expect(found.at(-1)).toMatchObject({
      surface: 'Sukayk',
      nameEn: 'Sukayk, near Khan Shaykhun',
      geoPrecision: 2,
      unresolved: true,
    });
    expect(found.at(-1)!.confidence).toBeLessThan(0.5);
  });
  it('reads every name of a list of villages as a village, known or not, up to its `and`', () => {
    const found = geocoder!.findMentionsEn(
      'Shells hit the villages of Fleifel, Kansafra and Deir Sunbul, and Ariha.',
    );
    expect(found.map((m) => [m.surface, m.unresolved === true])).toEqual([
      ['Fleifel', true],
      ['Kansafra', false],
      ['Deir Sunbul', true],
      ['Ariha', false],
    ]);
    // After the list closes, a capitalised word is no village: `Monday` is none.
    expect(places('Shells hit the villages of Kansafra and Fleifel, Monday.').length).toBe(2);
    // `places in` opens a list too; a name followed by a verb is none of it.
    expect(
      places('Rockets hit places in Kansafra, Sfuhen and Fulayfel in southern Idlib.').map(
        ([, surface]) => surface,
      ),
    ).toEqual(['Kansafra', 'Sfuhen', 'Fulayfel', 'southern Idlib']);
    expect(places('Jets struck positions in Kansafra, Reuters reported.')).toEqual([
      ['nwsy-kansafra', 'Kansafra'],
    ]);
  });
  it('reads the villages a list gives as examples (several villages …, including X and Y)', () => {
    expect(
      places('Shells hit several villages near Kansafra, including Fleifel and Sufuhen.').map(
        ([, surface]) => surface,
      ),
    ).toEqual(['near Kansafra', 'Fleifel', 'Sufuhen']);
    // The villages told further back, where and when between (`villages west of Aleppo late on
    // Saturday, including …`).
    expect(
      places(
        'Government forces captured a string of villages west of Aleppo late on Saturday, including Kafr Naha and Urum al-Kubra.',
      ).map(([, surface]) => surface),
    ).toEqual(['west of Aleppo', 'Kafr Naha', 'Urum al-Kubra']);
    // Not examples of anything but places: `including Russian jets` names no village.
    expect(
      places('Strikes hit Kansafra, including Russian jets and Turkish drones.').map(
        ([, surface]) => surface,
      ),
    ).toEqual(['Kansafra']);
  });
});

describe.skipIf(!geocoder)('a place name inside the name of a body', () => {
  it('is no place: Syria TV, the Syria Civil Defence, the Aleppo Media Center, the Idlib Free Army', () => {
    expect(
      places(
        'Russian jets struck Kansafra, Syria TV reported, citing the Syria Civil Defence and the Aleppo Media Center.',
      ).map(([, surface]) => surface),
    ).toEqual(['Kansafra']);
    expect(places('The Idlib Free Army shelled regime positions')).toEqual([]);
    // The place itself, elsewhere: capitalised words after it that name no body.
    expect(places('Shelling hit Aleppo today and northwest Syria on Monday').length).toBe(2);
  });
});

describe.skipIf(!geocoder)('«منطقة» before a place (the real gazetteer)', () => {
  it('is the village before a village, and the district before a district’s seat', () => {
    const named = (text: string) => geocoder!.findMentions(text).map((m) => m.placeId);
    expect(named('غارات على منطقة بليون')).toEqual(named('غارات على بليون'));
    expect(named('قصف على منطقة عفرين')).toEqual(['area-afrin-district']);
  });
});

describe.skipIf(!geocoder)('the outskirts of a town named again by its kind', () => {
  it('are the outskirts of the town named last (shelled the outskirts of the town)', () => {
    expect(
      places(
        'Russian jets struck the town of Ariha on Thursday. Later, artillery shelled the outskirts of the town.',
      ),
    ).toEqual([
      ['gn-172994', 'Ariha'],
      ['area-ariha-outskirts', 'outskirts of the town'],
    ]);
  });
  it('are nothing before any town is named, nor the outskirts of the town of a name given after', () => {
    expect(places('Artillery shelled the outskirts of the town.')).toEqual([]);
    expect(places('Artillery shelled the outskirts of the town of Ariha.')).toEqual([
      ['area-ariha-outskirts', 'outskirts of the town of Ariha'],
    ]);
  });
});
