// Browser tests of the coverage matrix on the demo network, as a municipality viewer (an
// alderman's civil servant) sees it: the page from the network's page, axe-clean in Dutch and
// Arabic; choosing a municipality and following a cell without JavaScript; the CSV download;
// and a 360 px phone, where the table scrolls inside its own labelled, focusable box.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, describe, it } from 'node:test';

import {
  checkAxe,
  createAccount,
  documentLanguage,
  get,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
  withoutJavaScript,
  withPage,
} from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();

// The demo's Huis van het Kind (from the start page's link) and one of its municipalities (the
// NIS code of an offer's service area in the open data).
const network = decodeURIComponent(/href="\/huis\/([^"?#]+)/.exec((await get(server.url('/'))).text)[1]);
const listed = (await get(server.url('/api/hsds/services?per_page=1'))).json().contents[0];
const service = (await get(server.url(`/api/hsds/services/${listed.id}`))).json();
const nis = service.service_areas.find((area) => area.extent_type === 'nis_code').extent;
const viewer = await createAccount(server, {
  email: 'schepen@gemeente.example',
  password: 'dekking-scheldeboog-2026',
  role: 'municipality_viewer',
  scope: nis,
});
const coverage = `/portaal/huis/${encodeURIComponent(network)}/dekking`;

describe('coverage matrix', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('a municipality viewer opens it from the network page (Dutch, axe clean) and downloads the CSV', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, viewer);
      await page.goto(server.url(`/portaal/huis/${encodeURIComponent(network)}`));
      await page.locator('main a[href*="/dekking"]').click();
      await page.waitForURL(/\/dekking\?/);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Dekking van het aanbod');
      assert.match(await page.locator('main').innerText(), /Hiaten: \d+\. Overlap: \d+\./);
      await checkAxe(page);
      await screenshot(page, 'coverage-nl');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Dekking als CSV-bestand' }).click(),
      ]);
      assert.match(download.suggestedFilename(), /^dekking-huis-van-het-kind-.*-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = await readFile(await download.path(), 'utf8');
      assert.ok(csv.startsWith('\uFEFFGemeente,Thema,Leeftijd,Aantal aanbod,Partners,Aanbod,Hiaat,Overlap\r\n'));
      assert.ok(csv.split('\r\n').length > 70, 'a row per municipality, theme and age');

      // The offers behind a cell, below the table.
      await page.locator('table.coverage td a').first().click();
      await page.waitForURL(/thema=.*leeftijd=/);
      await checkAxe(page);
    });
  });

  it('chooses a municipality and follows a cell without JavaScript', async () => {
    await withoutJavaScript(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, viewer);
      await page.goto(server.url(`${coverage}?lang=nl`));
      await page.locator('#gemeente').selectOption(nis);
      await page.getByRole('button', { name: 'Toon', exact: true }).click();
      await page.waitForURL(new RegExp(`gemeente=${nis}`));
      assert.equal(await page.locator('#gemeente').inputValue(), nis);
      const cell = page.locator('table.coverage td a').first();
      const count = Number((await cell.innerText()).trim());
      await cell.click();
      await page.waitForURL(/thema=.*leeftijd=/);
      assert.match(await page.locator('#aanbod').innerText(), /^Aanbod voor/);
      assert.equal(await page.locator('#aanbod + table tbody tr').count(), count);
    });
  });

  it('is axe clean in Arabic, right to left', async () => {
    await withPage(browser, { lang: 'ar' }, async (page) => {
      await signIn(page, server, viewer, { lang: 'ar' });
      await page.goto(server.url(`${coverage}?lang=ar`));
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      await checkAxe(page);
      await screenshot(page, 'coverage-ar');
    });
  });

  it('fits a 360 px phone: the table scrolls in its own box, also by keyboard', async () => {
    await withPage(browser, { lang: 'nl', viewport: { width: 360, height: 740 } }, async (page) => {
      await signIn(page, server, viewer);
      await page.goto(server.url(`${coverage}?lang=nl`));
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: innerWidth }));
      assert.ok(widths.page <= widths.view, `the page is ${widths.page}px wide on a ${widths.view}px screen`);
      const region = page.getByRole('region', { name: /Actief aanbod per thema en leeftijd/ });
      const box = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      assert.ok(box.scroll > box.client, 'the table is wider than the screen and scrolls in its box');
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      // Keyboard scrolling may be animated: wait for it rather than read it at once.
      const scrolled = await region.evaluate(
        (el) =>
          new Promise((resolve) => {
            const start = performance.now();
            const check = () => {
              if (el.scrollLeft !== 0 || performance.now() - start > 2000) resolve(el.scrollLeft);
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
      assert.ok(scrolled !== 0, 'the arrow keys scroll the table');
      await checkAxe(page);
      await screenshot(page, 'coverage-phone-nl');
    });
  });
});
