// Browser tests of the session pages on the demo network: a partner's staff member plans a
// series, registers a family at the desk (printed slip), and then, on a phone-sized screen
// (360×640), marks who is present with the keyboard only and adds a walk-in — without sideways
// scrolling. Every page passes axe-core.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

import {
  assertVisibleFocus,
  checkAxe,
  createAccount,
  get,
  launchBrowser,
  screenshot,
  signIn,
  startServer,
  tabTo,
  withPage,
} from './harness.mjs';

const server = await startServer();
const browser = await launchBrowser();
const organization = (await get(server.url('/api/hsds/organizations?per_page=1'))).json().contents[0];
const staff = await createAccount(server, {
  email: 'sessies@partner.example',
  password: 'speelotheek-zele-2026',
  name: 'Sara',
  role: 'partner_staff',
  scope: organization.id,
});

async function noSidewaysScroll(page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `the page is ${scroll}px wide on a ${client}px screen`);
}

let sessionUrl = '';

describe('sessions, registrations and attendance', () => {
  after(async () => {
    await browser.close();
    await server.stop();
  });

  it('plans a series and registers a family at the desk', async () => {
    await withPage(browser, { lang: 'nl' }, async (page) => {
      await signIn(page, server, staff);
      await page.goto(server.url(`/portaal/organisatie/${encodeURIComponent(organization.id)}?lang=nl`));
      const offer = await page
        .locator('main a[href^="/portaal/organisatie/"][href*="/aanbod/"]:not([href*="/aanbod/nieuw"])')
        .first()
        .getAttribute('href');
      await page.goto(server.url(`${offer.split('?')[0]}/sessies?lang=nl`));
      await checkAxe(page);
      const place = page.locator('#place');
      const options = await place.locator('option').evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      if (options.length > 0) await place.selectOption(options[0]);  // an offer without places (online) has none
      const postcode = (await page.locator('#postcodes').inputValue()).split(' ')[0];  // the network's
      await page.locator('#kind-series').check();
      await page.locator('#date').fill('2026-12-02');
      await page.locator('#start').fill('14:00');
      await page.locator('#end').fill('16:00');
      await page.locator('#count').fill('3');
      await page.locator('#capacity').fill('2');
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForURL(/gepland=1/);
      assert.match(await page.locator('main').innerText(), /3 data: 2026-12-02 tot 2026-12-16/);
      await checkAxe(page);

      await page.locator('main table a', { hasText: '3 data: 2026-12-02' }).click();
      await page.waitForURL(/\/sessies\/[^/?]+(\?.*)?$/);
      sessionUrl = page.url().split('?')[0];
      assert.match(await page.locator('main').innerText(), /nog niemand/);
      await checkAxe(page);

      await page.goto(`${sessionUrl}/inschrijven?lang=nl`);
      await checkAxe(page);
      await page.locator('#first_name').fill('Amina');
      await page.locator('#channel-print').check();
      await page.locator('#child-1').fill('3');
      if (postcode) await page.locator('#postcode').fill(postcode);
      await page.locator('#consent').check();
      await page.locator('form.portal button[type=submit]').click();
      await page.waitForLoadState();
      assert.equal(await page.locator('.slip').count(), 1, await page.locator('main').innerText());
      assert.match(await page.locator('.slip').innerText(), /\/inschrijving\//);
      assert.equal(await page.locator('.slip svg').count(), 1);
      await checkAxe(page);
      await screenshot(page, 'sessions-slip-nl');

      await page.goto(`${sessionUrl}?lang=nl`);
      assert.match(await page.locator('main table').innerText(), /Amina/);
      await checkAxe(page);

      await page.goto(server.url(`${offer.split('?')[0]}/bereik?lang=nl`));
      assert.match(await page.locator('main').innerText(), /< 5/);
      await checkAxe(page);
    });
  });

  it('marks attendance by keyboard on a phone and adds a walk-in', async () => {
    assert.ok(sessionUrl, 'the first test made a session');
    await withPage(browser, { lang: 'nl', viewport: { width: 360, height: 640 } }, async (page) => {
      await signIn(page, server, staff);
      await page.goto(`${sessionUrl}/aanwezigheid?lang=nl&datum=2026-12-02T14:00`);
      await checkAxe(page);
      await noSidewaysScroll(page);

      const box = page.locator('.attendance-list input[type=checkbox]').first();
      await tabTo(page, box);
      await assertVisibleFocus(page);
      await page.keyboard.press('Space');
      assert.equal(await box.isChecked(), true);
      await tabTo(page, page.locator('form.attendance button[type=submit]'));
      await page.keyboard.press('Enter');
      await page.waitForURL(/bewaard=1/);
      assert.equal(await page.locator('.attendance-list input[type=checkbox]').first().isChecked(), true);
      await checkAxe(page);

      await page.locator('#children').fill('2');
      await page.locator('#ages').fill('2 4');
      await page.locator('form.attendance-walk-in button[type=submit]').click();
      await page.waitForURL(/binnen=1/);
      const boxes = page.locator('.attendance-list input[type=checkbox]');
      assert.equal(await boxes.count(), 2);
      assert.equal(await boxes.nth(1).isChecked(), true);
      await checkAxe(page);
      await noSidewaysScroll(page);
      await screenshot(page, 'sessions-attendance-360');
    });
  });
});
