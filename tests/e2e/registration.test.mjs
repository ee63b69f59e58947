// Browser test of a family registering for an activity without an account (issue 5, "taking
// part"), on the demo network with a real SMTP sink:
//  a. the homework class of 2 December is filled to 11 of its 12 places over HTTP; family A takes
//     the last place in the browser (first with a missing first name and an impossible age: the
//     messages stand next to the fields and what was typed stays), gets its confirmation mail
//     with an .ics, and cancels from the link in that mail (first without ticking "sure");
//     family B, first on the waiting list, gets the "a place is free for you" mail and confirms.
//  b. a Turkish family registers for the Zomerklas: first with a postcode from outside the
//     municipalities (residents first until 31 May), then with 9240; page and mail in Turkish.
//  c. the form and the family's page with the keyboard only, without JavaScript, in Arabic
//     (right to left) on a 320 px phone, and the family's page printed as a slip.
// Every page passes axe-core.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, describe, it } from 'node:test';

import {
  assertVisibleFocus,
  checkAxe,
  documentLanguage,
  get,
  launchBrowser,
  screenshot,
  startServer,
  tabTo,
  withoutJavaScript,
  withPage,
} from './harness.mjs';

const server = await startServer({ mail: true });
const browser = await launchBrowser();

// The id of the demo offer the finder shows first for a word.
async function offerId(word) {
  const found = await get(server.url(`/zoeken?q=${encodeURIComponent(word)}&lang=nl`));
  const id = /href="\/aanbod\/([^"?#/]+)/.exec(found.text)?.[1];
  assert.ok(id, `the finder shows an offer for ${word}`);
  return id;
}
const homework = await offerId('huiswerkklas');
const summer = await offerId('zomerklas');

const hex = () => randomBytes(32).toString('hex');

