// Browser test of partner admission on the demo network: a candidate organisation applies from
// the network's public page (first without an e-mail address: what was typed stays and the
// message stands next to the field), a coordinator plans a meeting for today and finds the
// application on its agenda, cannot save "not admitted" without reasons, then saves it with
// reasons; a second candidate is admitted and shows up on the network's public page. Every page
// passes axe-core (Dutch; the public form also in Arabic).
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import {
  checkAxe,
  createAccount,
  get,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
  withPage,
} from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();

// The demo's Huis van het Kind (its id from the start page's link).
const network = /href="\/huis\/([^"?#]+)/.exec((await get(server.url('/'))).text)[1];
const coordinator = await createAccount(server, {
  email: 'coordinator@huis.example',
  password: 'vergadering-zele-2026',
  name: 'Coördinator',
  role: 'coordinator',
  scope: decodeURIComponent(network),
});

// Fills in the public form; the e-mail address only when given.
async function fillApplication(page, { name, email }) {
  await page.locator('#organization_name').fill(name);
  await page.locator('#partner_type').selectOption('association');
  await page.locator('#contact_name').fill('An Peeters');
  if (email !== undefined) await page.locator('#email').fill(email);
  await page.locator('#themes-leisure').check();
  await page.locator('input[name=municipalities]').first().check();
  await page.locator('#motivation').fill('Wij lenen speelgoed uit aan gezinnen, ook met kansentarief.');
}

async function apply(page, name) {
  await page.goto(server.url(`/huis/${network}/partner-worden?lang=nl`));
  await fillApplication(page, { name, email: 'info@kandidaat.example' });
  await page.getByRole('button', { name: 'Verstuur de aanvraag' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('h1').innerText(), /We hebben je aanvraag ontvangen/);
}

describe('partner admission', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('a candidate applies from the network page; a missing e-mail address keeps what was typed', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url(`/huis/${network}?lang=nl`));
      await page.getByRole('link', { name: /Word partner/ }).click();
      await page.waitForURL(/\/partner-worden/);
      await checkAxe(page);
      await fillApplication(page, { name: 'Speelotheek De Knikker' });
      await page.getByRole('button', { name: 'Verstuur de aanvraag' }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('#email-error').innerText(), /e-mailadres/i);
      assert.equal(await page.locator('#organization_name').inputValue(), 'Speelotheek De Knikker');
      assert.ok(await page.locator('#themes-leisure').isChecked());
      assert.match(await page.locator('#motivation').inputValue(), /speelgoed/);
      await checkAxe(page);
      await screenshot(page, 'admission-apply-error-nl');

      await page.locator('#email').fill('info@knikker.example');
      await page.getByRole('button', { name: 'Verstuur de aanvraag' }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('h1').innerText(), /We hebben je aanvraag ontvangen/);
      await checkAxe(page);
      await screenshot(page, 'admission-received-nl');
    });
  });

  it('the public form in Arabic, with its messages, passes axe', async () => {
    await withPage(browser, { lang: 'ar' }, async (page) => {
      await page.goto(server.url(`/huis/${network}/partner-worden?lang=ar`));
      await checkAxe(page);
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForLoadState();
      assert.ok(await page.locator('#organization_name-error').isVisible());
      await checkAxe(page);
      await screenshot(page, 'admission-apply-error-ar');
    });
  });

  it('a coordinator plans a meeting, refuses without reasons, decides with reasons, admits a second one', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, coordinator);
      await page.goto(server.url(`/portaal/huis/${network}/aanvragen?lang=nl`));
      assert.match(await page.locator('main').innerText(), /Speelotheek De Knikker/);
      await checkAxe(page);

      await page.goto(server.url(`/portaal/huis/${network}/vergaderingen?lang=nl`));
      await checkAxe(page);
      await page.locator('#date').fill(server.today);
      await page.locator('#time').fill('19:30');
      await page.locator('#place').fill('Huis van het Kind, zaal 1');
      await page.locator('#items').fill('Verslag vorige vergadering\nVaria');
      await page.getByRole('button', { name: 'Plan de vergadering' }).click();
      await page.waitForURL(/\/vergaderingen\/[^/?]+/);
      const meetingUrl = page.url();
      const knikker = page.locator('section.agenda-application', { hasText: 'Speelotheek De Knikker' });
      await knikker.waitFor();
      await checkAxe(page);
      await screenshot(page, 'admission-meeting-nl');

      await knikker.getByLabel('Niet toegelaten', { exact: true }).check();
      await knikker.getByRole('button', { name: 'Bewaar de beslissing' }).click();
      await page.waitForLoadState();
      const refused = page.locator('section.agenda-application', { hasText: 'Speelotheek De Knikker' });
      assert.match(await refused.locator('.field-error').first().innerText(), /Schrijf de redenen op/);
      assert.ok(await refused.getByLabel('Niet toegelaten', { exact: true }).isChecked());
      await checkAxe(page);
      await screenshot(page, 'admission-decision-error-nl');

      await refused.locator('textarea[name=reasons]').fill('Het aanbod valt buiten de werking van het netwerk.');
      await refused.getByRole('button', { name: 'Bewaar de beslissing' }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('[role=status]').innerText(), /is bewaard/);
      await checkAxe(page);

      // A second candidate applies the same day: on the same agenda, and admitted.
      await withPage(browser, { lang: 'nl' }, (candidate) => apply(candidate, 'Bibliotheek Zonnestraal'));
      await page.goto(meetingUrl);
      const zonnestraal = page.locator('section.agenda-application', { hasText: 'Bibliotheek Zonnestraal' });
      await zonnestraal.getByLabel('Toegelaten als partner', { exact: true }).check();
      await zonnestraal.getByRole('button', { name: 'Bewaar de beslissing' }).click();
      await page.waitForLoadState();
      assert.ok(await page.getByRole('link', { name: 'Nodig de mensen van de nieuwe partner uit' }).isVisible());
      await checkAxe(page);

      await page.getByRole('link', { name: 'Bibliotheek Zonnestraal' }).click();
      await page.waitForURL(/\/aanvragen\//);
      assert.match(await page.locator('main').innerText(), /Toegevoegd als partner van het netwerk/);
      await checkAxe(page);
      await screenshot(page, 'admission-application-nl');
    });

    // The catalogue reloads by itself (every 2 s): the new partner appears on the public page.
    let text = '';
    for (let i = 0; i < 50 && !text.includes('Bibliotheek Zonnestraal'); i++) {
      text = (await get(server.url(`/huis/${network}?lang=nl`))).text;
      if (!text.includes('Bibliotheek Zonnestraal')) await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(text, /Bibliotheek Zonnestraal/);
    assert.doesNotMatch(text, /Speelotheek De Knikker/);
  });
});
