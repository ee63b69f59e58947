// Browser-test harness of HvhK: a throw-away server on a demo SQLite database, Debian's
// Chromium driven by Playwright (playwright-core), axe-core accessibility checks, screenshots,
// keyboard-only navigation and JavaScript-off helpers. Used by tests/e2e/*.test.mjs, run with
// `node --test tests/e2e/` (Node.js 18 or later; see tests/e2e/README.md).
//
// Environment:
//   HVHK_BIN         the hvhk binary (CTest passes it); default build/debug/hvhk
//   HVHK_CHROMIUM    the browser; default /usr/bin/chromium (Debian package chromium)
//   HVHK_E2E_KEEP=1  keep the temp directory with the database and the server log
//
// The server runs with HVHK_TODAY=2026-11-23 (TODAY): the demo network's sessions are in the
// school year 2026-27, so "this week", next dates and ages from a birth date do not depend on
// the real date.

import assert from 'node:assert/strict';
import { spawn, execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, rmSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { constants as osConstants, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

// The npm packages (package.json at the root), installed by `npm ci`.
const [{ chromium }, { AxeBuilder }] = await Promise.all([import('playwright-core'), import('@axe-core/playwright')]).catch(
  (e) => {
    throw new Error(`${e.message}\nThe browser tests need their npm packages: run \`npm ci\` in the repository's root.`);
  },
);

/** The repository's root (this file is tests/e2e/harness.mjs). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where screenshots go (git-ignored, like all of test-artifacts/). */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-artifacts', 'screenshots');
/** The interface languages, Dutch (the default) first. */
export const LANGUAGES = ['nl', 'fr', 'en', 'tr', 'ar', 'uk'];
/** Right-to-left languages: their pages must carry dir="rtl" on <html>. */
export const RTL_LANGUAGES = new Set(['ar']);
/** The browser locale (Accept-Language, navigator.language) for a tested language. */
export const LOCALES = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB', tr: 'tr-TR', ar: 'ar', uk: 'uk-UA' };
/** The date the server takes as today (HVHK_TODAY): a Monday in the demo's school year 2026-27. */
export const TODAY = '2026-11-23';
/** axe-core tags of WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Flags for Debian's Chromium on this project's machines (closed network, root, no GPU). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SERVER_START_TIMEOUT_MS = 30_000;
const SERVER_STOP_TIMEOUT_MS = 5_000;

// Interrupted (Ctrl-C, or `node --test` passing on a SIGTERM): stop the servers and browsers
// this process started, remove their temp directories, then exit as the signal would.
const onSignal = new Set();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    const timer = new Promise((resolve) => setTimeout(resolve, SERVER_STOP_TIMEOUT_MS + 2_000).unref());
    await Promise.race([Promise.allSettled([...onSignal].map((cleanup) => cleanup())), timer]);
    process.exit(128 + (osConstants.signals[signal] ?? 15));
  });
}

// ---------------------------------------------------------------------------------------------
// The server

/**
 * Loads the demo network into a fresh SQLite database in a temp directory and starts
 * `hvhk serve` on a free loopback port (the server writes the port to a file once it listens).
 * The server takes `today` (default TODAY, a YYYY-MM-DD date) as today's date (HVHK_TODAY).
 * Returns { baseURL, url(path), dir, logFile, today, stop() }; stop() ends the server and
 * removes the directory (kept when HVHK_E2E_KEEP=1).
 */
export async function startServer({
  bin = hvhkBinary(),
  timeoutMs = SERVER_START_TIMEOUT_MS,
  today = TODAY,
  mail = false,
} = {}) {
  if (!existsSync(bin)) {
    throw new Error(`hvhk binary not found at ${bin}: build it (cmake --build build/debug) or set HVHK_BIN`);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'hvhk-e2e-'));
  const db = `sqlite:${path.join(dir, 'hvhk.db')}`;
  const portFile = path.join(dir, 'port');
  const logFile = path.join(dir, 'server.log');
  const env = { ...process.env, HVHK_LOG_LEVEL: process.env.HVHK_LOG_LEVEL || 'warn', HVHK_TODAY: today };
  delete env.HVHK_DB;

  try {
    await execFileP(bin, ['--db', db, 'demo'], { env, timeout: 120_000, maxBuffer: 16 << 20 });
  } catch (e) {
    await removeDir(dir);
    throw new Error(`hvhk demo failed: ${e.message}\n${e.stderr ?? ''}${e.stdout ?? ''}`);
  }

  // With mail: a real SMTP server on loopback (tests/tools/smtp_sink.py, Debian python3-aiosmtpd)
  // keeps every message as a JSON line; the server sends its outbox there.
  const mailFile = path.join(dir, 'mail.jsonl');
  const serveArgs = ['--db', db, 'serve', '--listen', '127.0.0.1', '--port', '0', '--port-file', portFile];
  let sink = null;
  if (mail) {
    sink = spawn('/usr/bin/python3', [path.join(ROOT, 'tests', 'tools', 'smtp_sink.py'), mailFile], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const sinkPort = await new Promise((resolve, reject) => {
      sink.stdout.once('data', (chunk) => resolve(Number.parseInt(String(chunk).trim(), 10)));
      sink.once('exit', (code) => reject(new Error(`smtp_sink.py ended (${code}): is python3-aiosmtpd installed?`)));
    });
    serveArgs.push('--smtp-url', `smtp://127.0.0.1:${sinkPort}`, '--mail-from', 'portaal@hvhk.example');
  }

  const log = openSync(logFile, 'a');
  const child = spawn(bin, serveArgs, { env, stdio: ['ignore', log, log] });
  closeSync(log);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });
  child.once('error', (e) => {
    exited = { code: null, signal: null, error: e };
  });
  // Never leave a server or its files behind, even when the test process ends on an uncaught
  // error or through process.exit() (signals: see onSignal).
  const killOnExit = () => {
    if (exited === null) child.kill('SIGKILL');
    sink?.kill('SIGKILL');
    if (process.env.HVHK_E2E_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    onSignal.delete(stop);
    if (exited === null) {
      child.kill('SIGTERM');
      let timeout;
      const timer = new Promise((resolve) => {
        timeout = setTimeout(resolve, SERVER_STOP_TIMEOUT_MS, 'timeout');
      });
      const ended = await Promise.race([exitPromise, timer]);
      clearTimeout(timeout);
      if (ended === 'timeout') {
        child.kill('SIGKILL');
        await exitPromise;
      }
    }
    sink?.kill('SIGTERM');
    await removeDir(dir);
  };

  onSignal.add(stop);

  const deadline = Date.now() + timeoutMs;
  let port = 0;
  while (!port) {
    if (exited !== null) {
      const output = await readFile(logFile, 'utf8').catch(() => '');
      await stop();
      throw new Error(`hvhk serve ended before listening (${JSON.stringify(exited)}):\n${output}`);
    }
    if (Date.now() > deadline) {
      const output = await readFile(logFile, 'utf8').catch(() => '');
      await stop();
      throw new Error(`hvhk serve wrote no port to ${portFile} within ${timeoutMs} ms:\n${output}`);
    }
    const text = await readFile(portFile, 'utf8').catch(() => ''); // written atomically (rename)
    const n = Number.parseInt(text.trim(), 10);
    if (n > 0 && n < 65536) port = n;
    else await sleep(100);
  }

  const baseURL = `http://127.0.0.1:${port}`;
  /** Every message the SMTP sink received so far (startServer({ mail: true })). */
  const mails = async () =>
    (await readFile(mailFile, 'utf8').catch(() => ''))
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line));
  /** The first message to `to` (and matching `subject`, a RegExp), waiting for the outbox's sender. */
  const waitForMail = async (to, { subject = /./, timeoutMs: wait = 30_000 } = {}) => {
    const until = Date.now() + wait;
    for (;;) {
      const found = (await mails()).find((m) => m.rcpt_tos.includes(to) && subject.test(m.subject));
      if (found) return found;
      if (Date.now() > until) throw new Error(`no mail to ${to} within ${wait} ms`);
      await sleep(250);
    }
  };
  return { baseURL, url: (p = '/') => new URL(p, baseURL).href, dir, logFile, today, stop, mails, waitForMail };
}

