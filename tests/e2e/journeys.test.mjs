// Family journeys through the finder on the demo network, in Debian's Chromium: a search by
// keyboard only, filters and their chips with JavaScript off, a birth date, no results and the
// ways out of it, a Turkish, an Arabic (right to left) and a Ukrainian (phone) visit, and the
// extras of an offer page (share link, poster with QR code, print). The server takes
// 2026-11-23 (harness TODAY, a Monday) as today, so dates and ages are fixed. The visible
// texts come from the catalogues in src/web/locales/*.po, never typed over by hand: a
// changed wording changes the test with it, a removed one fails here. Each journey ends with a
// screenshot in test-artifacts/screenshots/journey-*.png.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import {
  ROOT,
  TODAY,
  assertVisibleFocus,
  checkAxe,
  describeFocus,
  documentLanguage,
  launchBrowser,
  screenshot,
  startServer,
  tabTo,
  withPage,
  withoutJavaScript,
} from './harness.mjs';

// ---------------------------------------------------------------------------------------------
// The interface texts, from the gettext catalogues the server uses.

/**
 * The catalogue of a language as a function: t(msgid, ...args) gives the translation with
 * {0}, {1} ... filled in (throws when the msgid is missing or untranslated); t.pattern(msgid)
 * gives a RegExp matching any plural form with a number for {0}.
 */
