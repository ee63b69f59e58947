// Browser test of the platform administrator's pages on the demo network: an administrator
// (with the second sign-in step) goes from the portal's start page to "Platform beheren",
// makes a new Huis van het Kind with a known municipality and one that was not known yet (a
// wrong NIS code is named next to its field first, what was typed stays), and appoints its
// coordinator. The pages pass axe-core in Dutch, and the form in Arabic.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import { checkAxe, createAccount, launchBrowser, screenshot, signIn, startServer, withPage } from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();
const admin = await createAccount(server, {
  email: 'beheerder@platform.example',
  name: 'Bea Beheer',
  password: 'platform-beheer-2026',
  role: 'administrator',
});
const NAME = 'Huis van het Kind Proefdorp';

describe('platform administrator', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('makes a Huis van het Kind and appoints its coordinator', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, admin);
      await page.getByRole('link', { name: 'Platform beheren' }).click();
      await page.waitForURL(/\/portaal\/beheer(\?.*)?$/);
      await checkAxe(page);
      await page.getByRole('link', { name: 'Nieuw Huis van het Kind' }).click();
      await checkAxe(page);

      await page.getByLabel('Naam', { exact: true }).fill(NAME);
      await page.locator('#email').fill('info@proefdorp.example');
      await page.locator('input[name=municipality]').first().check();
      await page.locator('#new-1-nis').fill('1234');
      await page.locator('#new-1-postcodes').fill('9000');
      await page.getByRole('button', { name: 'Huis van het Kind bewaren' }).click();
      // The wrong NIS code is named next to its field; what was typed stays.
      await assert.doesNotReject(page.locator('#new-1-nis-error').waitFor());
      assert.match(await page.locator('#new-1-nis-error').innerText(), /5 cijfers/);
      assert.equal(await page.locator('#name').inputValue(), NAME);
      assert.equal(await page.locator('#new-1-postcodes').inputValue(), '9000');
      assert.equal(await page.locator('#new-1-nis').getAttribute('aria-invalid'), 'true');
      await checkAxe(page);
      await screenshot(page, 'platform-network-error-nl');

      await page.locator('#new-1-nis').fill('99001');
      await page.getByRole('button', { name: 'Huis van het Kind bewaren' }).click();
      await page.waitForURL(/\/portaal\/beheer\?nieuw=1/);
      assert.match(await page.locator('main').innerText(), /Het Huis van het Kind is bewaard/);
      const row = page.locator('tr', { hasText: NAME });
      assert.match(await row.innerText(), /Gent/);  // the new municipality, named after its postcode
      await checkAxe(page);
      await screenshot(page, 'platform-overview-nl');

      await row.getByRole('link', { name: /Coördinator aanstellen/ }).click();
      await checkAxe(page);
      await page.getByLabel('E-mailadres', { exact: true }).fill('coordinator@proefdorp.example');
      await page.locator('#name').fill('Cora Coördinator');
      await page.getByRole('button', { name: 'Aanstellen en e-mail sturen' }).click();
      assert.match(await page.locator('h1').innerText(), /Coördinator aangesteld/);
      await checkAxe(page);

      await page.goto(server.url('/portaal/beheer?lang=nl'));
      assert.match(await page.locator('tr', { hasText: NAME }).innerText(), /coordinator@proefdorp\.example/);
    });
  });

  it('passes axe in Arabic', async () => {
    await withPage(browser, { lang: 'ar' }, async (page) => {
      await signIn(page, server, admin, { lang: 'ar' });
      await page.goto(server.url('/portaal/beheer/huis-nieuw?lang=ar'));
      assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
      await checkAxe(page);
      await page.locator('form.portal button[type=submit]').click();
      await page.locator('#name-error').waitFor();
      await checkAxe(page);
      await screenshot(page, 'platform-network-error-ar');
    });
  });
});
