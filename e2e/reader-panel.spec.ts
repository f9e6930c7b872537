import { expect, type Page, test } from '@playwright/test';
import {
  openApp,
  PHONE,
  readFixture,
  rendered,
  serveFixture,
  settle,
  shot,
} from './support/reader';

const { incidents, articles } = readFixture();
const incident = (id: string) => incidents.features.find((f) => f.properties.id === id)!;
const A = articles.find((a) => a.id === 'fx-article-a')!;
const B = articles.find((a) => a.id === 'fx-article-b')!;

const TEXT = {
  en: {
    summary: 'Four Russian airstrikes near Ariha, 12 killed',
    type: 'Airstrike',
    actors: 'Russia',
    date: '10 March 2024',
    place: 'outskirts of Ariha',
    precision: 'near a town or part of an area',
    strikes: '4',
    killed: '12',
    injured: '30',
    week: /^11\s*–\s*17 March 2024$/,
    month: 'February 2024',
    notReported: 'not reported',
    next: 'Next incident',
    prev: 'Previous incident',
    close: 'Close report',
    copied: 'Citation copied',
    // Report A's outlet, عنب بلدي, by its English name in the English interface.
    outlet: 'Enab Baladi',
  },
  ar: {
    summary: 'أربع غارات روسية قرب أريحا ومقتل ١٢ شخصاً',
    type: 'غارة جوية',
    actors: 'روسيا',
    date: '١٠ آذار ٢٠٢٤',
    place: 'أريحا',
    precision: 'قرب بلدة أو جزء من منطقة',
    strikes: '٤',
    killed: '١٢',
    injured: '٣٠',
    week: /^١١\s*–\s*١٧ آذار ٢٠٢٤$/,
    month: 'شباط ٢٠٢٤',
    notReported: 'غير مذكور',
    next: 'الحادثة التالية',
    prev: 'الحادثة السابقة',
    close: 'إغلاق التقرير',
    copied: 'نُسخ الاستشهاد',
    outlet: 'عنب بلدي',
  },
};

async function selectFromList(page: Page, id: string) {
  await page.locator(`[role=option][data-incident-id="${id}"]`).click();
  await expect(page.getByTestId('article-panel')).toHaveAttribute('data-incident-id', id);
}