function catalogue(lang) {
  const file = path.join(ROOT, 'src', 'web', 'locales', `${lang}.po`);
  const entries = new Map();
  let entry = null;
  let field = null;
  const flush = () => {
    if (entry?.msgid) entries.set(entry.msgid, entry.msgstr);
    entry = null;
  };
  for (const raw of readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim();
    let m;
    if (!line) flush();
    else if (line.startsWith('#')) continue;
    else if ((m = /^msgid\s+(".*")$/.exec(line))) {
      flush();
      entry = { msgid: JSON.parse(m[1]), msgstr: [] };
      field = (s) => (entry.msgid += s);
    } else if ((m = /^msgid_plural\s+(".*")$/.exec(line))) {
      field = () => {};
    } else if ((m = /^msgstr(?:\[(\d+)\])?\s+(".*")$/.exec(line)) && entry) {
      const i = Number(m[1] ?? 0);
      entry.msgstr[i] = JSON.parse(m[2]);
      field = (s) => (entry.msgstr[i] += s);
    } else if (line.startsWith('"') && field) field(JSON.parse(line));
  }
  flush();
  const forms = (msgid) => {
    const strs = entries.get(msgid);
    assert.ok(strs?.length && strs.every(Boolean), `${lang}.po has no translation for "${msgid}"`);
    return strs;
  };
  const t = (msgid, ...args) => forms(msgid)[0].replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
  t.pattern = (msgid) => {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^(?:${forms(msgid).map((s) => escape(s).replace('\\{0\\}', '\\d+')).join('|')})$`);
  };
  return t;
}

const nl = catalogue('nl');
const tr = catalogue('tr');
const ar = catalogue('ar');
const uk = catalogue('uk');

// ---------------------------------------------------------------------------------------------
// Page helpers

/** The number in the results page's count line ("26 resultaten gevonden"). */
async function resultCount(page) {
  const text = (await page.locator('p.count').innerText()).trim();
  const n = /\d+/.exec(text);
  assert.ok(n, `no number in the count line "${text}" of ${page.url()}`);
  return Number(n[0]);
}

/** The hrefs of the results shown (this page of them). */
function resultLinks(page) {
  return page.locator('ol.results > li h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/** The chips of the active choices: { label (without the remove part), remove, href }. */
function chips(page) {
  return page.locator('ul.chips a').evaluateAll((links) =>
    links.map((a) => {
      const remove = a.querySelector('.remove')?.textContent.trim() ?? '';
      return { label: a.textContent.replace(remove, '').trim(), remove, href: a.getAttribute('href') };
    }),
  );
}

/** The query parameters of a URL (relative ones too) as a plain object, without lang. */
function finderParams(href) {
  const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
  delete params.lang;
  return params;
}

/** The non-empty parameters only (a submitted form sends every field, empty or not). */
function nonEmpty(params) {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== ''));
}

/** Follows a link by clicking it and waits for the new page (JavaScript on or off). */
async function follow(page, link) {
  const href = new URL(await link.getAttribute('href'), page.url()).href;
  await Promise.all([page.waitForURL(href), link.click()]);
}

// ---------------------------------------------------------------------------------------------

const server = await startServer();
let browser;
try {
  browser = await launchBrowser();
} catch (e) {
  await server.stop();
  throw e;
}

describe(`family journeys (today is ${TODAY})`, () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('a. keyboard only (nl): search "peuter zwemmen", open Peuterzwemmen, add it to the calendar', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url('/'));

      // The skip link comes first.
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip');
      assert.ok(
        await skip.evaluate((el) => el === document.activeElement),
        `the first Tab went to ${await describeFocus(page)}, not to the skip link`,
      );
      assert.equal((await skip.innerText()).trim(), nl('Skip to the content'));
      await assertVisibleFocus(page);

      const search = page.getByLabel(nl('What are you looking for? For example: baby, swimming, homework'), { exact: true });
      await tabTo(page, search);
      await assertVisibleFocus(page);
      await page.keyboard.type('peuter zwemmen');
      await Promise.all([page.waitForURL(/\/zoeken\?/), page.keyboard.press('Enter')]);
      assert.equal(new URL(page.url()).searchParams.get('q'), 'peuter zwemmen');
      assert.equal((await page.locator('h1').innerText()).trim(), nl('Offers for "{0}"', 'peuter zwemmen'));

      const first = page.locator('ol.results > li h2 a').first();
      await tabTo(page, first);
      await assertVisibleFocus(page);
      await Promise.all([page.waitForURL(/\/aanbod\/[^/?]+(\?|$)/), page.keyboard.press('Enter')]);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Peuterzwemmen');

      const calendar = page.getByRole('link', { name: nl('Add to my calendar'), exact: true }).first();
      await tabTo(page, calendar);
      await assertVisibleFocus(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(download.suggestedFilename(), /\.ics$/);
      const ics = await readFile(await download.path(), 'utf8');
      assert.match(ics, /^BEGIN:VCALENDAR\r?\n/);
      assert.match(ics, /^SUMMARY:Peuterzwemmen\r?$/m);
      const response = await page.request.get(new URL(await calendar.getAttribute('href'), page.url()).href);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /^text\/calendar\b/);
      assert.match(await response.text(), /^BEGIN:VCALENDAR\r?\n/);

      await screenshot(page, 'journey-keyboard-nl');
    });
  });

  it('b. filters without JavaScript (nl): day and time of day under "Meer keuzes", a chip per choice, remove one', async () => {
    await withoutJavaScript(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url('/zoeken'));
      const countBefore = await resultCount(page);
      const linksBefore = await resultLinks(page);
      assert.ok(countBefore > 0 && linksBefore.length > 0, 'the unfiltered results page lists nothing');

      const details = page.locator('form.filters details');
      const summary = details.locator('summary');
      assert.equal((await summary.innerText()).trim(), nl('More choices: day, time, cost, language'));
      assert.equal(await details.evaluate((d) => d.open), false, '"Meer keuzes" is open before any choice');
      await summary.click();
      assert.equal(await details.evaluate((d) => d.open), true, '"Meer keuzes" does not open without JavaScript');

      await page.getByLabel(nl('Day'), { exact: true }).selectOption({ label: 'zaterdag' });
      await page.getByLabel(nl('Time of day'), { exact: true }).selectOption({ label: nl('At the weekend') });
      await Promise.all([
        page.waitForURL(/[?&]dag=za\b/),
        page.getByRole('button', { name: nl('Show offers'), exact: true }).click(),
      ]);
      assert.deepEqual(nonEmpty(finderParams(page.url())), { dag: 'za', moment: 'weekend' });

      const count = await resultCount(page);
      const links = await resultLinks(page);
      assert.ok(count > 0, 'nothing on Saturday at the weekend in the demo network');
      assert.ok(count < countBefore, `${count} results with dag and moment, ${countBefore} without`);
      assert.equal(new Set(links).size, links.length, `a result is listed twice: ${links}`);
      assert.notDeepEqual(links, linksBefore, 'the filtered page lists the same offers as the unfiltered one');
      assert.equal(await details.evaluate((d) => d.open), true, '"Meer keuzes" is closed although choices in it are active');

      const remove = `(${nl('remove')})`;
      const active = await chips(page);
      assert.deepEqual(
        active.map((c) => [c.label, c.remove]),
        [
          ['zaterdag', remove],
          [nl('At the weekend'), remove],
        ],
      );
      const saturday = page.locator('ul.chips a', { hasText: 'zaterdag' });
      await follow(page, saturday);
      assert.deepEqual(nonEmpty(finderParams(page.url())), { moment: 'weekend' });
      assert.deepEqual(
        (await chips(page)).map((c) => c.label),
        [nl('At the weekend')],
      );
      assert.ok((await resultCount(page)) >= count, 'fewer results after removing a choice');
      await screenshot(page, 'journey-filters-nl');
    });
  });

  it('b. every chip removes its own choice and keeps all the others (14 parameters)', async () => {
    // One choice per parameter of the finder; `drops` are the parameters its chip leaves out.
    // The age band and the birth date are two filters (both apply) with a chip each, so each
    // chip removes only its own; the postcode chip ("Binnen 10 km van 9240") stands for both
    // postcode and afstand.
    const choices = [
      { chip: nl('Search: {0}', 'baby'), set: { q: 'baby' }, drops: ['q'] },
      { chip: nl('Baby (0-1 jaar)'), set: { leeftijd: '0-1' }, drops: ['leeftijd'] },
      { chip: nl('Child of {0} months', 20), set: { geboortedatum: '2025-03-15' }, drops: ['geboortedatum'] },
      { chip: nl('Kinderopvang'), set: { thema: 'childcare' }, drops: ['thema'] },
      { chip: nl('Within {0} km of {1}', 10, '9240 Zele'), set: { postcode: '9240', afstand: '10' }, drops: ['postcode', 'afstand'] },
      { chip: 'zaterdag', set: { dag: 'za' }, drops: ['dag'] },
      { chip: nl('In the morning'), set: { moment: 'voormiddag' }, drops: ['moment'] },
      { chip: nl('Free'), set: { kost: 'gratis' }, drops: ['kost'] },
      { chip: 'Français', set: { taal: 'fr' }, drops: ['taal'] },
      { chip: nl('An interpreter is possible'), set: { tolk: '1' }, drops: ['tolk'] },
      { chip: nl('On site'), set: { vorm: 'ter-plaatse' }, drops: ['vorm'] },
      { chip: nl('No registration needed'), set: { vrij: '1' }, drops: ['vrij'] },
      { chip: nl('Only this week'), set: { wanneer: 'week' }, drops: ['wanneer'] },
    ];
    const all = Object.assign({}, ...choices.map((c) => c.set));
    await withoutJavaScript(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url(`/zoeken?${new URLSearchParams(all)}`));
      assert.equal(await page.locator('p.notice').count(), 0, `a choice was not understood: ${await page.locator('p.notice').allInnerTexts()}`);
      const active = await chips(page);
      assert.deepEqual(
        active.map((c) => c.label),
        choices.map((c) => c.chip),
        'one chip per choice, in the order of the form',
      );
      const wrong = [];
      for (const choice of choices) {
        const { href } = active.find((c) => c.label === choice.chip);
        const expected = { ...all };
        for (const p of choice.drops) delete expected[p];
        const actual = finderParams(href);
        const lost = Object.keys(expected).filter((p) => actual[p] !== expected[p]);
        const kept = choice.drops.filter((p) => p in actual);
        if (lost.length || kept.length) {
          wrong.push(
            `chip "${choice.chip}" (${href})` +
              (lost.length ? ` also removes ${lost.join(', ')}` : '') +
              (kept.length ? ` keeps ${kept.join(', ')}` : ''),
          );
        }
      }
      assert.deepEqual(wrong, [], `removing one chip must keep the other choices:\n  ${wrong.join('\n  ')}`);
    });
  });

  it('c. birth date (nl): 15/03/2025 is a child of 20 months', async () => {
    await withoutJavaScript(browser, { lang: 'nl' }, async (page) => {
      // Typed by a family, straight in the URL (as people write it in Belgium).
      await page.goto(server.url('/zoeken?geboortedatum=15/03/2025'));
      const chip = nl('Child of {0} months', 20);
      assert.deepEqual((await chips(page)).map((c) => c.label), [chip]);
      const birth = page.getByLabel(nl('Or the birth date (or due date)'), { exact: true });
      assert.equal(await birth.getAttribute('type'), 'date');
      assert.equal(await birth.inputValue(), '2025-03-15', 'the date field does not show the birth date back');
      const count = await resultCount(page);
      assert.ok(count > 0, 'nothing for a child of 20 months');

      // In the form. Chromium's date field follows the browser's own language (month first
      // here), not the page's, so typing 15/03/2025 lands on another date: fill() sets the value
      // as a browser sends it.
      await page.goto(server.url('/zoeken'));
      await birth.fill('2025-03-15');
      await Promise.all([
        page.waitForURL(/geboortedatum=2025-03-15/),
        page.getByRole('button', { name: nl('Show offers'), exact: true }).click(),
      ]);
      assert.deepEqual(nonEmpty(finderParams(page.url())), { geboortedatum: '2025-03-15' });
      assert.deepEqual((await chips(page)).map((c) => c.label), [chip]);
      assert.equal(await resultCount(page), count);
      await screenshot(page, 'journey-birth-date-nl');
    });
  });

  it('d. no results (nl): the unknown word is named; "Toon aanbod zonder …" links lead to offers', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url('/zoeken?q=xyzzyq'));
      assert.equal(await resultCount(page), 0);
      assert.equal(
        (await page.locator('.empty p').first().innerText()).trim(),
        nl('We found nothing for "{0}". Check the spelling or try another word.', 'xyzzyq'),
      );
      await checkAxe(page);

      await page.goto(server.url('/zoeken?q=zwemmen&dag=zo&moment=avond'));
      assert.equal(await resultCount(page), 0);
      assert.equal(
        (await page.locator('.empty p').first().innerText()).trim(),
        nl('Nothing fits all your choices together. Remove a choice to see more.'),
      );
      const relax = await page
        .locator('.empty a')
        .evaluateAll((links) => links.map((a) => ({ text: a.textContent.trim(), href: a.href })));
      // Only ways out that find something are offered: here leaving out the words; leaving out
      // Sunday or the evening alone still finds no swimming.
      assert.deepEqual(
        relax.map((r) => r.text),
        [nl('Search: {0}', 'zwemmen')].map((label) => nl('Show offers without "{0}"', label)),
      );
      await screenshot(page, 'journey-no-results-nl');
      // "Haal een keuze weg om meer te zien": each link offered as the way out must show offers.
      const dead = [];
      for (const { text, href } of relax) {
        await page.goto(href);
        const count = await resultCount(page);
        if (count === 0) dead.push(`"${text}" → ${href.replace(server.baseURL, '')}: ${(await page.locator('p.count').innerText()).trim()}`);
      }
      assert.deepEqual(dead, [], `a way out of "no results" leads to no results again:\n  ${dead.join('\n  ')}`);
    });
  });

  it('e. Turkish: start page → toddler tile → results → first offer, all in Turkish, axe clean', async () => {
    await withPage(browser, { lang: 'tr' }, async (page) => {
      const expectTurkish = async (what) => {
        const doc = await documentLanguage(page);
        assert.equal(doc.lang, 'tr', `<html lang> on the ${what} (${page.url()})`);
        assert.notEqual(doc.dir, 'rtl', `<html dir> on the ${what}`);
        assert.equal(
          (await page.locator('a.skip').textContent()).trim(),
          tr('Skip to the content'),
          `skip link of the ${what}`,
        );
        await checkAxe(page);
      };

      await page.goto(server.url('/?lang=tr'));
      assert.equal((await page.locator('h1').innerText()).trim(), tr('Find what fits your family'));
      await expectTurkish('start page');

      const tile = page.getByRole('link', { name: tr('Peuter (1-3 jaar)'), exact: true });
      await follow(page, tile);
      assert.equal(new URL(page.url()).searchParams.get('leeftijd'), '1-3');
      assert.match((await page.locator('p.count').innerText()).trim(), tr.pattern('{0} offer found'));
      assert.ok((await resultCount(page)) > 0);
      assert.deepEqual((await chips(page)).map((c) => [c.label, c.remove]), [[tr('Peuter (1-3 jaar)'), `(${tr('remove')})`]]);
      assert.equal((await page.locator('h1').innerText()).trim(), tr('Offers'));
      await expectTurkish('results page');

      await follow(page, page.locator('ol.results > li h2 a').first());
      assert.match(new URL(page.url()).pathname, /^\/aanbod\/[^/]+$/);
      assert.equal((await page.locator('main h2').first().innerText()).trim(), tr('Where and when'));
      assert.equal(
        (await page.getByRole('link', { name: tr('Back to all offers'), exact: true }).count()),
        1,
        'no Turkish "back to all offers" link',
      );
      await expectTurkish('offer page');
      await screenshot(page, 'journey-turkish-tr');
    });
  });

  it('f. Arabic on a phone (360×640): results with the filters open, right to left, no sideways scrolling, axe clean', async () => {
    await withPage(browser, { lang: 'ar', viewport: { width: 360, height: 640 } }, async (page) => {
      await page.goto(server.url('/zoeken?lang=ar&leeftijd=0-1'));
      const doc = await documentLanguage(page);
      assert.equal(doc.lang, 'ar');
      assert.equal(doc.dir, 'rtl');
      const details = page.locator('form.filters details');
      await details.locator('summary').click();
      assert.equal(await details.evaluate((d) => d.open), true);
      assert.equal((await details.locator('summary').innerText()).trim(), ar('More choices: day, time, cost, language'));

      // Every label's text ends at the right of its line (<p>), a checkbox stands at the right
      // of its label, and each line ends at the right of the form (less the inset of the
      // "Meer keuzes" box: its padding and border).
      const misplaced = await page.locator('form.filters').evaluate((form) => {
        const formRight = form.getBoundingClientRect().right;
        const out = [];
        for (const label of form.querySelectorAll('label')) {
          const range = document.createRange();
          range.selectNodeContents(label);
          const text = range.getBoundingClientRect();
          const line = label.parentElement.getBoundingClientRect();
          const style = getComputedStyle(label);
          const name = `label[for=${label.htmlFor}] "${label.textContent.trim().slice(0, 30)}"`;
          const px = (n) => `${Math.round(n)}px`;
          if (style.direction !== 'rtl') out.push(`${name}: direction ${style.direction}`);
          if (style.textAlign === 'left') out.push(`${name}: text-align left`);
          const inset = label.closest('details') ? 12 : 1.5;
          if (formRight - line.right > inset) out.push(`${name}: its line ends ${px(formRight - line.right)} from the form's right`);
          if (label.closest('.check')) {
            const input = document.getElementById(label.htmlFor).getBoundingClientRect();
            if (input.left < text.right) out.push(`${name}: its checkbox is left of the text`);
            if (line.right - input.right > 5) out.push(`${name}: its checkbox ends ${px(line.right - input.right)} from the right`);
          } else if (line.right - text.right > 1.5) {
            out.push(`${name}: the text ends ${px(line.right - text.right)} from the right (starts ${px(text.left - line.left)} from the left)`);
          }
        }
        return out;
      });
      assert.deepEqual(misplaced, [], `labels not right-aligned:\n  ${misplaced.join('\n  ')}`);

      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= 360, `the page scrolls sideways at 360 px: scrollWidth ${width}`);
      await screenshot(page, 'journey-arabic-ar');
      await checkAxe(page);
    });
  });

  it('g. Ukrainian on a phone (360×640): "this week near you" with postcode 9240', async () => {
    await withPage(browser, { lang: 'uk', viewport: { width: 360, height: 640 } }, async (page) => {
      await page.goto(server.url('/?lang=uk'));
      const heading = page.locator('h2#deze-week');
      assert.equal((await heading.innerText()).trim(), uk('This week near you'));
      const sessions = page.locator('ul.week > li');
      const before = await sessions.count();
      assert.ok(before > 0, 'no sessions this week on the start page');
      // Each line starts with its day and time: "понеділок, 23 листопада, 07:00–08:30".
      for (const when of await page.locator('ul.week > li .when').allInnerTexts()) {
        assert.match(when, /\p{L}+.*\d{1,2} \p{L}+.*\d{2}:\d{2}/u, `no date in "${when}"`);
      }
      assert.match((await page.locator('ul.week > li .when').first().innerText()), /23 листопада/, 'the first session is not today');

      await page.getByLabel(uk('Postcode or town'), { exact: true }).fill('9240');
      await Promise.all([
        page.waitForURL(/[?&]postcode=9240\b/),
        page.getByRole('button', { name: uk('Show this week'), exact: true }).click(),
      ]);
      const url = new URL(page.url());
      assert.equal(url.searchParams.get('postcode'), '9240');
      assert.equal(url.searchParams.get('lang'), 'uk');
      assert.equal((await documentLanguage(page)).lang, 'uk');
      assert.equal(await page.locator('#week-postcode').inputValue(), '9240');
      assert.ok((await sessions.count()) > 0, 'the list of this week is gone after the postcode');
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= 360, `the page scrolls sideways at 360 px: scrollWidth ${width}`);
      await screenshot(page, 'journey-this-week-uk');
    });
  });

  it('h. offer page extras (nl): share link, poster with a QR code, print without the site header', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url('/zoeken?q=peuterzwemmen'));
      await follow(page, page.locator('ol.results > li h2 a').first());
      assert.equal((await page.locator('h1').innerText()).trim(), 'Peuterzwemmen');
      const offer = new URL(page.url());

      const share = page.getByLabel(nl('Link to this offer'), { exact: true });
      const shared = await share.inputValue();
      assert.match(shared, /^https?:\/\//, `the share field holds no absolute URL: "${shared}"`);
      assert.equal(new URL(shared).origin, offer.origin, 'the share link points to another site');
      assert.equal(new URL(shared).pathname, offer.pathname, 'the share link is not the offer page');
      assert.equal(await share.getAttribute('readonly'), '');

      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('header.site').isVisible(), false, 'the site header is printed (offer page)');
      await page.emulateMedia({ media: 'screen' });

      await follow(page, page.getByRole('link', { name: nl('Poster to print, with a QR code'), exact: true }));
      assert.equal(new URL(page.url()).pathname, `${offer.pathname}/affiche`);
      const qr = page.locator('.qr img');
      assert.equal(await qr.getAttribute('alt'), nl('QR code to {0}', shared));
      await page.waitForFunction((img) => img.complete, await qr.elementHandle());
      const size = await qr.evaluate((img) => [img.naturalWidth, img.naturalHeight]);
      assert.ok(size[0] > 0 && size[1] > 0, `the QR image did not load (natural size ${size})`);
      assert.equal((await page.locator('.qr .url').innerText()).trim(), shared);
      await checkAxe(page);

      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('header.site').isVisible(), false, 'the site header is printed (poster)');
      assert.equal(await page.locator('.print-hint').isVisible(), false, 'the print hint is printed');
      assert.equal(await qr.isVisible(), true, 'the QR code is not printed');
      await screenshot(page, 'journey-poster-print-nl');
    });
  });
});
