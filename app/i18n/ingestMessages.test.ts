import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pureOutputs } from '../cli/ingestPure.testing';
import { unplacedWarning } from '../ingest/geocode/unplaced';
import { writeHostileCorpus } from '../ingest/hostile.testing';
import { NOT_READ_LANGUAGE } from '../ingest/reports/language';
import type { IngestReport } from '../model';
import { ingestMessage } from './ingestMessages';

const dir = mkdtempSync(join(tmpdir(), 'ingest-messages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingestMessage', () => {
  it('says every problem the hostile corpus raises in Arabic, keeping its names and figures', async () => {
    writeHostileCorpus(dir);
    const out = await pureOutputs(dir);
    const report = JSON.parse(
      new TextDecoder().decode(out.get('ingest-report.json')),
    ) as IngestReport;
    const messages = [
      ...new Set([...report.errors, ...(report.warnings ?? [])].map((e) => e.message)),
    ];
    expect(messages.length).toBeGreaterThan(15);
    for (const m of messages) {
      const ar = ingestMessage(m, 'ar');
      expect(ar, m).not.toBe(m);
      expect(ar, m).toMatch(/[\u0621-\u064a]/);
    }
    expect(ingestMessage('missing field "text"', 'ar')).toBe('الحقل «text» مفقود');
    expect(
      ingestMessage('too large: 50.0 MB; a .txt report may be at most 2.0 MB', 'ar'),
    ).toContain('50.0 MB');
  }, 60_000);

  it('says every warning the reader of reports gives in Arabic, keeping its dates and values', () => {
    const warnings = [
      'file ends in a cut-off character',
      'no title line; used the first words of the body',
      'no outlet line',
      'impossible date "31.02.2021" on line 3',
      'date 2031-01-01 on line 4 is in the future',
      'used the site date 2021-06-27 instead of the byline',
      'field "date" 2031-01-01 is in the future',
      'field "url" is not an http(s) link; dropped: "javascript:alert(1)"',
      NOT_READ_LANGUAGE,
    ];
    for (const m of warnings) expect(ingestMessage(m, 'ar'), m).toMatch(/[\u0621-\u064a]/);
    expect(ingestMessage('impossible date "31.02.2021" on line 3', 'ar')).toBe(
      'تاريخ مستحيل «31.02.2021» في السطر 3',
    );
    expect(
      ingestMessage('field "url" is not an http(s) link; dropped: "javascript:alert(1)"', 'ar'),
    ).toContain('«javascript:alert(1)»');
  });

  it('names the villages it could not place, in Arabic, with their names as written', () => {
    const ar = ingestMessage(unplacedWarning(['الفطيرة', 'جورين']), 'ar');
    expect(ar).toMatch(/^قرى لم تُحدَّد أماكنها/);
    expect(ar).toMatch(/ليس على الخريطة: الفطيرة، جورين$/);
  });

  it('counts CSV fields with the noun in the form the number takes', () => {
    expect(ingestMessage('row has 2 fields, header has 5', 'ar')).toBe(
      'في الصف حقلان، وفي الترويسة ٥ حقول',
    );
    expect(ingestMessage('row has 1 field, header has 11', 'ar')).toBe(
      'في الصف حقل واحد، وفي الترويسة ١١ حقلاً',
    );
  });

  it('leaves English as it is, and an unknown message as written', () => {
    expect(ingestMessage('missing field "text"', 'en')).toBe('missing field "text"');
    expect(ingestMessage('something new', 'ar')).toBe('something new');
  });
});