/** HVHK_BIN (absolute, or relative to the current directory), else build/debug/hvhk. */
export function hvhkBinary() {
  const fromEnv = process.env.HVHK_BIN;
  return fromEnv ? path.resolve(fromEnv) : path.join(ROOT, 'build', 'debug', 'hvhk');
}

async function removeDir(dir) {
  if (process.env.HVHK_E2E_KEEP === '1') {
    console.log(`# kept ${dir}`);
    return;
  }
  await rm(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// The browser

/**
 * Starts headless Debian Chromium. Playwright gives each launch a fresh, empty user-data-dir
 * in the temp directory (passed as --user-data-dir) and removes it on close(); every context
 * made with newContext() is a further clean profile (no cookies, no cache).
 */
export async function launchBrowser({ executablePath = process.env.HVHK_CHROMIUM || '/usr/bin/chromium' } = {}) {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium package ` +
        '(scripts/packages.txt) or set HVHK_CHROMIUM. Never `npx playwright install`.',
    );
  }
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    // The harness closes browsers and servers on these signals itself (see onSignal).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const close = () => browser.close();
  onSignal.add(close);
  browser.once('disconnected', () => onSignal.delete(close));
  return browser;
}

// Pages whose context has JavaScript off: axe-core cannot run in them (axe.run never
// settles there; plain page.evaluate() works).
const scriptlessContexts = new WeakSet();

/**
 * A fresh context (its own cookies) and page; options go to browser.newContext(), plus
 * `lang` for the browser locale (Accept-Language) of one of LANGUAGES. Close with
 * page.context().close(), or use withPage().
 */
export async function newPage(browser, { lang = 'nl', ...contextOptions } = {}) {
  const context = await browser.newContext({
    locale: LOCALES[lang] ?? lang,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    ...contextOptions,
  });
  if (contextOptions.javaScriptEnabled === false) scriptlessContexts.add(context);
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  return context.newPage();
}

/** Runs fn(page) on a fresh page (see newPage) and closes its context afterwards. */
export async function withPage(browser, options, fn) {
  const page = await newPage(browser, options);
  try {
    return await fn(page);
  } finally {
    await page.context().close();
  }
}

/** withPage() with JavaScript switched off: what a family with scripts blocked sees. */
export function withoutJavaScript(browser, options, fn) {
  return withPage(browser, { ...options, javaScriptEnabled: false }, fn);
}

/** <html lang> and dir of the loaded page ('' when missing). */
export function documentLanguage(page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang') ?? '',
    dir: document.documentElement.getAttribute('dir') ?? '',
  }));
}

// ---------------------------------------------------------------------------------------------
// Accessibility

/**
 * Runs axe-core on the page for WCAG 2.0/2.1 A and AA and fails on any violation, naming for
 * each its rule id, impact, help text, help URL and the targets (CSS selectors) of its nodes.
 * Options: exclude (selectors left out), disableRules (rule ids; say why in the test).
 * Returns axe's results. Needs JavaScript in the page's context (not withoutJavaScript()).
 */
export async function checkAxe(page, { exclude = [], disableRules = [] } = {}) {
  if (scriptlessContexts.has(page.context())) {
    throw new Error('checkAxe needs JavaScript (axe-core runs in the page): check the page in a withPage() context');
  }
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of exclude) builder = builder.exclude(selector);
  if (disableRules.length) builder = builder.disableRules(disableRules);
  const results = await builder.analyze();
  if (results.violations.length) {
    const message = formatViolations(page.url(), results.violations);
    throw new assert.AssertionError({ message, actual: results.violations.length, expected: 0, operator: 'axe' });
  }
  return results;
}

/** One block per violation: "- id [impact] help (url)" and one "target:" line per node. */
export function formatViolations(url, violations) {
  const lines = [`axe-core: ${violations.length} WCAG 2.0/2.1 A/AA violation(s) on ${url}`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    target: ${node.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : t)).join(' | ')}`);
      if (node.failureSummary) lines.push(`      ${node.failureSummary.replace(/\n\s*/g, ' ')}`);
    }
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Screenshots

/** Saves a full-page PNG as test-artifacts/screenshots/<name>(.png); returns its path. */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled', caret: 'hide' });
  return file;
}

