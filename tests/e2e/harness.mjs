// Shared set-up for the end-to-end tests: one loopback server for the release build and
// the fixtures, one Chromium, and helpers that read what the page shows.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const shots = path.join(here, 'artifacts');
export const data = JSON.parse(fs.readFileSync(path.join(root, 'data/events.json'), 'utf8'));
/** Where tests write datasets they generate; served under /generated/. */
export const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-e2e-'));

let server;
let browser;
/** Content-Security-Policy violations seen by any page of this test file. */
const violations = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(root, 'dist/index.html')), 'run trunk build --release first');
  fs.mkdirSync(shots, { recursive: true });
  server = await serve([
    ['/fixtures/', path.join(here, '../fixtures')],
    ['/generated/', generated],
    ['/', path.join(root, 'dist')],
  ]);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  // The app must run under its own policy: no test may see it refuse anything.
  assert.deepEqual(violations, [], 'Content-Security-Policy violations');
});

export const baseUrl = () => server.url;

/** Opens the app with `query` in a fresh context; collects page errors. */
/** Opens the app with `query` in a fresh context; collects page errors and any
 * Content-Security-Policy violation. The service worker is off unless options ask for it
 * (`serviceWorkers: 'allow'`): storing the build in the background would compete with
 * what a test measures; tests/e2e/offline.test.mjs covers it. */
export async function open(query = '', viewport = { width: 1280, height: 720 }, options = {}) {
  const context = await newContext({ viewport, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => { errors.push(e.message); if (process.env.STACKS) console.error('STACK', e.stack); });
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  takeOverOnNavigation(page);
  await page.goto(server.url + query);
  return { page, errors, context };
}

/** Whether the app has taken over the pre-rendered first view (or there is none). */
export const takenOver = (page, timeout = 20000) => page.waitForFunction(
  () => !document.getElementById('first') || document.documentElement.classList.contains('fv-none'),
  null, { timeout },
).then(() => true, () => false);

/** Makes `page.goto` and `page.reload` wait until the app has taken over the first view
 * (tests/e2e/first-view.test.mjs looks at the first view itself, on pages of its own):
 * the app's tests drive the app, not the build's picture of it. A page whose app never
 * starts (a test of that) just waits for the time limit. */
export function takeOverOnNavigation(page) {
  for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
    const plain = page[name].bind(page);
    page[name] = async (...args) => {
      const r = await plain(...args);
      await takenOver(page, 8000);
      return r;
    };
  }
}

/** The Content-Security-Policy violations seen so far, which a test that expects them
 * takes out of the file's final check. */
export function takeViolations() {
  return violations.splice(0);
}

/** A browser context that reports Content-Security-Policy violations to this file's
 * `after` check. */
export async function newContext(options = {}) {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  await context.exposeBinding('__reportViolation', ({ page }, v) => violations.push(`${page.url()}: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__reportViolation(`${e.violatedDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return context;
}

/** The visible window, in day values, as the strip reports it. */
export async function windowOf(page) {
  const strip = page.locator('.strip');
  return { start: +(await strip.getAttribute('data-start')), end: +(await strip.getAttribute('data-end')) };
}

/** Number in "N of M events match" (or M when unfiltered). */
export async function matchCount(page) {
  const text = await page.locator('.match-count').textContent();
  return +text.match(/^(\d+)/)[1];
}

/** Titles of the events drawn on the strip and not dimmed. */
export async function shownTitles(page) {
  return page.locator('li.event:not(.dim) .event-label .title').allTextContents();
}

export function eventsWhere(pred) {
  return data.events.filter(pred);
}

/** Resolves once the page has painted a frame and the work queued for after that paint
 * has run: two animation frames (what a change made before this call shows is then on
 * screen), then a task (the app's `after_paint` work, queued from the first frame, has
 * run by then). The sync point before asserting that something did not happen. */
export const afterPaint = (page) => page.evaluate(() => new Promise((resolve) =>
  requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))));

/** Waits (5 s at most) until `fn(arg)` holds in the page; true if it did. The assertion
 * that follows then says what failed when it never does. */
export const until = (page, fn, arg, timeout = 5000) =>
  page.waitForFunction(fn, arg, { timeout }).then(() => true, () => false);

/** Waits until the strip's window is no longer `w` (from `windowOf`); true if it moved. */
export const windowMoved = (page, w, timeout = 5000) => until(page, ([start, end]) => {
  const s = document.querySelector('.strip');
  return !!s && (+s.dataset.start !== start || +s.dataset.end !== end);
}, [w.start, w.end], timeout);

/** Waits until the strip's window has come to rest: the same for `frames` animation frames
 * in a row (a pan animates over many frames, each moving it). Returns the window. */
export async function windowAtRest(page, frames = 5) {
  await page.evaluate(() => { window.__atRest = { at: null, same: 0 }; });
  await page.waitForFunction((n) => {
    const s = document.querySelector('.strip');
    const now = s ? `${s.dataset.start} ${s.dataset.end}` : '';
    const seen = window.__atRest;
    if (seen.at === now) seen.same += 1; else Object.assign(seen, { at: now, same: 0 });
    return seen.same >= n;
  }, frames, { polling: 'raf', timeout: 10000 });
  return windowOf(page);
}

/** The chunks the app fetches ahead of use, one after the other, once its first view is
 * painted (`prefetch_all` in src/chunks/mod.rs). */
const PREFETCHED = ['panel', 'dialogs', 'list', 'compare', 'print', 'activity'];

/** Waits until the page has fetched every chunk the app fetches on its own after its first
 * paint: the last thing it does unasked. */
export const chunksFetched = (page, timeout = 20000) => page.waitForFunction((names) => {
  const got = performance.getEntriesByType('resource').map((e) => e.name);
  return names.every((n) => got.some((g) => g.includes(`/split_${n}.wasm`)));
}, PREFETCHED, { timeout });

/** Shows the page as printed, and waits until the app has drawn its handout for paper (from
 * a chunk that may still be on its way) and painted it: what `page.pdf` then prints. */
export async function printing(page) {
  await page.emulateMedia({ media: 'print' });
  await page.locator('section.handout').waitFor();
  await afterPaint(page);
}

// The address bar is written once the frame showing a change is painted: wait briefly for
// it to (not) match `re`, then assert, so a failure still reports the address.
export async function addressShows(page, re, shows = true) {
  await page.waitForFunction(([src, flags, want]) => new RegExp(src, flags).test(location.href) === want,
    [re.source, re.flags, shows], { timeout: 5000 }).catch(() => {});
  (shows ? assert.match : assert.doesNotMatch)(page.url(), re);
}

/** The address once it has stopped changing (pans animate, then the window is written
 * after a quiet moment): the same for 600 ms. */
export async function settledAddress(page) {
  let last = page.url();
  for (let same = 0; same < 6;) {
    await page.waitForTimeout(100);
    const now = page.url();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}

const AXE = fs.readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Accessibility violations axe-core finds on the page as shown now (WCAG 2.2 A and AA and
 * axe's best practices), as "rule: target" strings. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE); // not a script tag: the page's policy refuses inline scripts
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary.split('\n').slice(1, 2).join('').trim()})`));
  });
  return found;
}
