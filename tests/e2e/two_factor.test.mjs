// Browser tests of the second step when signing in (TOTP): a coordinator who signs in for the
// first time is sent to the set-up page, reads the secret from the page (as someone typing it in
// would), gives the code and reaches the portal; signs out and in again with a code; a wrong
// code in Arabic keeps the page usable. Every page passes axe-core.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import {
  checkAxe,
  createAccount,
  documentLanguage,
  get,
  launchBrowser,
  nextTotpCode,
  screenshot,
  signIn,
  startServer,
  totpCode,
  totpStep,
  withPage,
} from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();
const network = decodeURIComponent(/href="\/huis\/([^"?#]+)/.exec((await get(server.url('/'))).text)[1]);

// A coordinator without the second step yet: they set it up themselves.
const newcomer = await createAccount(server, {
  email: 'nieuwe.coordinator@huis.example',
  password: 'scheldeboog-coordinatie-2026',
  role: 'coordinator',
  scope: network,
  totpSecret: false,
});

describe('second step when signing in', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('a coordinator sets it up at the first sign-in, then signs in with a code', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url('/aanmelden?lang=nl'));
      await page.locator('#email').fill(newcomer.email);
      await page.locator('#password').fill(newcomer.password);
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/portaal\/tweestapsverificatie$/);
      assert.equal((await page.locator('h1').innerText()).trim(), 'Tweestapsverificatie');
      assert.ok(await page.locator('main svg[role=img]').isVisible(), 'the QR code');
      await checkAxe(page);
      await screenshot(page, 'two-factor-setup-nl');
      // Nothing else opens before it is done.
      await page.goto(server.url('/portaal'));
      await page.waitForURL(/\/portaal\/tweestapsverificatie$/);

      // The secret as someone would type it into their app.
      const secret = (await page.locator('#secret').innerText()).replace(/\s+/g, '');
      assert.match(secret, /^[A-Z2-7]{32}$/);
      newcomer.totpSecret = secret;
      await page.locator('#code').fill('000000' === totpCode(secret, totpStep()) ? '111111' : '000000');
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForLoadState();
      assert.ok(await page.locator('#code-error').isVisible(), 'a wrong code is named next to the field');
      assert.equal(await page.locator('#code').getAttribute('aria-invalid'), 'true');
      await checkAxe(page);

      await page.locator('#code').fill(await nextTotpCode(newcomer));
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/portaal\/tweestapsverificatie\?aan=1$/);
      assert.match(await page.locator('[role=status]').innerText(), /staat aan/);
      await checkAxe(page);
      await page.getByRole('link', { name: 'Terug naar het partnerportaal' }).click();
      await page.waitForURL(/\/portaal$/);
      assert.match(await page.locator('main').innerText(), /Tweestapsverificatie staat aan/);

      // Out, and in again: now the code page comes after the password.
      await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
      await page.waitForURL(/\/$/);
      await page.goto(server.url('/aanmelden?lang=nl'));
      await page.locator('#email').fill(newcomer.email);
      await page.locator('#password').fill(newcomer.password);
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/aanmelden\/code$/);
      await checkAxe(page);
      await screenshot(page, 'two-factor-code-nl');
      await page.locator('#code').fill(await nextTotpCode(newcomer));
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/portaal$/);
    });
  });

  it('the harness signs in a coordinator with a code', async () => {
    const coordinator = await createAccount(server, {
      email: 'coordinator@huis.example',
      password: 'scheldeboog-coordinatie-2026',
      role: 'coordinator',
      scope: network,
    });
    assert.match(coordinator.totpSecret, /^[A-Z2-7]{32}$/);
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, coordinator);
      await page.goto(server.url(`/portaal/huis/${encodeURIComponent(network)}`));
      assert.equal(new URL(page.url()).pathname, `/portaal/huis/${encodeURIComponent(network)}`);
    });
  });

  it('a wrong code in Arabic is named next to the field and the page stays usable', async () => {
    const account = await createAccount(server, {
      email: 'beheerder@huis.example',
      password: 'scheldeboog-beheer-2026',
      role: 'administrator',
    });
    await withPage(browser, { lang: 'ar' }, async (page) => {
      await page.goto(server.url('/aanmelden?lang=ar'));
      await page.locator('#email').fill(account.email);
      await page.locator('#password').fill(account.password);
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/aanmelden\/code$/);
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      const right = totpCode(account.totpSecret, totpStep());
      await page.locator('#code').fill(right === '123456' ? '654321' : '123456');
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForLoadState();
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      assert.match(await page.locator('#code-error').innerText(), /الرمز غير صحيح/);
      assert.equal(await page.locator('#code').getAttribute('aria-describedby'), 'code-hint code-error');
      await checkAxe(page);
      await screenshot(page, 'two-factor-wrong-code-ar');
      // Still usable: the right code signs in.
      await page.locator('#code').fill(await nextTotpCode(account));
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/\/portaal$/);
    });
  });
});