for (const lang of ['en', 'ar'] as const) {
  const T = TEXT[lang];
  test.describe(`article panel (${lang})`, () => {
    test.beforeEach(async ({ page }) => {
      await serveFixture(page);
      await openApp(page, lang);
    });

    test('shows the incident card and the report as published, sentence highlighted and in view', async ({
      page,
    }) => {
      await selectFromList(page, 'fx-2');
      const panel = page.getByTestId('article-panel');
      const card = panel.getByTestId('incident-card');
      await expect(card.locator('.incident-summary')).toHaveText(T.summary);
      await expect(card.locator('[data-field=type]')).toHaveText(T.type);
      await expect(card.locator('[data-field=actors]')).toHaveText(T.actors);
      await expect(card.locator('[data-field=date]')).toHaveText(T.date);
      await expect(card.locator('[data-field=place]')).toContainText(T.place);
      await expect(card.locator('[data-field=place]')).toContainText(T.precision);
      await expect(card.locator('[data-field=strikes]')).toHaveText(T.strikes);
      await expect(card.locator('[data-field=killed]')).toHaveText(T.killed);
      await expect(card.locator('[data-field=injured]')).toHaveText(T.injured);

      // The report: title, outlet, date, a safe link, right-to-left Arabic body.
      const report = panel.locator('article.report');
      await expect(report.getByRole('heading', { level: 2 })).toHaveText(A.title);
      await expect(report).toHaveAttribute('dir', 'rtl');
      await expect(report).toHaveAttribute('lang', 'ar');
      await expect(report.locator('.outlet')).toHaveText(T.outlet);
      expect(A.outlet).toBe('عنب بلدي');
      await expect(report.locator('time')).toHaveAttribute('datetime', A.date);
      await expect(report.locator('time')).toHaveText(T.date);
      const link = panel.getByTestId('original-link');
      await expect(link).toHaveAttribute('href', A.url!);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      await expect(link).toHaveAttribute('target', '_blank');
      const body = report.locator('.report-body');
      await expect(body).toHaveAttribute('dir', 'rtl');
      expect(await body.textContent()).toBe(A.body);

      const ev = incident('fx-2').properties.evidence[0]!;
      expect((await body.locator('mark').allTextContents()).join('')).toBe(
        A.body.slice(ev.start, ev.end),
      );
      await expect(body.locator('mark.place')).toHaveText(A.body.slice(ev.placeStart, ev.placeEnd));
      await expect(body.locator('mark.sentence').first()).toBeInViewport();

      // Every place mention is marked.
      const mentions = body.locator('.mention');
      await expect(mentions).toHaveCount(A.mentions.length);
      expect(await mentions.allTextContents()).toEqual(
        A.mentions.map((m) => A.body.slice(m.start, m.end)),
      );
      // The report is text, never markup.
      expect(await body.evaluate((el) => el.querySelectorAll('a, img, script').length)).toBe(0);

      // Unknown numbers are said to be unknown, not zero.
      await selectFromList(page, 'fx-3');
      await expect(card.locator('[data-field=killed]')).toHaveText(T.notReported);
      await shot(page, `panel-${lang}`);
    });

    test('dates show their precision: a day, a week or range, a month', async ({ page }) => {
      const card = page.getByTestId('incident-card');
      await selectFromList(page, 'fx-9');
      await expect(card.locator('[data-field=date]')).toHaveText(T.week);
      await selectFromList(page, 'fx-10');
      await expect(card.locator('[data-field=date]')).toHaveText(T.month);
    });

    test('every report that mentions the incident can be read; unsafe links are dropped', async ({
      page,
    }) => {
      await selectFromList(page, 'fx-2');
      const panel = page.getByTestId('article-panel');
      const sources = panel.getByTestId('evidence-switch').getByRole('button');
      await expect(sources).toHaveCount(2);
      await expect(sources.first()).toHaveAttribute('aria-pressed', 'true');
      await sources.nth(1).click();
      await expect(panel.locator('article.report')).toHaveAttribute('data-article-id', B.id);
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(B.title);
      const ev = incident('fx-2').properties.evidence.find((e) => e.articleId === B.id)!;
      expect((await panel.locator('.report-body mark').allTextContents()).join('')).toBe(
        B.body.slice(ev.start, ev.end),
      );
      // B's URL is javascript: — no link at all.
      await expect(panel.getByTestId('original-link')).toHaveCount(0);
      expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
      await shot(page, `panel-second-report-${lang}`);
    });

    test('pointing at a place mention shows the place on the map', async ({ page }) => {
      await selectFromList(page, 'fx-1');
      const body = page.locator('.report-body');
      const mention = body.locator('.mention', { hasText: 'أريحا' });
      await mention.hover();
      await settle(page);
      const halo = await rendered(page, ['mention-halo']);
      expect(halo.map((h) => h.placeId)).toEqual(['area-ariha-outskirts']);
      // An area mention also outlines the area.
      expect((await rendered(page, ['incident-area-line'])).map((a) => a.id)).toContain(
        'area-ariha-outskirts',
      );
      await shot(page, `panel-mention-hover-${lang}`);
      await page.getByTestId('incident-count').hover();
      await settle(page);
      expect(await rendered(page, ['mention-halo'])).toHaveLength(0);

      // The same from the keyboard: the mentions are one stop for Tab (the incident's own
      // place), and ↓ / ↑ go from one to the next, each shown on the map.
      const stops = await body
        .locator('.mention')
        .evaluateAll((els) =>
          els.filter((el) => (el as HTMLElement).tabIndex === 0).map((el) => el.textContent),
        );
      expect(stops).toHaveLength(1);
      const stop = body.locator('.mention[tabindex="0"]');
      await stop.focus();
      await settle(page);
      expect((await rendered(page, ['mention-halo'])).length).toBe(1);
      const before = await page.evaluate(() => document.activeElement?.textContent);
      await page.keyboard.press('ArrowDown');
      const after = await page.evaluate(() => document.activeElement?.textContent);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('mention'))).toBe(
        true,
      );
      expect(after).not.toBe(before);
      await settle(page);
      expect((await rendered(page, ['mention-halo'])).length).toBe(1);
    });

    test('lists the report’s other incidents; next, previous and arrow keys move through them', async ({
      page,
    }) => {
      await selectFromList(page, 'fx-1');
      const panel = page.getByTestId('article-panel');
      const siblings = panel.locator('.siblings li button');
      await expect(siblings).toHaveCount(A.incidentIds.length);
      await expect(siblings.first()).toHaveAttribute('aria-current', 'true');
      await expect(panel.getByRole('button', { name: T.prev })).toBeDisabled();

      await panel.getByRole('button', { name: T.next }).click();
      await expect(panel).toHaveAttribute('data-incident-id', 'fx-2');
      await expect(page.locator('[role=option][aria-selected=true]')).toHaveAttribute(
        'data-incident-id',
        'fx-2',
      );
      await panel.getByRole('button', { name: T.prev }).click();
      await expect(panel).toHaveAttribute('data-incident-id', 'fx-1');

      // Arrow keys in the panel follow the reading direction.
      await panel.getByRole('button', { name: T.next }).focus();
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect(panel).toHaveAttribute('data-incident-id', 'fx-2');
      await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect(panel).toHaveAttribute('data-incident-id', 'fx-3');
      await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
      await expect(panel).toHaveAttribute('data-incident-id', 'fx-2');

      await siblings.nth(4).click();
      await expect(panel).toHaveAttribute('data-incident-id', A.incidentIds[4]!);
    });

    test('Copy citation puts the incident, its report, the exact sentence and a link to it on the clipboard', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await selectFromList(page, 'fx-2');
      const button = page.getByTestId('copy-citation');
      await button.click();
      await expect(button).toHaveText(T.copied);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const ev = incident('fx-2').properties.evidence[0]!;
      const lines = text.split('\n');
      expect(lines[0]).toBe(T.summary);
      expect(text).toContain(A.outlet);
      expect(text).toContain(A.title);
      expect(text).toContain(A.url!);
      expect(text).toContain(A.body.slice(ev.start, ev.end).trim());
      // The last line links to the incident alone, with the day it was cited; the link opens it.
      const link = lines.at(-1)!.match(/https?:\/\/[^\s,،]+/)![0];
      expect(lines.at(-1)).toMatch(
        lang === 'en' ? /, accessed \d+ \w+ \d{4}$/ : /، اطُّلع عليها في /,
      );
      expect(new URL(link).searchParams.get('sel')).toBe('fx-2');
      expect(new URL(link).searchParams.get('lang')).toBe(lang);
      const other = await context.newPage();
      await serveFixture(other);
      await other.goto(link);
      // A whole new page loads here (app, fonts, basemap, data), not one interaction: on a busy
      // machine that takes longer than an assertion's default wait.
      await expect(other.getByTestId('article-panel')).toHaveAttribute('data-incident-id', 'fx-2', {
        timeout: 30_000,
      });
      await other.close();
    });

    test('when the browser refuses to copy, the citation is shown selected, to copy by hand', async ({
      page,
    }) => {
      await page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', {
          value: { writeText: () => Promise.reject(new Error('denied')) },
        });
        document.execCommand = () => false;
      });
      await selectFromList(page, 'fx-2');
      await page.getByTestId('copy-citation').click();
      const area = page.getByTestId('citation-text');
      await expect(area).toBeVisible();
      expect((await area.inputValue()).split('\n')[0]).toBe(T.summary);
      expect(
        await area.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart),
      ).toBe((await area.inputValue()).length);
      await shot(page, `panel-citation-fallback-${lang}`);
      // Another incident starts afresh; the box can also be closed.
      await selectFromList(page, 'fx-3');
      await expect(area).toHaveCount(0);
      await page.getByTestId('copy-citation').click();
      await expect(area).toBeVisible();
      await page.locator('.citation-fallback').getByRole('button').click();
      await expect(area).toHaveCount(0);
    });

    for (const [screen, size] of [
      ['a short laptop screen', { width: 1280, height: 600 }],
      ['a phone', PHONE],
    ] as const) {
      test(`on ${screen}, the report's source stays in sight above the sentence it scrolled to`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        // fx-7 is told by the last sentence of the longer report: the panel must scroll to it.
        await selectFromList(page, 'fx-7');
        const panel = page.getByTestId('article-panel');
        const sentence = panel.locator('mark.sentence').first();
        const meta = panel.getByTestId('report-meta');
        await expect(sentence).toBeInViewport();
        await expect(meta).toBeInViewport();
        await expect(meta.locator('.outlet')).toHaveText(TEXT[lang].outlet);
        // Each item keeps its separator before it on one line: no line ends with a separator.
        const lineHeight = await meta.evaluate(
          (el) => Number.parseFloat(getComputedStyle(el).lineHeight) || 20,
        );
        for (const item of await meta.locator('.meta-item').all())
          expect((await item.boundingBox())!.height).toBeLessThan(lineHeight * 1.5);
        // The title has scrolled away; the source line has not, and it covers nothing read.
        const m = (await meta.boundingBox())!;
        const s = (await sentence.boundingBox())!;
        const head = (await panel.locator('.panel-head').boundingBox())!;
        expect(m.y + m.height).toBeLessThanOrEqual(s.y + 1);
        expect(m.y).toBeGreaterThanOrEqual(head.y + head.height - 1);
        await expect(panel.getByRole('heading', { level: 2 })).not.toBeInViewport();
        if (screen === 'a phone') await shot(page, `panel-source-phone-${lang}`);
        else await shot(page, `panel-source-short-${lang}`);
      });
    }

    test('on a short laptop screen, a scroll to the sentence leaves no line of the card cut in two', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1280, height: 600 });
      const panel = page.getByTestId('article-panel');
      /** The card's lines the panel's top edge runs through, by their text. */
      const cut = () =>
        panel.evaluate((el) => {
          const box = el.querySelector('.panel-body')!.getBoundingClientRect();
          return [
            ...el.querySelectorAll<HTMLElement>(
              '.incident-summary, .incident-card dt, .incident-card dd, .report-title',
            ),
          ]
            .filter((r) => {
              const b = r.getBoundingClientRect();
              return b.height > 0 && b.top < box.top - 1 && b.bottom > box.top + 1;
            })
            .map((r) => r.textContent);
        });
      for (const f of incidents.features) {
        await selectFromList(page, f.properties.id);
        await expect(panel.locator('mark.sentence').first()).toBeInViewport();
        await expect.poll(cut).toEqual([]);
      }
    });

    test('zooming with the map buttons keeps the open incident in sight, clear of the panel', async ({
      page,
    }) => {
      await selectFromList(page, 'fx-2');
      const where = incident('fx-2').geometry.coordinates as [number, number];
      /** Where the incident lies against the map and the panel, once the map is at rest. */
      const place = () =>
        page.evaluate(
          ({ c }) => {
            const map = window.__atlasMap!;
            if (map.isMoving()) return 'moving';
            const q = map.project(c);
            const r = map.getCanvas().getBoundingClientRect();
            const x = r.left + q.x;
            const y = r.top + q.y;
            if (x < r.left || x > r.right || y < r.top || y > r.bottom) return 'off the map';
            const p = document
              .querySelector('[data-testid="article-panel"]')!
              .getBoundingClientRect();
            return x >= p.left && x <= p.right && y >= p.top && y <= p.bottom
              ? 'under the panel'
              : 'clear';
          },
          { c: where },
        );
      await expect.poll(place, { timeout: 15_000 }).toBe('clear');
      const x = () =>
        page.evaluate(({ c }) => Math.round(window.__atlasMap!.project(c).x), { c: where });
      const before = await x();
      // The buttons are named in the interface language, and zoom around the open incident.
      const zoomIn = page.getByRole('button', {
        name: lang === 'en' ? 'Zoom in' : 'تكبير',
        exact: true,
      });
      for (let k = 0; k < 4; k++) {
        await zoomIn.click();
        await expect.poll(place, { timeout: 15_000 }).toBe('clear');
      }
      expect(Math.abs((await x()) - before)).toBeLessThanOrEqual(1);
      await expect(
        page.getByRole('button', { name: lang === 'en' ? 'Zoom out' : 'تصغير', exact: true }),
      ).toBeEnabled();
    });

    test('Escape and the close button close the panel and give focus back', async ({ page }) => {
      const listbox = page.getByTestId('incident-listbox');
      await listbox.focus();
      await page.keyboard.press('ArrowDown');
      const panel = page.getByTestId('article-panel');
      await expect(panel).toBeVisible();
      await expect(listbox).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(listbox).toBeFocused();

      // Opened from the list, closed from inside the panel: focus returns to the list.
      await page.keyboard.press('ArrowDown');
      await panel.getByRole('button', { name: T.close }).focus();
      await page.keyboard.press('Enter');
      await expect(panel).toBeHidden();
      await expect(listbox).toBeFocused();
    });
  });
}