// ---------------------------------------------------------------------------------------------
// Keyboard-only navigation

/** A short description of the focused element, for messages ("a[href=/api/hsds/] "Open data""). */
export function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body (nothing focused)';
    const attrs = ['id', 'href', 'name', 'type']
      .filter((a) => el.hasAttribute(a))
      .map((a) => `${a}=${el.getAttribute(a)}`);
    const text = (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 40);
    return `${el.tagName.toLowerCase()}${attrs.length ? `[${attrs.join(' ')}]` : ''} "${text}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab with backwards: true) until `target` (a Locator resolving to one
 * element) has focus; returns the number of presses. Fails, listing the focus path, when the
 * target is not reached within maxPresses.
 */
export async function tabTo(page, target, { maxPresses = 100, backwards = false } = {}) {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const seen = [];
  for (let i = 1; i <= maxPresses; i++) {
    await page.keyboard.press(key);
    if (await target.evaluate((el) => el === document.activeElement)) return i;
    seen.push(await describeFocus(page));
  }
  assert.fail(`${key} did not reach ${target} within ${maxPresses} presses; focus went:\n  ${seen.join('\n  ')}`);
}

/**
 * Asserts that the focused element is visible in the viewport and shows that it has focus:
 * the pixels around it differ between focused and not focused (an outline, a ring, a colour
 * change: whatever the style). Focus is put back afterwards.
 */
export async function assertVisibleFocus(page) {
  const focused = await page.evaluateHandle(() => document.activeElement);
  try {
    const el = focused.asElement();
    assert.ok(el, 'nothing has focus');
    const isBody = await el.evaluate((e) => e === document.body || e === document.documentElement);
    assert.ok(!isBody, 'nothing has focus (the body has it)');
    const what = await describeFocus(page);
    const box = await el.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height, vw: window.innerWidth, vh: window.innerHeight };
    });
    assert.ok(box.width > 0 && box.height > 0, `focused ${what} has no size`);
    assert.ok(
      box.x < box.vw && box.y < box.vh && box.x + box.width > 0 && box.y + box.height > 0,
      `focused ${what} is outside the viewport (${JSON.stringify(box)})`,
    );
    assert.ok(await el.isVisible(), `focused ${what} is not visible`);

    // Compare the element and a margin around it (focus rings are drawn outside) with and without focus.
    const pad = 8;
    const x = Math.max(0, box.x - pad);
    const y = Math.max(0, box.y - pad);
    const clip = {
      x,
      y,
      width: Math.max(1, Math.min(box.vw, box.x + box.width + pad) - x),
      height: Math.max(1, Math.min(box.vh, box.y + box.height + pad) - y),
    };
    const shot = () => page.screenshot({ clip, animations: 'disabled', caret: 'hide' });
    const withFocus = await shot();
    await el.evaluate((e) => e.blur());
    const withoutFocus = await shot();
    await el.evaluate((e) => e.focus({ preventScroll: true, focusVisible: true }));
    assert.ok(!withFocus.equals(withoutFocus), `focused ${what} looks the same with and without focus: no visible focus indicator`);
  } finally {
    await focused.dispose();
  }
}

// ---------------------------------------------------------------------------------------------
// Portal accounts

/**
 * Makes a portal account in the server's own database with `hvhk user`, as an administrator
 * would: { email, password, name?, role?, scope?, totpSecret? }. Returns the account as given,
 * for signIn(). totpSecret (base32) turns the second step (TOTP) on with that secret
 * (`--totp-secret`); coordinators and administrators, who must have the second step, get a
 * random one when none is given, so that signIn() can fill in their codes. totpSecret: false
 * leaves it off (the person then sets it up after their first password).
 */
export async function createAccount(server, account) {
  const args = ['--db', `sqlite:${path.join(server.dir, 'hvhk.db')}`, 'user', account.email];
  if (account.name) args.push('--name', account.name);
  if (account.role) args.push('--role', account.role);
  if (account.scope) args.push('--scope', account.scope);
  if (account.totpSecret === undefined && ['coordinator', 'administrator'].includes(account.role)) {
    account.totpSecret = base32Encode(randomBytes(20));
  }
  if (account.totpSecret) args.push('--totp-secret', account.totpSecret);
  await new Promise((resolve, reject) => {
    const child = execFile(hvhkBinary(), args, (error, stdout, stderr) =>
      error ? reject(new Error(`hvhk user failed: ${stderr}`)) : resolve(stdout),
    );
    child.stdin.end(`${account.password}\n`);
  });
  return account;
}

/**
 * Signs in on /aanmelden with an account from createAccount(); when the server asks the second
 * step's code (/aanmelden/code), fills in the account's current TOTP code. Ends on the portal's
 * start page.
 */
export async function signIn(page, server, account, { lang = 'nl' } = {}) {
  await page.goto(server.url(`/aanmelden?lang=${lang}`));
  await page.locator('#email').fill(account.email);
  await page.locator('#password').fill(account.password);
  await page.locator('form.portal button[type=submit]').click();
  await page.waitForURL(/\/portaal$|\/aanmelden\/code(\?.*)?$/);
  if (/\/aanmelden\/code/.test(page.url())) {
    assert.ok(account.totpSecret, `the server asks ${account.email} for a code, but the account has no totpSecret`);
    await page.locator('#code').fill(await nextTotpCode(account));
    await page.locator('form.portal button[type=submit]').click();
    await page.waitForURL(/\/portaal$/);
  }
}

/** The RFC 6238 code (HMAC-SHA1, 6 digits) of a base32 secret at a time step (30 s). */
export function totpCode(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 1_000_000).padStart(6, '0');
}

/** The time step (30 s) of now. */
export function totpStep(ms = Date.now()) {
  return Math.floor(ms / 30_000);
}

/**
 * A code of account.totpSecret that the server has not taken yet: a code works once, so each
 * call takes a later step than the last (account.lastTotpStep), up to one step ahead of now
 * (the server allows one step of clock drift), waiting for the clock when needed.
 */
export async function nextTotpCode(account) {
  for (;;) {
    const now = totpStep();
    const step = Math.max(now, (account.lastTotpStep ?? -1) + 1);
    if (step <= now + 1) {
      account.lastTotpStep = step;
      return totpCode(account.totpSecret, step);
    }
    await sleep((step - 1) * 30_000 - Date.now() + 100);
  }
}

function base32Encode(bytes) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out = [];
  for (const c of text.toUpperCase().replace(/[\s=-]/g, '')) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${text}`);
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------
// Small things

/** GET with Node's fetch (Node 18+); returns { status, text, json() }, status 0 when unreachable. */
export async function get(url) {
  try {
    const response = await fetch(url, { redirect: 'manual' });
    const text = await response.text();
    return { status: response.status, text, json: () => JSON.parse(text) };
  } catch (e) {
    return { status: 0, text: String(e), json: () => null };
  }
}

/** url with ?lang=code added (or &lang= when it already has a query). */
export function withLang(url, code) {
  const u = new URL(url);
  u.searchParams.set('lang', code);
  return u.href;
}

/** The value of <html lang="..."> in an HTML text, '' when absent. */
export function htmlLang(html) {
  const tag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  return /\blang\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] ?? '';
}

/** Whether an <html lang> value is the language code (exactly, or a region of it: fr-BE). */
export function isLanguage(value, code) {
  const v = value.toLowerCase();
  return v === code || v.startsWith(`${code}-`);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
