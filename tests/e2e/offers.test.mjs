// Browser tests of offers in the partner portal on the demo network: the coordinator asks to
// review offers; a partner's staff member makes a new offer — a missing name is named next to
// the field and nothing typed is lost — previews it as families will see it and sends it; the
// coordinator sees what is new, approves it, and a family finds it in the finder. The editor
// passes axe-core in Dutch and Arabic (right to left), and works without JavaScript. A partner
// changes one time of an offer that also runs at another partner's place (the homework class at
// the library's Berlare branch), saves it, and families see the new time (issue 12).
import assert from 'node:assert/strict';
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
  withPage,
  withoutJavaScript,
} from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();

const organization = (await get(server.url('/api/hsds/organizations?per_page=1'))).json().contents[0];
const network = decodeURIComponent(/href="\/huis\/([^"?#]+)/.exec((await get(server.url('/'))).text)[1]);
const staff = await createAccount(server, {
  email: 'aanbod@partner.example',
  password: 'aanbod-maken-2026',
  name: 'Sara',
  role: 'partner_staff',
  scope: organization.id,
});
const coordinator = await createAccount(server, {
  email: 'nazicht@huis.example',
  password: 'nazicht-doen-2026',
  name: 'Kim',
  role: 'coordinator',
  scope: network,
});
const NAME = 'Voorleesmoment met knuffels';

// The homework class of the school, also held at the library's Berlare branch.
const homeworkId = /href="\/aanbod\/([^"?#]+)[^"]*"[^>]*>Huiswerkklas op woensdagnamiddag/.exec(
  (await get(server.url(`/zoeken?q=${encodeURIComponent('huiswerkklas woensdagnamiddag')}`))).text,
)[1];
const homework = (await get(server.url(`/api/hsds/services/${homeworkId}`))).json();
const school = await createAccount(server, {
  email: 'huiswerk@school.example',
  password: 'huiswerk-klas-2026',
  name: 'Jonas',
  role: 'partner_staff',
  scope: homework.organization_id,
});

describe('offers in the partner portal', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('a partner changes the time at the library of an offer and families see it', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, school);
      await page.goto(server.url(`/portaal/organisatie/${homework.organization_id}/aanbod/${homeworkId}`));
      const library = page.locator('fieldset.time').filter({
        has: page.locator('.place-fixed', { hasText: 'filiaal Berlare' }),
      });
      assert.equal(await library.count(), 1);
      assert.match(await library.locator('.place-fixed').innerText(), /Een plaats van Bibliotheek/);
      assert.equal(await library.locator('select[name$="_place"]').count(), 0);
      await checkAxe(page);
      await screenshot(page, 'offer-editor-partner-place-nl');
      await library.locator('input[name$="_closes"]').fill('17:00');
      await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      await page.waitForLoadState();
      assert.match(page.url(), /#voorbeeld$/);
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForURL(/bewaard=1/);
      assert.match(await page.locator('main').innerText(), /Bewaard/);
      assert.match(await page.locator('main').innerText(), /Elke week: woensdag, 14:00–17:00/);
    });
    const shown = (await get(server.url(`/aanbod/${homeworkId}`))).text;
    assert.match(shown, /woensdag, 14:00–17:00/);
    assert.doesNotMatch(shown, /van 14:00 tot 16:00/);
    assert.match(shown, /filiaal Berlare/);
  });

  it('a new offer waits for review, is approved by the coordinator and is found by families', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, coordinator);
      await page.goto(server.url(`/portaal/huis/${encodeURIComponent(network)}`));
      await page.getByRole('link', { name: 'Aanbod dat wacht op nazicht' }).click();
      await checkAxe(page);
      await page.getByLabel('Nieuw en gewijzigd aanbod van partners nazien voor gezinnen het zien').check();
      await page.getByRole('button', { name: 'Deze keuze bewaren' }).click();
      assert.match(await page.locator('main').innerText(), /Vanaf nu wacht nieuw en gewijzigd aanbod/);
    });

    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, staff);
      await page.goto(server.url(`/portaal/organisatie/${organization.id}/aanbod/nieuw`));
      await checkAxe(page);
      // Everything but the name: the message is next to the field, the rest stays.
      const description = 'Elke woensdag lezen we voor aan peuters. Breng gerust je knuffel mee.';
      await page.locator('#description').fill(description);
      await page.locator('#themes-leisure').check();
      await page.locator('#max_age').fill('4');
      const place = page.locator('#places input[type=checkbox]').first();
      await place.check();
      await page.locator('#t0_place').selectOption({ index: 1 });
      await page.locator('#t0_day-WE').check();
      await page.locator('#t0_start').fill('2026-12-02');
      await page.locator('#t0_opens').fill('14:00');
      await page.locator('#t0_closes').fill('15:00');
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('#name-error').innerText(), /Geef het aanbod een naam/);
      assert.equal(await page.locator('#name').getAttribute('aria-invalid'), 'true');
      assert.equal(await page.locator('#description').inputValue(), description);
      assert.equal(await page.locator('#t0_opens').inputValue(), '14:00');
      await checkAxe(page);
      await screenshot(page, 'offer-editor-error-nl');

      await page.locator('#name').fill(NAME);
      await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
      await page.waitForLoadState();
      const preview = page.locator('section.preview');
      assert.match(await preview.innerText(), new RegExp(NAME));
      assert.match(await preview.innerText(), /Volgende keren/);
      await checkAxe(page);
      await screenshot(page, 'offer-editor-preview-nl');

      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForURL(/ingediend=1/);
      assert.match(await page.locator('main').innerText(), /Verstuurd voor nazicht/);
    });
    // Not yet for families.
    assert.doesNotMatch((await get(server.url(`/zoeken?q=${encodeURIComponent('knuffels')}`))).text, new RegExp(NAME));

    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, coordinator);
      await page.goto(server.url(`/portaal/huis/${encodeURIComponent(network)}/nazicht`));
      await page.getByRole('link', { name: NAME }).click();
      await checkAxe(page);
      await screenshot(page, 'offer-review-nl');
      await page.getByRole('button', { name: 'Goedkeuren: gezinnen zien het' }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('main').innerText(), /Er wacht niets op nazicht/);
    });
    const found = await get(server.url(`/zoeken?q=${encodeURIComponent('knuffels')}`));
    assert.match(found.text, new RegExp(NAME));
  });

  it('the editor is usable in Arabic and without JavaScript', async () => {
    await withPage(browser, { lang: 'ar' }, async (page) => {
      await signIn(page, server, staff, { lang: 'ar' });
      await page.goto(server.url(`/portaal/organisatie/${organization.id}/aanbod/nieuw?lang=ar`));
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      await checkAxe(page);
      await screenshot(page, 'offer-editor-ar');
    });
    await withoutJavaScript(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, staff);
      await page.goto(server.url(`/portaal/organisatie/${organization.id}/aanbod/nieuw`));
      await page.getByRole('button', { name: 'Nog een moment toevoegen' }).click();
      await page.waitForLoadState();
      assert.equal(await page.locator('fieldset.time').count(), 2);
    });
  });
});