// Registers a family with a plain HTTP POST, as the form would (the form's CSRF token is any
// 64-hex value given both as the cookie and as the field). Returns the response.
async function registerByHttp(session, { name, email, child = '8', language = 'nl' }) {
  const csrf = hex();
  const body = new URLSearchParams({ csrf, request: hex(), first_name: name, channel: 'email', email, language });
  body.set('child', child);
  body.set('consent', 'yes');
  return fetch(server.url(`/aanbod/${homework}/inschrijven/${session}`), {
    method: 'POST',
    body,
    headers: { cookie: `hvhk_form=${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
}

// The family's link in a mail's text.
function linkIn(mail) {
  const escaped = server.baseURL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const link = new RegExp(`${escaped}/inschrijving/[A-Za-z0-9_-]+`).exec(mail.body)?.[0];
  assert.ok(link, `the mail "${mail.subject}" carries the family's link:\n${mail.body}`);
  return link;
}

// Whether the page is wider than the window (a phone would scroll sideways).
function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

async function submitAndWait(page, button) {
  const posted = page.waitForEvent('response', (r) => r.request().method() === 'POST');
  const [response] = await Promise.all([posted, button.click()]);
  await page.waitForLoadState();
  return response;
}

describe('a family registers for an activity', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('registers, gets a mail with the calendar, cancels from the mail; the first in line takes the place', async () => {
    for (let i = 1; i <= 11; i++) {
      const family = { name: `Gezin ${i}`, email: `gezin${i}@huis.example` };
      const response = await registerByHttp('huiswerkklas-2026-12-02', family);
      assert.equal(response.status, 303, `family ${i} is registered`);
    }

    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(server.url(`/aanbod/${homework}?lang=nl`));
      const register = page.locator('section.register');
      assert.match(await register.locator('h2').innerText(), /Inschrijven/);
      assert.match(await register.innerText(), /woensdag 2 december, 13:30–15:30 — Nog 1 plaats vrij/);
      await checkAxe(page);
      await register.getByRole('link').click();
      await page.waitForURL(/\/inschrijven(\?|$)/);
      await checkAxe(page);
      await screenshot(page, 'registration-sessions-nl');
      const date = page.locator('li.session-item', { hasText: 'woensdag 2 december' });
      assert.match(await date.locator('dl.facts').innerText(), /Vrije plaatsen\s+Nog 1 plaats vrij/);
      assert.match(await date.locator('dl.facts').innerText(), /Leeftijd\s+Van 6 jaar tot/);
      await date.getByRole('link', { name: 'Inschrijven voor deze dag' }).click();
      await page.waitForURL(/huiswerkklas-2026-12-02/);
      await checkAxe(page);

      // First without a first name and with an age no child has.
      await page.locator('#email').fill('amina@huis.example');
      await page.locator('#child-1').fill('40');
      await page.locator('#consent').check();
      const wrong = await submitAndWait(page, page.getByRole('button', { name: 'Inschrijven' }));
      assert.equal(wrong.status(), 422);
      assert.match(await page.locator('#form-error').innerText(), /We hebben nog niets bewaard/);
      assert.equal(await page.locator('#first_name-error').innerText(), 'Schrijf je voornaam.');
      assert.equal(await page.locator('#first_name').getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('#first_name').getAttribute('aria-describedby'), /first_name-error/);
      assert.match(await page.locator('#child-error').innerText(), /Schrijf een leeftijd in jaren/);
      assert.equal(await page.locator('#child-1').getAttribute('aria-invalid'), 'true');
      assert.match(await page.locator('#child-1').getAttribute('aria-describedby'), /child-error/);
      assert.equal(await page.locator('#child-1').inputValue(), '40');
      assert.equal(await page.locator('#email').inputValue(), 'amina@huis.example');
      assert.ok(await page.locator('#consent').isChecked());
      await checkAxe(page);
      await screenshot(page, 'registration-form-errors-nl');

      await page.locator('#first_name').fill('Amina');
      await page.locator('#child-1').fill('8');
      await submitAndWait(page, page.getByRole('button', { name: 'Inschrijven' }));
      await page.waitForURL(/\/inschrijving\//);
      assert.equal(await page.locator('h1').innerText(), 'Je inschrijving');
      assert.match(await page.locator('.status-confirmed').innerText(), /Je bent ingeschreven\. Welkom!/);
      await checkAxe(page);
    });

    const confirmation = await server.waitForMail('amina@huis.example', { subject: /^Je bent ingeschreven: / });
    const calendar = confirmation.parts.find((p) => p.content_type === 'text/calendar');
    assert.ok(calendar, 'the confirmation carries a calendar part');
    assert.match(calendar.content, /DTSTART[^:\n]*:20261202T133000/);

    const waiting = await registerByHttp('huiswerkklas-2026-12-02', { name: 'Bram', email: 'bram@huis.example' });
    assert.equal(waiting.status, 303);
    const bramLink = new URL(waiting.headers.get('location'), server.baseURL).href;
    assert.match((await get(bramLink)).text, /Je staat op de wachtlijst: plaats 1\./);

    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(linkIn(confirmation));
      assert.match(await page.locator('.status-confirmed').innerText(), /Je bent ingeschreven/);
      const cancel = page.getByRole('button', { name: 'Mijn inschrijving annuleren' });
      const notSure = await submitAndWait(page, cancel);
      assert.equal(notSure.status(), 422);
      assert.equal(await page.locator('#sure-error').innerText(), 'Vink het vakje aan als je echt wilt annuleren.');
      assert.equal(await page.locator('#sure').getAttribute('aria-describedby'), 'sure-error');
      assert.match(await page.locator('.status-confirmed').innerText(), /Je bent ingeschreven/);
      await checkAxe(page);
      await page.locator('#sure').check();
      await submitAndWait(page, cancel);
      assert.match(await page.locator('.status-cancelled').innerText(), /Je inschrijving is geannuleerd\./);
      assert.equal(await cancel.count(), 0, 'a cancelled registration has no cancel form');
      await checkAxe(page);
    });

    const offered = await server.waitForMail('bram@huis.example', { subject: /^Er is een plaats vrij voor jou: / });
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(linkIn(offered));
      const offer = await page.locator('.status-offered').innerText();
      assert.match(offer, /Er is een plaats vrij voor jou!\s+Bevestig voor /);
      await checkAxe(page);
      await screenshot(page, 'registration-offered-nl');
      await submitAndWait(page, page.getByRole('button', { name: 'Ja, ik neem de plaats' }));
      assert.match(await page.locator('.status-confirmed').innerText(), /Je bent ingeschreven\. Welkom!/);
      await checkAxe(page);
    });
  });

  it('a Turkish family registers for the Zomerklas; residents come first until 31 May', async () => {
    await withPage(browser, { lang: 'tr' }, async (page) => {
      await page.goto(server.url(`/aanbod/${summer}?lang=tr`));
      assert.equal((await documentLanguage(page)).lang, 'tr');
      await checkAxe(page);
      await page.locator('section.register').getByRole('link', { name: 'Bir tarih seçin ve kayıt olun' }).click();
      await page.waitForURL(/\/inschrijven(\?|$)/);
      await checkAxe(page);
      const series = page.locator('li.session-item').first();
      assert.match(await series.locator('h2').innerText(), /^10 buluşmalık dizi/);
      assert.equal(await series.locator('.series-dates li').count(), 10);
      await series.getByRole('link', { name: 'Bu tarihe kayıt ol' }).click();
      await page.waitForURL(/zomerklas-2027/);
      assert.match(await page.locator('dl.facts').innerText(), /€ 20,00 · indirimli ücret \(UiTPAS\): € 5,00/);
      await checkAxe(page);

      await page.locator('#first_name').fill('Elif');
      await page.locator('#email').fill('elif@huis.example');
      await page.locator('#language-tr').check();
      await page.locator('#postcode').fill('9100');
      await page.locator('#child-1').fill('5');
      await page.locator('#consent').check();
      const outside = await submitAndWait(page, page.getByRole('button', { name: 'Kayıt ol' }));
      assert.equal(outside.status(), 422);
      const notResident = /^Yukarıdaki tarihe kadar sadece burada oturanlar/;
      assert.match(await page.locator('#postcode-error').innerText(), notResident);
      assert.match(await page.locator('#postcode').getAttribute('aria-describedby'), /postcode-error/);
      assert.equal(await page.locator('#postcode').inputValue(), '9100');
      assert.equal(await page.locator('#first_name').inputValue(), 'Elif');
      await checkAxe(page);
      await screenshot(page, 'registration-form-postcode-tr');

      await page.locator('#postcode').fill('9240');
      await submitAndWait(page, page.getByRole('button', { name: 'Kayıt ol' }));
      await page.waitForURL(/\/inschrijving\//);
      assert.equal((await documentLanguage(page)).lang, 'tr');
      assert.equal(await page.locator('h1').innerText(), 'Kaydınız');
      assert.match(await page.locator('.status-confirmed').innerText(), /Kaydınız yapıldı\. Hoş geldiniz!/);
      assert.match(await page.locator('dl.facts').innerText(), /€ 20,00/);
      await checkAxe(page);
    });
    const mail = await server.waitForMail('elif@huis.example');
    assert.match(mail.subject, /^Kaydınız yapıldı: /);
  });

  it('works with the keyboard only, without JavaScript, in Arabic on a small phone, and prints as a slip', async () => {
    const form = server.url(`/aanbod/${homework}/inschrijven/huiswerkklas-2026-12-09?lang=nl`);
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await page.goto(form);
      await tabTo(page, page.locator('#first_name'));
      await page.keyboard.type('Noor');
      await tabTo(page, page.locator('#email'));
      await page.keyboard.type('noor@huis.example');
      await tabTo(page, page.locator('#child-1'));
      await page.keyboard.type('9');
      await tabTo(page, page.locator('#consent'));
      await assertVisibleFocus(page);
      await page.keyboard.press('Space');
      assert.ok(await page.locator('#consent').isChecked());
      await tabTo(page, page.getByRole('button', { name: 'Inschrijven' }));
      await assertVisibleFocus(page);
      await Promise.all([page.waitForURL(/\/inschrijving\//), page.keyboard.press('Enter')]);
      assert.match(await page.locator('.status-confirmed').innerText(), /Je bent ingeschreven/);

      // The family's page on paper: the status, the facts and the link; no forms, no menus.
      const notPrinted = [
        page.locator('header.site'),
        page.locator('footer.site'),
        page.locator('h2', { hasText: 'Kun je niet komen?' }),
        page.locator('#sure'),
        page.getByRole('link', { name: 'Naar het aanbod' }),
      ];
      for (const shown of notPrinted) assert.ok(await shown.isVisible(), `${shown} is on the screen`);
      await page.emulateMedia({ media: 'print' });
      assert.ok(await page.locator('.status-confirmed').isVisible());
      assert.ok(await page.locator('code.link-text').isVisible());
      for (const hidden of notPrinted) assert.equal(await hidden.isVisible(), false, `${hidden} is not printed`);
      await page.emulateMedia({ media: 'screen' });

      await tabTo(page, page.locator('#sure'));
      await assertVisibleFocus(page);
      await page.keyboard.press('Space');
      const cancel = page.getByRole('button', { name: 'Mijn inschrijving annuleren' });
      await tabTo(page, cancel);
      await assertVisibleFocus(page);
      await Promise.all([page.waitForLoadState(), page.keyboard.press('Enter')]);
      await page.locator('.status-cancelled').waitFor();
    });

    await withoutJavaScript(browser, { lang: 'nl' }, async (page) => {
      await page.goto(form);
      await page.locator('#first_name').fill('Sam');
      await page.locator('#email').fill('sam@huis.example');
      await page.locator('#child-1').fill('10 jaar');
      await page.locator('#consent').check();
      await page.getByRole('button', { name: 'Inschrijven' }).click();
      await page.waitForURL(/\/inschrijving\//);
      assert.match(await page.locator('.status-confirmed').innerText(), /Je bent ingeschreven/);
    });

    await withPage(browser, { lang: 'ar', viewport: { width: 320, height: 640 } }, async (page) => {
      await page.goto(server.url(`/aanbod/${summer}/inschrijven?lang=ar`));
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(await page.locator('.series-dates li').count(), 10);
      assert.equal(await scrollsSideways(page), false, 'the dates fit a 320 px phone');
      await checkAxe(page);
      await screenshot(page, 'registration-sessions-ar-320');

      await page.goto(server.url(`/aanbod/${homework}/inschrijven/huiswerkklas-2026-12-16?lang=ar`));
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      assert.equal(await scrollsSideways(page), false, 'the form fits a 320 px phone');
      await checkAxe(page);
      const empty = await submitAndWait(page, page.getByRole('button', { name: 'سجّل' }));
      assert.equal(empty.status(), 422);
      assert.equal(await page.locator('#first_name-error').innerText(), 'اكتب اسمك الأول.');
      const noConsent = 'لا يمكننا تسجيلك إلا إذا وافقت.';
      assert.equal(await page.locator('#consent-error').innerText(), noConsent);
      assert.equal(await scrollsSideways(page), false);
      await checkAxe(page);
      await screenshot(page, 'registration-form-errors-ar-320');

      await page.locator('#first_name').fill('ليلى');
      await page.locator('#email').fill('layla@huis.example');
      await page.locator('#child-1').fill('7');
      await page.locator('#consent').check();
      await submitAndWait(page, page.getByRole('button', { name: 'سجّل' }));
      await page.waitForURL(/\/inschrijving\//);
      assert.deepEqual(await documentLanguage(page), { lang: 'ar', dir: 'rtl' });
      assert.match(await page.locator('.status-confirmed').innerText(), /تم تسجيلك/);
      assert.equal(await scrollsSideways(page), false, 'the long link wraps on a 320 px phone');
      await checkAxe(page);
      await screenshot(page, 'registration-confirmed-ar-320');
    });
  });
});
