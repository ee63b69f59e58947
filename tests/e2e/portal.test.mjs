// Browser tests of the partner portal's front door on the demo network: a partner's staff
// member signs in by keyboard, sees the portal with their role and their organisation's page,
// a wrong password keeps the e-mail address and says what is wrong next to the form, and the
// pages pass axe-core in Dutch and Arabic. The account is made with `hvhk user` in the
// server's own database, as an administrator would.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { after, describe, it } from 'node:test';

import {
  assertVisibleFocus,
  checkAxe,
  createAccount,
  documentLanguage,
  get,
  hvhkBinary,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
  tabTo,
  withPage,
} from './harness.mjs';

const PASSWORD = 'speelotheek-zele-2026';
const EMAIL = 'medewerker@partner.example';

const server = await startServer();
const browser = await launchBrowser();

// The first organisation of the open data, and an account that is its partner staff.
const organization = (await get(server.url('/api/hsds/organizations?per_page=1'))).json().contents[0];
await new Promise((resolve, reject) => {
  const child = execFile(
    hvhkBinary(),
    ['--db', `sqlite:${path.join(server.dir, 'hvhk.db')}`, 'user', EMAIL, '--name', 'Sara', '--role', 'partner_staff',
      '--scope', organization.id],
    (error, stdout, stderr) => (error ? reject(new Error(`hvhk user failed: ${stderr}`)) : resolve(stdout)),
  );
  child.stdin.end(`${PASSWORD}\n`);
});

// A coordinator of the demo's Huis van het Kind (its id from the start page's link).
const COORDINATOR = 'coordinator@huis.example';
const network = /href="\/huis\/([^"?#]+)/.exec((await get(server.url('/'))).text)[1];
// Coordinators must use the second step: createAccount gives the account a TOTP secret and
// signIn fills in its code.
const coordinator = await createAccount(server, {
  email: COORDINATOR,
  password: PASSWORD,
  role: 'coordinator',
  scope: decodeURIComponent(network),
});

describe('partner portal', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('signs in by keyboard and shows the role and the organisation', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url('/aanmelden?lang=nl'));
      await checkAxe(page);
      const email = page.getByLabel('E-mailadres', { exact: true });
      await tabTo(page, email);
      await assertVisibleFocus(page);
      await page.keyboard.type(EMAIL);
      await page.keyboard.press('Tab');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/portaal$/);
      assert.match(await page.locator('main').innerText(), /Medewerker van de partner/);
      await checkAxe(page);
      await screenshot(page, 'portal-nl');

      const link = page.locator('main a', { hasText: organization.name });
      await tabTo(page, link);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/portaal\/organisatie\//);
      assert.equal((await page.locator('h1').innerText()).trim(), organization.name);
      await checkAxe(page);
      await screenshot(page, 'portal-organization-nl');

      // Signing out ends the session: the portal asks to sign in again.
      await page.goto(server.url('/portaal'));
      await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
      await page.goto(server.url('/portaal'));
      assert.match(page.url(), /\/aanmelden$/);
    });
  });

  it('a coordinator keeps the search words of the network; a wrong line is named and nothing is lost', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, coordinator);
      await page.goto(server.url(`/portaal/huis/${network}`));
      await checkAxe(page);
      await page.getByRole('link', { name: 'Zoekwoorden van je Huis van het Kind' }).click();
      await checkAxe(page);
      await page.locator('#lines').fill('fluffel => peuterzwemmen\nkribbe');
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('#lines-error').innerText(), /Er is niets bewaard/);
      assert.equal(await page.locator('#lines').inputValue(), 'fluffel => peuterzwemmen\nkribbe');
      await checkAxe(page);
      await screenshot(page, 'portal-search-words-nl');
      await page.locator('#lines').fill('fluffel => peuterzwemmen');
      await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
      await page.waitForLoadState();
      assert.match(await page.locator('main').innerText(), /Bewaard/);
    });
  });

  it('a wrong password keeps the e-mail address and says what is wrong (Arabic, right to left)', async () => {
    await withPage(browser, { lang: 'ar' }, async (page) => {
      await page.goto(server.url('/aanmelden?lang=ar'));
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      await page.locator('#email').fill(EMAIL);
      await page.locator('#password').fill('not-the-password');
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('#email').inputValue(), EMAIL);
      assert.ok(await page.locator('.error-summary').isVisible());
      assert.equal(await page.locator('#password').inputValue(), '');
      await checkAxe(page);
      await screenshot(page, 'portal-sign-in-error-ar');
    });
  });
});
