// The partner journey end to end, with real e-mail (an SMTP server on loopback): a partner
// admin invites a colleague; the invitation arrives by e-mail; the colleague chooses a password
// from its link, turns on the second step (TOTP, an authenticator app), signs out and in again
// with a code, and makes a new offer; the network reviews offers, so the coordinator approves
// it; then a family finds it in the finder.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import {
  checkAxe,
  createAccount,
  get,
  launchBrowser,
  nextTotpCode,
  screenshot,
  signIn,
  startServer,
  withPage,
} from './harness.mjs';

const server = await startServer({ mail: true });
const browser = await launchBrowser();

const organization = (await get(server.url('/api/hsds/organizations?per_page=1'))).json().contents[0];
const network = decodeURIComponent(/href="\/huis\/([^"?#]+)/.exec((await get(server.url('/'))).text)[1]);
const admin = await createAccount(server, {
  email: 'beheer@partner.example',
  password: 'partner-beheer-2026',
  name: 'Lien',
  role: 'partner_admin',
  scope: organization.id,
});
const coordinator = await createAccount(server, {
  email: 'coordinator@huis.example',
  password: 'coordinator-2026',
  name: 'Kim',
  role: 'coordinator',
  scope: network,
});
const newcomer = { email: 'noor@partner.example', password: 'een lange zin als wachtwoord' };
const NAME = 'Spelen in het park met de wijkwerker';

describe('the partner journey', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('invite → first sign-in with the second step → new offer → review → found by families', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, coordinator);
      await page.goto(server.url(`/portaal/huis/${encodeURIComponent(network)}/nazicht`));
      await page.getByLabel('Nieuw en gewijzigd aanbod van partners nazien voor gezinnen het zien').check();
      await page.getByRole('button', { name: 'Deze keuze bewaren' }).click();
      await page.waitForLoadState();
    });

    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, admin);
      await page.goto(server.url(`/portaal/organisatie/${organization.id}/uitnodigen`));
      await page.locator('#email').fill(newcomer.email);
      await page.locator('#name').fill('Noor');
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForLoadState();
    });

    // The invitation, by e-mail, with a single-use link.
    const mail = await server.waitForMail(newcomer.email);
    const link = /https?:\/\/\S+\/wachtwoord-kiezen\?code=[0-9a-f]+/.exec(mail.body)?.[0];
    assert.ok(link, `an invitation link in:\n${mail.body}`);

    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url(new URL(link).pathname + new URL(link).search));
      await checkAxe(page);
      await page.locator('#password').fill(newcomer.password);
      await page.locator('#repeat').fill(newcomer.password);
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/portaal$/);

      // The second step: the secret from the page into "the app", a code back.
      await page.goto(server.url('/portaal/tweestapsverificatie'));
      newcomer.totpSecret = (await page.locator('#secret').innerText()).replace(/\s+/g, '');
      await page.locator('#code').fill(await nextTotpCode(newcomer));
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/portaal\/tweestapsverificatie\?aan=1$/);
      await page.goto(server.url('/portaal'));
      await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
      await page.waitForURL(/\/$/);

      await signIn(page, server, newcomer); // asks the code now
      await page.goto(server.url(`/portaal/organisatie/${organization.id}`));
      await page.getByRole('link', { name: 'Nieuw aanbod' }).click();
      await page.locator('#name').fill(NAME);
      await page.locator('#description').fill('Elke zaterdag spelen we in het park. Gratis, zonder inschrijven.');
      await page.locator('#themes-leisure').check();
      await page.locator('#min_age').fill('3');
      await page.locator('#max_age').fill('12');
      await page.locator('#places input[type=checkbox]').first().check();
      await page.locator('#t0_place').selectOption({ index: 1 });
      await page.locator('#t0_day-SA').check();
      await page.locator('#t0_start').fill('2026-11-28');
      await page.locator('#t0_opens').fill('10:00');
      await page.locator('#t0_closes').fill('12:00');
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForURL(/ingediend=1/);
      // The organisation page shows it waiting.
      await page.goto(server.url(`/portaal/organisatie/${organization.id}`));
      assert.match(await page.locator('main').innerText(), new RegExp(`${NAME} — Wacht op nazicht`));
      await checkAxe(page);
      await screenshot(page, 'journey-organization-waiting-nl');
    });

    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, coordinator);
      await page.goto(server.url(`/portaal/huis/${encodeURIComponent(network)}/nazicht`));
      await page.getByRole('link', { name: NAME }).click();
      await page.getByRole('button', { name: 'Goedkeuren: gezinnen zien het' }).click();
      await page.waitForLoadState();
    });

    const found = await get(server.url(`/zoeken?q=${encodeURIComponent('park wijkwerker')}`));
    assert.match(found.text, new RegExp(NAME));
  });
});
