// Every public page type in every interface language, in Debian's Chromium: <html lang> (and
// dir="rtl" for Arabic), zero axe-core WCAG 2.0/2.1 A/AA violations, a screenshot
// (test-artifacts/screenshots/<page>-<lang>.png), and the page still works with JavaScript
// off. Page types that are not built yet (404) and languages a page does not honour yet
// (?lang= leaves <html lang> unchanged) are skipped with the reason. Plus keyboard-only use
// of the start page.

import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import {
  LANGUAGES,
  RTL_LANGUAGES,
  assertVisibleFocus,
  checkAxe,
  documentLanguage,
  get,
  htmlLang,
  isLanguage,
  launchBrowser,
  screenshot,
  startServer,
  tabTo,
  withLang,
  withPage,
  withoutJavaScript,
} from './harness.mjs';

// The page types. path(server) gives the page's path (with query), or { skip: reason } when
// there is nothing to show yet; required pages fail instead of being skipped when they 404.
const PAGE_TYPES = [
  { name: 'start', required: true, path: async () => '/' },
  { name: 'search', path: async () => '/zoeken?q=baby' },
  {
    name: 'offer',
    path: async (server) => {
      const id = (await get(server.url('/api/hsds/services?per_page=1'))).json()?.contents?.[0]?.id;
      return id ? `/aanbod/${encodeURIComponent(id)}` : { skip: 'no service id from /api/hsds/services?per_page=1' };
    },
  },
  { name: 'sign-in', required: true, path: async () => '/aanmelden' },
  { name: 'forgot-password', required: true, path: async () => '/wachtwoord-vergeten' },
  {
    name: 'poster',
    path: async (server) => {
      const id = (await get(server.url('/api/hsds/services?per_page=1'))).json()?.contents?.[0]?.id;
      return id ? `/aanbod/${encodeURIComponent(id)}/affiche` : { skip: 'no service id from /api/hsds/services?per_page=1' };
    },
  },
  {
    name: 'location',
    required: true,
    path: async (server) =>
      (await locationPath(server)) ?? { skip: 'no location id from /api/hsds/service_at_locations?per_page=1' },
  },
  {
    name: 'network',
    required: true,
    path: async (server) => {
      // Networks are no HSDS object: take the first /huis/<id> link of the start page, or else
      // of a location page (each names its Huis van het Kind).
      const location = await locationPath(server);
      for (const page of ['/', ...(location ? [location] : [])]) {
        const href = /href="(\/huis\/[^"?#]+)/.exec((await get(server.url(page))).text)?.[1];
        if (href) return href;
      }
      return { skip: 'neither the start page nor a location page links to a /huis/<network id> page' };
    },
  },
];

// The page of the location of the first service-at-location of the API, or null.
async function locationPath(server) {
  const sal = (await get(server.url('/api/hsds/service_at_locations?per_page=1'))).json()?.contents?.[0];
  const id = sal?.location_id ?? sal?.location?.id;
  return id ? `/locatie/${encodeURIComponent(id)}` : null;
}

// Start the server and the browser, then find out what exists (page types, languages) so that
// each combination is a test of its own, run or skipped with its reason.
const server = await startServer();
let browser;
let plan;
try {
  browser = await launchBrowser();
  plan = await discover(server);
} catch (e) {
  await browser?.close();
  await server.stop();
  throw e;
}

describe('HvhK in Chromium', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  describe('pages', () => {
    for (const page of plan) {
      describe(`${page.name} page${page.path ? ` (${page.path})` : ''}`, () => {
        for (const { lang, url, skip } of page.languages) {
          it(`${lang}: <html lang>, axe WCAG 2.x AA, screenshot`, { skip }, async () => {
            await withPage(browser, { lang }, async (p) => {
              const response = await p.goto(url);
              assert.equal(response?.status(), 200, `GET ${url}`);
              const doc = await documentLanguage(p);
              assert.ok(doc.lang, `<html> of ${url} has no lang attribute`);
              assert.ok(isLanguage(doc.lang, lang), `<html lang="${doc.lang}"> on ${url}, expected ${lang}`);
              if (RTL_LANGUAGES.has(lang)) assert.equal(doc.dir, 'rtl', `<html dir> on ${url}`);
              else assert.notEqual(doc.dir, 'rtl', `<html dir> on ${url}`);
              await screenshot(p, `${page.name}-${lang}.png`);
              await checkAxe(p);
            });
          });

          it(`${lang}: works without JavaScript`, { skip }, async () => {
            await withoutJavaScript(browser, { lang }, async (p) => {
              const response = await p.goto(url);
              assert.equal(response?.status(), 200, `GET ${url} without JavaScript`);
              const heading = p.locator('h1').first();
              assert.ok(await heading.isVisible(), `no visible <h1> on ${url} without JavaScript`);
              assert.ok((await heading.innerText()).trim(), `empty <h1> on ${url} without JavaScript`);
            });
          });
        }
      });
    }
  });

  describe('keyboard', () => {
    it('start page: Tab reaches the open-data (API) link with a visible focus, Enter follows it', async () => {
      await withPage(browser, { lang: 'nl' }, async (p) => {
        assert.equal((await p.goto(server.url('/')))?.status(), 200);
        const apiLink = p.locator('a[href^="/api/hsds"]').first();
        await tabTo(p, apiLink);
        await assertVisibleFocus(p);
        const href = new URL(await apiLink.getAttribute('href'), server.baseURL).href;
        const [response] = await Promise.all([
          p.waitForResponse((r) => r.url() === href && r.request().isNavigationRequest()),
          p.keyboard.press('Enter'),
        ]);
        assert.equal(response.status(), 200, `GET ${href}`);
        await p.waitForURL(href);
      });
    });
  });
});

// For each page type: its path and, per language, the URL to load or why it is skipped.
async function discover(srv) {
  const plan = [];
  for (const type of PAGE_TYPES) {
    const path = await type.path(srv);
    if (typeof path !== 'string') {
      plan.push({ name: type.name, path: null, languages: LANGUAGES.map((lang) => ({ lang, skip: path.skip })) });
      continue;
    }
    const url = srv.url(path);
    const first = await get(url);
    if (first.status === 404 && !type.required) {
      const skip = `${path} answers 404: this page is not built yet`;
      plan.push({ name: type.name, path, languages: LANGUAGES.map((lang) => ({ lang, skip })) });
      continue;
    }
    const languages = [];
    for (const lang of LANGUAGES) {
      if (lang === 'nl' || first.status !== 200) {
        // Dutch is the default: the plain URL. A page that fails is tested (and fails) once, in Dutch.
        languages.push({ lang, url, skip: lang === 'nl' ? false : `${path} answers ${first.status}` });
        continue;
      }
      const localized = withLang(url, lang);
      const answer = await get(localized);
      const value = htmlLang(answer.text);
      languages.push({
        lang,
        url: localized,
        skip:
          answer.status === 200 && isLanguage(value, lang)
            ? false
            : `?lang=${lang} not honoured yet (status ${answer.status}, <html lang="${value}">)`,
      });
    }
    plan.push({ name: type.name, path, languages });
  }
  return plan;
}
