// Browser tests of a partner keeping its organisation in the portal, on the demo network: a
// partner admin corrects the profile after a wrong e-mail address (named next to the field,
// the rest kept), adds a place by its postcode (the town filled in) and finds it on the public
// place page, and removes an invited colleague after a confirmation page. Pages pass axe-core in
// Dutch, and the profile in Arabic.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import { checkAxe, createAccount, get, launchBrowser, screenshot, signIn, startServer, withPage } from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();

const organization = (await get(server.url('/api/hsds/organizations?per_page=1'))).json().contents[0];
const admin = await createAccount(server, {
  email: 'beheerder@partner.example',
  password: 'bib-beheer-2026-zele',
  name: 'Lien',
  role: 'partner_admin',
  scope: organization.id,
});
const base = `/portaal/organisatie/${organization.id}`;

describe('a partner keeps its organisation', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('edits the profile: a wrong field is named, the rest is kept, then it is saved', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, admin);
      await page.goto(server.url(base));
      await page.getByRole('link', { name: 'Profiel van de organisatie', exact: true }).click();
      await checkAxe(page);
      await page.locator('#name').fill('Bibliotheek Zele (test)');
      await page.locator('#email').fill('geen-adres');
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('#email-error').innerText(), /e-mailadres/);
      assert.equal(await page.locator('#name').inputValue(), 'Bibliotheek Zele (test)');
      assert.equal(await page.locator('#email').inputValue(), 'geen-adres');
      await checkAxe(page);
      await screenshot(page, 'organization-profile-error-nl');

      await page.locator('#email').fill('info@bib-zele.example');
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForURL(/bewaard=1/);
      assert.match(await page.locator('main').innerText(), /Bewaard\./);
      assert.match(await page.locator('main table').innerText(), /Lien/); // the history: who changed it
      await checkAxe(page);
    });
  });

  it('adds a place by postcode, with the town filled in, and families see it', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, admin);
      await page.goto(server.url(`${base}/plaatsen`));
      await checkAxe(page);
      await page.getByRole('link', { name: 'Nieuwe locatie', exact: true }).click();
      await checkAxe(page);
      await page.locator('#name').fill('Voorleeshoek Kouter');
      await page.locator('#street').fill('Kouter 1');
      await page.locator('#postcode').fill('9000');
      await page.locator('#accessibility').fill('Drempelvrije ingang, verzorgingstafel');
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForURL(/\/plaatsen\/[0-9a-f-]{36}\?bewaard=1/);
      assert.equal(await page.locator('#city').inputValue(), 'Gent');
      assert.match(await page.locator('main').innerText(), /midden van de postcode/);
      await checkAxe(page);
      await screenshot(page, 'organization-place-nl');

      // The finder reloads by itself; the public place page shows the new place soon after.
      const id = /\/plaatsen\/([0-9a-f-]{36})/.exec(page.url())[1];
      let found = false;
      for (let i = 0; i < 40 && !found; i += 1) {
        const response = await get(server.url(`/locatie/${id}`));
        found = response.status === 200 && response.text.includes('Voorleeshoek Kouter');
        if (!found) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.ok(found, 'the public place page shows the new place');
      await page.goto(server.url(`/locatie/${id}?lang=nl`));
      assert.match(await page.locator('main').innerText(), /Drempelvrije ingang/);
    });
  });

  it('removes an invited colleague after a confirmation page', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, admin);
      await page.goto(server.url(`${base}/uitnodigen?lang=nl`));
      await page.locator('#email').fill('collega@partner.example');
      await page.locator('#name').fill('Collega Jan');
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForLoadState();

      await page.goto(server.url(base));
      await page.getByRole('link', { name: 'Medewerkers', exact: true }).click();
      const table = page.locator('main table');
      assert.match(await table.innerText(), /Collega Jan/);
      assert.match(await table.innerText(), /nog geen wachtwoord/);
      await checkAxe(page);
      await screenshot(page, 'organization-staff-nl');

      await page.locator('tr', { hasText: 'Collega Jan' }).getByRole('link', { name: /Verwijderen/ }).click();
      assert.match(await page.locator('h1').innerText(), /Collega Jan/);
      await checkAxe(page);
      await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
      await page.waitForURL(/verwijderd=1/);
      assert.doesNotMatch(await page.locator('main table').innerText(), /Collega Jan/);
      assert.match(await page.locator('main').innerText(), /werkt niet meer/);
    });
  });

  it('the profile page is accessible in Arabic, right to left', async () => {
    await withPage(browser, { lang: 'ar' }, async (page) => {
      await signIn(page, server, admin, { lang: 'ar' });
      await page.goto(server.url(`${base}/profiel?lang=ar`));
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      await checkAxe(page);
      await screenshot(page, 'organization-profile-ar');
    });
  });
});
